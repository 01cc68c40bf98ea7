package vn.traodoi.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.traodoi.IntegrationTest;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

@IntegrationTest
class IndexPagesIntegrationTests extends IndexTestSupport {

    static final String HEADER = "index,year,gso_code,province_name_vi,score,score_unit,rank,rank_out_of,rank_basis,"
            + "group_or_tier,source_urls,note,confidence,discrepancy\n";

    @Autowired
    MockMvc mvc;

    Document page(String path, CurrentUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    MvcResult upload(CurrentUser as, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/indices/import").file(new MockMultipartFile("file", name, "text/csv", bytes))
                .with(user(as)).with(csrf())).andReturn();
    }

    long figures() {
        return jdbc.sql("SELECT count(*) FROM index_scores").query(Long.class).single();
    }

    @Test
    void theShippedDataIsReadableByEditionAndByUnitWithItsSources() throws Exception {
        CurrentUser me = hcm();
        assertThat(page("/indices", me).getElementById("index-table").text()).contains("PAR Index").contains("SIPAS")
                .contains("2021 (14)");
        Document table = page("/indices/PAR_INDEX/2021", me);
        assertThat(table.getElementById("published-on").text()).isEqualTo("Công bố ngày 25/05/2022");
        String rows = table.getElementById("figure-table").text();
        assertThat(rows).contains("Thành phố Hải Phòng 91.8 1/63 A (>=90%)").contains("Thành phố Hồ Chí Minh 86.05 43/63")
                .contains("Tỉnh Bà Rịa - Vũng Tàu 87.61 thứ hạng không được nêu");
        assertThat(table.select("#figure-table a[href^=http]")).isNotEmpty();

        Document hcmHistory = page("/indices/units/" + unit("old63", "79"), me);
        assertThat(hcmHistory.select("svg polyline")).isNotEmpty();
        assertThat(hcmHistory.text()).contains("PAPI 2021 40.68 thứ hạng không được nêu lowest group")
                .contains("PAR Index 2021 86.05 43/63");
        // Today's Hồ Chí Minh City merged three provinces: each one's figures side by side, never averaged.
        Document merged = page("/indices/units/" + unit("new34", "79"), me);
        assertThat(merged.select("section h2").eachText()).contains("Thành phố Hồ Chí Minh", "Tỉnh Bình Dương",
                "Tỉnh Bà Rịa - Vũng Tàu");
        assertThat(merged.text()).contains("không cộng hay lấy trung bình");
        mvc.perform(get("/indices/NOPE/2021").with(user(me))).andExpect(status().isNotFound());
    }

    @Test
    void theAdvicePageStatesWhatItUsesAndWhatIsUnknownAndStartsAPlan() throws Exception {
        CurrentUser me = hcm();
        long topic = topic("Cải cách hành chính");
        Document advice = page("/advice?unit=" + unit("old63", "79") + "&topic=" + topic + "&date=01/12/2022&years=3", me);
        assertThat(advice.getElementById("advice-summary").text())
                .isEqualTo("Cho Thành phố Hồ Chí Minh, nội dung “Cải cách hành chính”, chuyến đi dự kiến 01/12/2022: "
                        + "dùng PAR Index 2021, SIPAS 2021.");
        assertThat(advice.getElementById("advice-gaps").text()).contains("SIPAS 2021 của Thành phố Hồ Chí Minh chưa rõ");
        long hue = unit("old63", "46");
        assertThat(advice.getElementById("candidate-" + hue).text()).contains("Tỉnh Thừa Thiên Huế")
                .contains("PAR Index 2021: 89.32 điểm, hạng 4/63, nhóm B — xếp trên theo thứ hạng; cùng nhóm");
        assertThat(advice.getElementById("candidate-" + unit("old63", "22")).text())
                .contains("PAPI 2021: không được xếp hạng năm này");
        assertThat(advice.getElementById("section-PAR_INDEX").text()).contains("86.05 điểm, hạng 43/63, nhóm B (suy ra từ ngưỡng công bố)");
        Document badDate = page("/advice?unit=" + unit("old63", "79") + "&topic=" + topic + "&date=31/02/2022", me);
        assertThat(badDate.getElementById("date-error").text()).startsWith("Ngày phải có dạng dd/mm/yyyy");
        assertThat(badDate.getElementById("date").val()).isEqualTo("31/02/2022");
        assertThat(badDate.getElementById("advice-summary")).isNull();
        // The home page of the organization's unit is the default.
        assertThat(page("/advice?topic=" + topic + "&date=01/12/2022", me).getElementById("advice-summary")).isNotNull();

        String location = mvc.perform(post("/advice/plan").with(user(me)).with(csrf()).param("topic", "" + topic)
                        .param("date", "01/12/2022").param("home", "" + unit("old63", "79"))
                        .param("units", "" + unit("old63", "31"), "" + unit("old63", "22"))
                        .param("evidence", "các địa phương xếp trên Thành phố Hồ Chí Minh theo PAR Index 2021, SIPAS 2021"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long delegation = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT u.gso_code FROM delegation_stops s JOIN administrative_units u ON u.id = s.unit_id "
                + "WHERE s.delegation_id = ? ORDER BY s.id").param(delegation).query(String.class).list()).containsExactly("31", "22");
        assertThat(jdbc.sql("SELECT title || ' | ' || purpose || ' | ' || status FROM delegations WHERE id = ?").param(delegation)
                .query(String.class).single()).startsWith("Đoàn nghiên cứu, học tập kinh nghiệm về cải cách hành chính tại "
                        + "Thành phố Hải Phòng, Tỉnh Quảng Ninh").contains("theo PAR Index 2021, SIPAS 2021").endsWith("DRAFT");
        Document none = Jsoup.parse(mvc.perform(post("/advice/plan").with(user(me)).with(csrf()).param("topic", "" + topic)
                .param("date", "01/12/2022").param("home", "" + unit("old63", "79"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(none.getElementById("plan-error").text()).isEqualTo("Chọn ít nhất một địa phương.");
        Document emptyChoice = Jsoup.parse(mvc.perform(post("/advice/plan").with(user(me)).with(csrf())
                        .param("topic", "" + topic).param("date", "01/12/2022").param("home", "" + unit("old63", "79"))
                        .param("units", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(emptyChoice.getElementById("plan-error").text()).as("an empty choice chooses nothing (found by the fuzz test)")
                .isEqualTo("Chọn ít nhất một địa phương.");
    }

    @Test
    void visitsAndLessonsAreTheOrganizationsOwn() throws Exception {
        CurrentUser me = hcm();
        long haiPhong = unit("old63", "31");
        long d = jdbc.sql("""
                INSERT INTO delegations (kind, title, organizer_id, status, start_date, end_date)
                VALUES ('STUDY', 'Đoàn học tập cải cách hành chính tại Hải Phòng', ?, 'REPORTED', DATE '2021-06-01', DATE '2021-06-03')
                RETURNING id""").param(me.orgId()).query(Long.class).single();
        jdbc.sql("INSERT INTO delegation_stops (delegation_id, position, unit_id) VALUES (?, 1, ?)").params(d, haiPhong).update();
        jdbc.sql("INSERT INTO lessons (delegation_id, organization_id, topic, content) VALUES (?, ?, 'Một cửa', 'Bài học riêng của TP.HCM')")
                .params(d, me.orgId()).update();
        String path = "/advice?unit=" + unit("old63", "79") + "&topic=" + topic("Cải cách hành chính") + "&date=01/12/2022&years=3";
        Document mine = page(path, me);
        assertThat(mine.getElementById("candidate-" + haiPhong).text()).contains("Đã đến trong thời gian gần đây")
                .contains("Đoàn học tập cải cách hành chính tại Hải Phòng");
        assertThat(mine.getElementById("choose-" + haiPhong).hasAttr("checked")).as("a visited place is not chosen by default").isFalse();
        assertThat(mine.text()).contains("Bài học riêng của TP.HCM");
        CurrentUser stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER);
        Document theirs = page(path, stranger);
        assertThat(theirs.text()).doesNotContain("Bài học riêng của TP.HCM").doesNotContain("Đoàn học tập cải cách hành chính tại Hải Phòng");
    }

    @Test
    void theApiGivesEditionsFiguresHistoryAndAdvice() throws Exception {
        CurrentUser me = hcm();
        mvc.perform(get("/api/v1/indices/PAR_INDEX/2021").with(user(me))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unitName").value("Thành phố Hải Phòng")).andExpect(jsonPath("$[0].rank").value(1))
                .andExpect(jsonPath("$[0].sources[0]").isString());
        mvc.perform(get("/api/v1/advice").param("unit", "" + unit("old63", "79"))
                        .param("topic", "" + topic("Cải cách hành chính")).param("date", "2022-12-01").with(user(me)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sections[0].edition.year").value(2021))
                .andExpect(jsonPath("$.sections[1].home").doesNotExist())
                .andExpect(jsonPath("$.candidates[0].unitName").value("Thành phố Hải Phòng"));
        mvc.perform(get("/api/v1/units/{id}/indices", unit("new34", "79")).with(user(me))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get("/api/v1/indices/NOPE/2021").with(user(me))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/advice").param("topic", "1").param("date", "hôm qua").with(user(me)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indices")).andExpect(status().isUnauthorized());
    }

    @Test
    void aBadImportIsReportedLineByLineAndNothingIsStored() throws Exception {
        CurrentUser admin = users.admin();
        long before = figures();
        String csv = HEADER
                + "PAR_INDEX,2022,31,Hải Phòng,90.5,percent (0-100),1,63,explicit,,https://moha.gov.vn/a,,high,\n"
                + "PAR_INDEX,2022,31,Hải Phòng,90.1,percent (0-100),2,63,explicit,,https://moha.gov.vn/a,,high,\n"
                + "PAR_INDEX,2022,,Hai Phongg,88,percent (0-100),3,63,explicit,,https://moha.gov.vn/a,,high,\n"
                + "SIPAS,2022,01,Hà Nội,120,percent (0-100),4,63,explicit,,https://moha.gov.vn/a,,high,\n"
                + "PAR_INDEX,2022,48,Đà Nẵng,89,percent (0-100),1,63,explicit,,https://moha.gov.vn/a,,high,\n"
                + "PAPI,2022,22,Quảng Ninh,,,,61,not_ranked,,,,,\n";
        MvcResult bad = upload(admin, "par-2022.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        Document report = Jsoup.parse(bad.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(report.select("#problem-table tbody tr").eachText()).containsExactly(
                "3 gso_code Hải Phòng đã có số liệu PAR_INDEX năm 2022 ở dòng 2.",
                "4 province_name_vi Không tìm thấy địa phương “Hai Phongg”; có phải “Hải Phòng”?",
                "5 score Điểm 120 nằm ngoài thang điểm của SIPAS (0–100).",
                "6 rank Thứ hạng 1 lặp lại ở dòng 2; nếu là đồng hạng, ghi “đồng hạng” vào cột note của cả hai dòng.",
                "7 source_urls Thiếu nguồn (source_urls): mỗi số liệu cần ít nhất một trang nguồn.");
        assertThat(figures()).isEqualTo(before);

        byte[] latin1 = (HEADER + "PAR_INDEX,2022,31,Hải Phòng,90.5,,1,63,explicit,,https://moha.gov.vn/a,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Document encoding = Jsoup.parse(upload(admin, "cu.csv", latin1).getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(encoding.select("#problem-table tbody tr").eachText()).containsExactly(
                "2 Tệp không phải UTF-8 (dòng đầu tiên có ký tự lỗi). Hãy lưu lại tệp với mã hóa UTF-8.");
        assertThat(figures()).isEqualTo(before);
    }

    @Test
    void aGoodImportFromExcelIsStoredAndReplacesEarlierFiguresWithAudit() throws Exception {
        CurrentUser admin = users.admin();
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("PAR 2024");
            String[] header = HEADER.strip().split(",");
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {
                    {"PAR Index", 2024, "48", "Đà Nẵng", 91.2, "percent (0-100)", 1, 63, "explicit", "A (>=90%)", "https://moha.gov.vn/par-2024", "", "high", ""},
                    {"PAR Index", 2024, "", "TP.HCM", 88.4, "percent (0-100)", 20, 63, "explicit", "", "https://moha.gov.vn/par-2024", "", "high", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        MvcResult done = upload(admin, "par-2024.xlsx", xlsx);
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(done.getResponse().getContentAsString(StandardCharsets.UTF_8)).getElementById("import-report").text())
                .contains("Đã nhập 2 số liệu từ “par-2024.xlsx” (0 số liệu thay số liệu cũ).");
        assertThat(jdbc.sql("SELECT score::text || ' ' || rank FROM index_scores WHERE index_code = 'PAR_INDEX' AND year = 2024 "
                + "AND unit_id = ?").param(unit("old63", "79")).query(String.class).single()).isEqualTo("88.4 20");
        assertThat(upload(admin, "par-2024.xlsx", xlsx).getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("(2 số liệu thay số liệu cũ)");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_events WHERE action = 'INDEX_FIGURES_IMPORTED'").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
        jdbc.sql("DELETE FROM index_scores WHERE year = 2024").update();
        CurrentUser organizer = hcm();
        assertThat(upload(organizer, "x.csv", HEADER.getBytes(StandardCharsets.UTF_8)).getResponse().getStatus()).isEqualTo(403);
        mvc.perform(get("/indices/import").with(user(organizer))).andExpect(status().isForbidden());
    }

    @Test
    void administratorsEditWhichIndicesMeasureATopic() throws Exception {
        long topic = topic("Chuyển đổi số");
        CurrentUser admin = users.admin();
        mvc.perform(post("/indices/topics/{id}", topic).with(user(admin)).with(csrf()).param("keywords", "chuyển đổi số; chính quyền số")
                .param("indices", "DTI", "PAR_INDEX")).andExpect(status().is3xxRedirection());
        assertThat(indices.topic(topic).indices()).containsExactly("DTI", "PAR_INDEX");
        Document refused = Jsoup.parse(mvc.perform(post("/indices/topics/{id}", topic).with(user(admin)).with(csrf())
                .param("keywords", "x")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.text()).contains("Chọn ít nhất một chỉ số.");
        mvc.perform(post("/indices/topics/{id}", topic).with(user(hcm())).with(csrf()).param("indices", "PCI"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/indices/topics/{id}", topic).with(user(admin)).with(csrf()).param("keywords", "chuyển đổi số; chính quyền điện tử; chính quyền số; công nghệ thông tin")
                .param("indices", "DTI")).andExpect(status().is3xxRedirection());
        assertThat(indices.topicFor("Học tập kinh nghiệm chuyển đổi số")).map(Topic::name).contains("Chuyển đổi số");
    }
}
