package vn.traodoi.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
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
                .contains("2021 (15)");
        Document table = page("/indices/PAR_INDEX/2021", me);
        assertThat(table.getElementById("published-on").text()).isEqualTo("Công bố ngày 25/05/2022");
        String rows = table.getElementById("figure-table").text();
        assertThat(rows).contains("Thành phố Hải Phòng 91.8 1/63 A (từ 90%)").contains("Thành phố Hồ Chí Minh 86.05 43/63")
                .contains("Tỉnh Bà Rịa - Vũng Tàu 87.61 thứ hạng không được nêu");
        assertThat(table.select("#figure-table a[href^=http]")).isNotEmpty();

        Document hcmHistory = page("/indices/units/" + unit("old63", "79"), me);
        assertThat(hcmHistory.select("svg polyline")).isNotEmpty();
        assertThat(hcmHistory.text()).contains("PAPI 2021 40.68 thứ hạng không được nêu nhóm thấp nhất")
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
                .andExpect(jsonPath("$.candidates[0].unitName").value("Thành phố Hải Phòng"))
                .andExpect(jsonPath("$.sections[0].coverage.withFigure").value(15))
                .andExpect(jsonPath("$.sections[0].coverage.units").value(63))
                .andExpect(jsonPath("$.sections[0].coverage.conclusion").value("SOME_ABOVE_UNKNOWN"))
                .andExpect(jsonPath("$.sections[0].coverage.missing[0].name").value("Thành phố Hà Nội"))
                .andExpect(jsonPath("$.gaps[0].code").value("advice.gap.homeMissing"))
                .andExpect(jsonPath("$.gaps[0].message").value(
                        "SIPAS 2021 của Thành phố Hồ Chí Minh chưa rõ (không có số liệu): không so sánh được theo chỉ số này."));
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
        jdbc.sql("DELETE FROM index_scores WHERE year = 2024 AND imported_by IS NOT NULL").update();
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

    @Nested
    class TheAdviceIsHonestAboutItsData {

        Document advice(CurrentUser as, String language) throws Exception {
            String path = "/advice?unit=" + unit("old63", "79") + "&topic=" + topic("Cải cách hành chính") + "&date=01/12/2022";
            return Jsoup.parse(mvc.perform(get(path).with(user(as)).cookie(new Cookie("traodoi-lang", language)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        }

        @Test
        void itSaysHowManyProvincesEachEditionCoversAndNamesThoseThatMayRankHigher() throws Exception {
            Document page = advice(hcm(), "vi");
            Element par = page.getElementById("coverage-PAR_INDEX");
            assertThat(par.selectFirst(".coverage-count").text()).isEqualTo("PAR Index 2021: 15/63 tỉnh, thành phố có số liệu.");
            assertThat(par.selectFirst(".coverage-conclusion").text()).isEqualTo("Với hạng 43/63, có 42 địa phương xếp trên "
                    + "Thành phố Hồ Chí Minh; số liệu chỉ nêu 11. 31 địa phương xếp trên còn lại nằm trong số các địa phương "
                    + "chưa có số liệu dưới đây, chưa biết là những địa phương nào.");
            Element missing = page.getElementById("missing-PAR_INDEX");
            assertThat(missing.text()).startsWith("Chưa có số liệu, có thể xếp trên (48): Thành phố Hà Nội, ");
            assertThat(missing.select(".missing-unit")).hasSize(48);
            assertThat(missing.text()).doesNotContain("Thành phố Hải Phòng").doesNotContain("Thành phố Hồ Chí Minh");
            Element sipas = page.getElementById("coverage-SIPAS");
            assertThat(sipas.selectFirst(".coverage-count").text()).isEqualTo("SIPAS 2021: 5/63 tỉnh, thành phố có số liệu.");
            assertThat(sipas.selectFirst(".coverage-conclusion").text()).startsWith("Không có thứ hạng của Thành phố Hồ Chí Minh");
            assertThat(page.getElementById("missing-SIPAS").text()).contains("Thành phố Hà Nội").contains("Tỉnh Thừa Thiên Huế");
            // Hà Nội is not suggested: the data has no figure for it, and the page says so.
            assertThat(page.getElementById("candidate-" + unit("old63", "01"))).isNull();
        }

        @Test
        void anAdministratorIsToldWhereAndInWhichFormatToImportTheFullTableOthersWhoCanDoIt() throws Exception {
            Element forAdmin = advice(users.admin(), "vi").getElementById("advice-import");
            assertThat(forAdmin.selectFirst("#advice-import-link").attr("href")).isEqualTo("/indices/import");
            assertThat(forAdmin.text()).contains("bảng kết quả chính thức").contains("tệp CSV (UTF-8) hoặc Excel (.xlsx")
                    .contains("source_urls");
            Element forOrganizer = advice(hcm(), "vi").getElementById("advice-import");
            assertThat(forOrganizer.select("a")).isEmpty();
            assertThat(forOrganizer.text()).contains("quản trị viên hệ thống");
            assertThat(advice(hcm(), "en").getElementById("advice-import").text())
                    .contains("can be imported by a system administrator");
        }

        @Test
        void everyNoteIsInThePagesLanguage() throws Exception {
            List<String[]> notes = jdbc.sql("""
                            SELECT note_vi, note_en FROM index_scores WHERE note_vi <> note_en
                            UNION SELECT discrepancy_vi, discrepancy_en FROM index_scores WHERE discrepancy_vi <> discrepancy_en""")
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            assertThat(notes).hasSizeGreaterThan(80);
            Document vi = advice(hcm(), "vi");
            Document en = advice(hcm(), "en");
            assertThat(vi.getElementById("section-PAR_INDEX").text()).contains("Ghi chú: Số liệu do Sở Nội vụ TP.HCM nêu "
                    + "trong báo cáo năm 2024 về PAR Index của Thành phố qua các năm");
            assertThat(en.getElementById("section-PAR_INDEX").text()).contains("Note: figure given by HCMC Dept. of Home "
                    + "Affairs in 2024 report on the city's PAR Index history");
            for (String[] note : notes) {
                assertThat(vi.text()).as("English on the Vietnamese page").doesNotContain(note[1]);
                assertThat(en.text()).as("Vietnamese on the English page").doesNotContain(note[0]);
            }
            assertThat(en.getElementById("advice-summary").text()).isEqualTo("For Thành phố Hồ Chí Minh, “Administrative "
                    + "reform”, a trip planned for 01/12/2022: using PAR Index 2021, SIPAS 2021.");
            assertThat(en.getElementById("advice-gaps").text())
                    .contains("SIPAS 2021 of Thành phố Hồ Chí Minh is not known (no figure): no comparison on this index.")
                    .doesNotContain("chưa rõ");
            assertThat(en.getElementById("coverage-PAR_INDEX").text()).startsWith("PAR Index 2021: 15/63 provinces and "
                    + "cities have a figure. At rank 43/63, 42 provinces rank above Thành phố Hồ Chí Minh; the figures name 11.")
                    .contains("No figure, may rank above (48): Thành phố Hà Nội,");
            assertThat(en.text()).doesNotContain("Số liệu hiện có").doesNotContain("nguyên văn");
            assertThat(vi.text()).doesNotContain("as stated");
        }

        @Test
        void papi2023OfHoChiMinhCityShowsTheDisputedGroupInBothLanguages() throws Exception {
            String path = "/advice?unit=" + unit("old63", "79") + "&topic="
                    + topic("Quản trị và hành chính công, sự tham gia của người dân") + "&date=01/03/2025";
            Document vi = page(path, hcm());
            String section = vi.getElementById("section-PAPI").text();
            assertThat(section).contains("41.7754 điểm, hạng 36/63, nhóm Nhóm trung bình cao")
                    .contains("Nguồn khác nhau: baohomnay.com xếp TP.HCM (41,77 điểm) vào nhóm trung bình thấp");
            assertThat(vi.getElementById("coverage-PAPI").selectFirst(".coverage-conclusion").text())
                    .contains("hoặc có số liệu nhưng không so sánh được");
            Document en = Jsoup.parse(mvc.perform(get(path).with(user(hcm())).cookie(new Cookie("traodoi-lang", "en")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(en.getElementById("section-PAPI").text()).contains("group High-average group")
                    .contains("baohomnay.com places HCMC (41.77) in the low-average group");
        }

        @Test
        void theEditionTableGivesNotesAndGroupsInThePagesLanguage() throws Exception {
            Document vi = page("/indices/PAPI/2022", hcm());
            assertThat(vi.getElementById("figure-table").text()).contains("không đánh giá: dữ liệu khảo sát không chính xác")
                    .doesNotContain("inaccurate survey data");
            assertThat(vi.text()).contains("Thang điểm 0–80 (điểm, tổng 8 chỉ số nội dung, tối đa 80)")
                    .doesNotContain("sum of 8 dimensions");
            Document en = Jsoup.parse(mvc.perform(get("/indices/PCI/2021").with(user(hcm())).cookie(new Cookie("traodoi-lang", "en")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(en.selectFirst("h1").text()).endsWith("Provincial Competitiveness Index");
            assertThat(en.getElementById("figure-table").text()).contains("table page is undated in the stored copy")
                    .doesNotContain("Trang bảng số liệu lưu lại");
        }

        @Test
        void anImportedNoteWithoutAWordingInTheLanguageIsLabelledAsStated() throws Exception {
            String csv = HEADER.strip() + ",note_en\n"
                    + "PAR_INDEX,2024,48,Đà Nẵng,91.2,percent (0-100),3,63,explicit,,https://moha.gov.vn/par-2024,"
                    + "Số liệu của Sở Nội vụ,high,,figures of the Department of Home Affairs\n";
            assertThat(upload(users.admin(), "par-2024.csv", csv.getBytes(StandardCharsets.UTF_8)).getResponse().getStatus())
                    .isEqualTo(200);
            try {
                assertThat(jdbc.sql("SELECT note || ' | ' || note_en || ' | ' || coalesce(note_vi, '-') FROM index_scores "
                        + "WHERE index_code = 'PAR_INDEX' AND year = 2024 AND unit_id = ?").param(unit("old63", "48"))
                        .query(String.class).single())
                        .isEqualTo("Số liệu của Sở Nội vụ | figures of the Department of Home Affairs | -");
                String row = page("/indices/PAR_INDEX/2024", hcm()).getElementById("figure-table").text();
                assertThat(row).contains("Số liệu của Sở Nội vụ (nguyên văn trong tệp số liệu, chưa có bản tiếng Việt)");
                String english = Jsoup.parse(mvc.perform(get("/indices/PAR_INDEX/2024").with(user(hcm()))
                        .cookie(new Cookie("traodoi-lang", "en"))).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)).getElementById("figure-table").text();
                assertThat(english).contains("figures of the Department of Home Affairs").doesNotContain("as stated");
            } finally {
                jdbc.sql("DELETE FROM index_scores WHERE year = 2024 AND imported_by IS NOT NULL").update();
            }
        }
    }
}
