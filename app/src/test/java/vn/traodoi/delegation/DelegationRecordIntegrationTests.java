package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * The record reads right: a session's hours, place and host; the topics of the sessions on the general tab; units
 * named as they were then; a month-only trip written as its month; a member known only by role; the lists as CSV and
 * Excel with their filters.
 */
@IntegrationTest
class DelegationRecordIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    CurrentUser organizer;
    CurrentUser stranger;
    long hcm;

    @BeforeEach
    void users() {
        organizer = users.user(users.organization("Sở Nội vụ tỉnh ghi giờ"), Role.ORGANIZER, Role.APPROVER);
        stranger = users.user(users.organization("Cơ quan không liên quan"), Role.ORGANIZER, Role.APPROVER);
        hcm = org("Sở Nội vụ Thành phố Hồ Chí Minh");
    }

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }

    String html(String path, CurrentUser as) throws Exception {
        return mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The text a reader sees: tags removed, entities decoded, spaces collapsed. */
    String page(String path, CurrentUser as) throws Exception {
        return HtmlUtils.htmlUnescape(html(path, as).replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ");
    }

    long create(String title, String start, String end) throws Exception {
        String location = mvc.perform(post("/delegations/new").with(user(organizer)).with(csrf())
                        .param("kind", "SURVEY").param("title", title).param("startDate", start)
                        .param("endDate", end).param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM delegations WHERE id = ?").param(id).query(Integer.class).single();
    }

    long stop(long id) throws Exception {
        mvc.perform(post("/delegations/{id}/stops", id).with(user(organizer)).with(csrf())
                .param("hostOrganizationId", "" + hcm).param("startDate", "21/07/2022").param("endDate", "22/07/2022")
                .param("version", "" + version(id))).andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT id FROM delegation_stops WHERE delegation_id = ?").param(id).query(Long.class).single();
    }

    long sessions(long id) {
        return jdbc.sql("SELECT count(*) FROM delegation_sessions s JOIN delegation_stops t ON t.id = s.stop_id WHERE t.delegation_id = ?")
                .param(id).query(Long.class).single();
    }

    static List<List<Object>> cells(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? null : cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                            : DateUtil.isCellDateFormatted(cell)
                                    ? cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()
                                    : (Object) cell.getNumericCellValue());
                }
                rows.add(values);
            }
            return rows;
        }
    }

    @Nested
    class Sessions {

        @Test
        void aSessionShowsItsHoursPlaceAndHostOnTheProgrammeTheGeneralTabAndTheCalendar() throws Exception {
            long id = create("Đoàn ghi giờ làm việc", "21/07/2022", "22/07/2022");
            long stop = stop(id);
            mvc.perform(post("/delegations/{id}/sessions", id).with(user(organizer)).with(csrf()).param("stopId", "" + stop)
                    .param("date", "22/07/2022").param("partOfDay", "MORNING").param("startTime", "08:00")
                    .param("endTime", "11:30").param("kind", "WORKING_SESSION").param("placeText", "Hội trường Sở Nội vụ")
                    .param("topics", "Xây dựng chính quyền điện tử").param("version", "" + version(id)))
                    .andExpect(status().is3xxRedirection());

            String programme = page("/delegations/" + id + "?tab=programme", organizer);
            assertThat(programme).contains("Sáng 22/07/2022, 08:00–11:30 — Buổi làm việc")
                    .contains("Đơn vị tiếp đón: Sở Nội vụ Thành phố Hồ Chí Minh")
                    .contains("Địa điểm: Hội trường Sở Nội vụ");
            String general = page("/delegations/" + id, organizer);
            assertThat(general).doesNotContain("Chưa có nội dung làm việc")
                    .contains("Tại buổi Sáng 22/07/2022, 08:00–11:30 — Buổi làm việc, Sở Nội vụ Thành phố Hồ Chí Minh: "
                            + "Xây dựng chính quyền điện tử");
            assertThat(page("/calendar?month=2022-07", organizer))
                    .contains("Sáng 08:00–11:30: Đoàn ghi giờ làm việc — Sở Nội vụ Thành phố Hồ Chí Minh (Hội trường Sở Nội vụ)");
        }

        @Test
        void hoursThatContradictAreRefusedWithTheReasonAndNothingIsStored() throws Exception {
            long id = create("Đoàn giờ sai", "21/07/2022", "22/07/2022");
            long stop = stop(id);
            String[][] cases = {
                    {"", "11:30", "08:00", "Giờ kết thúc phải sau giờ bắt đầu."},
                    {"", "", "11:30", "Đã có giờ kết thúc thì cần nhập cả giờ bắt đầu."},
                    {"MORNING", "14:00", "", "Giờ bắt đầu không thuộc buổi sáng"},
                    {"", "8h", "", "Giờ phải có dạng hh:mm, ví dụ 08:00 hoặc 13:30."}};
            for (String[] c : cases) {
                String answer = HtmlUtils.htmlUnescape(mvc.perform(post("/delegations/{id}/sessions", id).with(user(organizer))
                                .with(csrf()).param("stopId", "" + stop).param("date", "22/07/2022").param("partOfDay", c[0])
                                .param("startTime", c[1]).param("endTime", c[2]).param("kind", "WORKING_SESSION")
                                .param("placeText", "Phòng họp số 2").param("version", "" + version(id)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
                assertThat(answer).as(String.join("|", c)).contains(c[3]).contains("value=\"Phòng họp số 2\"");
            }
            assertThat(sessions(id)).isZero();
        }

        @Test
        void theApiTakesAndGivesTheHoursAndAnswersAForeignOrganization404() throws Exception {
            long id = create("Đoàn ghi giờ qua API", "21/07/2022", "22/07/2022");
            long stop = stop(id);
            String body = """
                    {"stopId": %d, "date": "2022-07-22", "partOfDay": "AFTERNOON", "startTime": "14:00", "endTime": "16:30",
                     "kind": "WORKING_SESSION", "placeText": "Hội trường B", "version": %d}""";
            String created = mvc.perform(post("/api/v1/delegations/{id}/sessions", id).with(user(organizer)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(body.formatted(stop, version(id))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(created).containsPattern("\"startTime\":\"14:00(:00)?\"").containsPattern("\"endTime\":\"16:30(:00)?\"")
                    .contains("\"placeText\":\"Hội trường B\"");

            String refused = mvc.perform(post("/api/v1/delegations/{id}/sessions", id).with(user(organizer)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body.replace("\"16:30\"", "\"13:00\"").formatted(stop, version(id))))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(refused).contains("endTime").contains("Giờ kết thúc phải sau giờ bắt đầu.");

            mvc.perform(post("/api/v1/delegations/{id}/sessions", id).with(user(stranger)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(body.formatted(stop, version(id))))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/delegations/{id}/sessions", id).with(user(stranger)).with(csrf()).param("stopId", "" + stop)
                    .param("startTime", "08:00").param("kind", "WORKING_SESSION").param("version", "" + version(id)))
                    .andExpect(status().isNotFound());
            assertThat(sessions(id)).isEqualTo(1);
        }

        @Test
        void theTripReportWritesEachSessionWithItsHoursHostAndPlaceAndAnUnnamedMemberAsSuch() throws Exception {
            long id = create("Đoàn có báo cáo chuyến đi", "21/07/2022", "22/07/2022");
            long stop = stop(id);
            mvc.perform(post("/delegations/{id}/sessions", id).with(user(organizer)).with(csrf()).param("stopId", "" + stop)
                    .param("date", "22/07/2022").param("partOfDay", "MORNING").param("startTime", "08:00")
                    .param("endTime", "11:30").param("kind", "WORKING_SESSION").param("placeText", "Hội trường Sở Nội vụ")
                    .param("topics", "Xây dựng chính quyền điện tử").param("version", "" + version(id)))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post("/delegations/{id}/members", id).with(user(organizer)).with(csrf()).param("role", "SECRETARY")
                    .param("newPerson", "Thư ký đoàn").param("version", "" + version(id))).andExpect(status().is3xxRedirection());
            jdbc.sql("UPDATE delegations SET status = 'COMPLETED' WHERE id = ?").param(id).update();
            mvc.perform(post("/delegations/{id}/reports/compile", id).with(user(organizer)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            byte[] docx = mvc.perform(get("/delegations/{id}/reports/trip.docx", id).with(user(organizer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            String word;
            try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
                word = text.getText();
            }
            assertThat(word).contains("- Sáng ngày 22/07/2022, 08:00–11:30: buổi làm việc — Sở Nội vụ Thành phố Hồ Chí Minh; "
                    + "địa điểm: Hội trường Sở Nội vụ; nội dung: (1) Xây dựng chính quyền điện tử.")
                    .contains("- Thư ký đoàn: (chưa rõ tên);").doesNotContain("Thư ký đoàn: Thư ký đoàn");
            assertThat(page("/delegations/" + id + "/reports", organizer))
                    .contains("22/07/2022, 08:00–11:30: Buổi làm việc — Sở Nội vụ Thành phố Hồ Chí Minh, Địa điểm: Hội trường Sở Nội vụ");
        }

        @Test
        void seed001sWorkingSessionNamesItsHostAndTheGeneralTabListsTheSessionsTopics() throws Exception {
            long id = DemoSeeds.delegation(context, "seed-001");
            CurrentUser tuyenQuang = users.user(org("Sở Nội vụ tỉnh Tuyên Quang"), Role.ORGANIZER);
            String programme = page("/delegations/" + id + "?tab=programme", tuyenQuang);
            assertThat(programme).contains("22/07/2022 — Buổi làm việc Bên tiếp đón Đơn vị tiếp đón: Sở Nội vụ Thành phố Hồ Chí Minh");
            String general = page("/delegations/" + id, tuyenQuang);
            assertThat(general).doesNotContain("Chưa có nội dung làm việc")
                    .contains("Tại buổi 22/07/2022 — Buổi làm việc, Sở Nội vụ Thành phố Hồ Chí Minh: Trao đổi kết quả, "
                            + "kinh nghiệm cải cách hành chính, chuyển đổi số các lĩnh vực")
                    .contains("Tại buổi 21/07/2022 — Khảo sát, tìm hiểu thực tế, Ủy ban nhân dân Quận 10:");
        }
    }

    @Nested
    class Members {

        @Test
        void aMemberKnownOnlyByRoleIsShownAsSuchNeverAsAGroupNamedAfterTheRole() throws Exception {
            long id = create("Đoàn có thư ký chưa rõ tên", "21/07/2022", "22/07/2022");
            mvc.perform(post("/delegations/{id}/members", id).with(user(organizer)).with(csrf()).param("role", "SECRETARY")
                    .param("group", "Thư ký đoàn").param("version", "" + version(id))).andExpect(status().is3xxRedirection());
            assertThat(jdbc.sql("SELECT count(*) FROM delegation_members WHERE delegation_id = ? AND person_id IS NULL AND group_description IS NULL")
                    .param(id).query(Long.class).single()).isEqualTo(1);
            assertThat(page("/delegations/" + id, organizer)).contains("Thư ký đoàn: (chưa rõ tên)")
                    .doesNotContain("Thư ký đoàn: Thư ký đoàn");
            assertThat(page("/delegations/" + id + "?tab=members", organizer)).contains("Thư ký đoàn chưa rõ tên");
        }

        @Test
        void seed004sSecretaryIsARoleWithoutAName() throws Exception {
            long id = DemoSeeds.delegation(context, "seed-004-c");
            CurrentUser snv = users.user(hcm, Role.ORGANIZER);
            assertThat(page("/delegations/" + id, snv)).contains("Thư ký đoàn: (chưa rõ tên)")
                    .doesNotContain("Thư ký đoàn: Thư ký đoàn");
        }
    }

    @Nested
    class UnitsAndMonths {

        @Test
        void aDecember2022TripToHueIsNamedAsThenWithTodaysNameBesideAndWrittenAsItsMonth() throws Exception {
            long id = DemoSeeds.delegation(context, "seed-004-c");
            CurrentUser snv = users.user(hcm, Role.ORGANIZER);
            String record = page("/delegations/" + id + "?tab=programme", snv);
            assertThat(record).contains("Tỉnh Thừa Thiên Huế (nay là Thành phố Huế)");
            assertThat(page("/delegations/" + id, snv)).contains("Tỉnh Thừa Thiên Huế").contains("tháng 12/2022")
                    .doesNotContain("01/12/2022");
            String list = page("/delegations/outgoing?q=PAPI&year=2022", snv);
            assertThat(list).contains("tháng 12/2022").contains("Thành phố Đà Nẵng; Tỉnh Thừa Thiên Huế")
                    .contains("(nay là Thành phố Đà Nẵng, Thành phố Huế)").doesNotContain("01/12/2022");

            String csv = mvc.perform(get("/delegations/outgoing/export.csv").param("q", "PAPI").param("year", "2022")
                    .with(user(snv))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            List<String> lines = csv.lines().toList();
            assertThat(lines.getFirst()).endsWith("don_vi_tiep_don,dia_ban,dia_ban_hien_nay");
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(id + ",")
                    .contains(",tháng 12/2022,tháng 12/2022,Thành phố Đà Nẵng; Tỉnh Thừa Thiên Huế,"
                            + "\"Thành phố Đà Nẵng, Tỉnh Thừa Thiên Huế\",\"Thành phố Đà Nẵng, Thành phố Huế\""));
            assertThat(csv).doesNotContain("01/12/2022").doesNotContain("31/12/2022");
        }
    }

    @Nested
    class Exports {

        @Test
        void theExcelFileHasTheColumnsOfTheCsvWithTypedCellsAndTheFiltersApplied() throws Exception {
            long id = create("Đoàn xuất Excel ngày cụ thể", "21/07/2022", "22/07/2022");
            stop(id);
            create("Đoàn xuất Excel năm khác", "21/07/2023", "22/07/2023");
            byte[] xlsx = mvc.perform(get("/delegations/outgoing/export.xlsx").param("q", "xuat excel").param("year", "2022")
                    .with(user(organizer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            List<List<Object>> rows = cells(xlsx);
            String csv = mvc.perform(get("/delegations/outgoing/export.csv").param("q", "xuat excel").param("year", "2022")
                    .with(user(organizer))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(rows.getFirst()).isEqualTo(List.of(csv.lines().toList().getFirst().replace("\uFEFF", "").split(",")));
            assertThat(rows).as("the year filter leaves the 2023 trip out").hasSize(2);
            List<Object> row = rows.get(1);
            assertThat(row.get(0)).isEqualTo((double) id);
            assertThat(row.get(1)).isEqualTo("Đoàn xuất Excel ngày cụ thể");
            assertThat(row.get(5)).isEqualTo(LocalDate.of(2022, 7, 21));
            assertThat(row.get(6)).isEqualTo(LocalDate.of(2022, 7, 22));
            assertThat(row.get(7)).isEqualTo("Sở Nội vụ Thành phố Hồ Chí Minh");
            assertThat(row.get(8)).isEqualTo("Thành phố Hồ Chí Minh");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(new DataFormatter().formatCellValue(sheet.getRow(1).getCell(5))).isEqualTo("21/07/2022");
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            }

            List<List<Object>> seen = cells(mvc.perform(get("/delegations/export.xlsx").param("q", "xuat excel")
                    .with(user(stranger))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
            assertThat(seen).as("a foreign organization's file holds none of them").hasSize(1);
        }

        @Test
        void aMonthOnlyTripIsTextInTheExcelFile() throws Exception {
            long id = DemoSeeds.delegation(context, "seed-004-c");
            CurrentUser snv = users.user(hcm, Role.ORGANIZER);
            List<List<Object>> rows = cells(mvc.perform(get("/delegations/outgoing/export.xlsx").param("q", "PAPI")
                    .param("year", "2022").with(user(snv))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsByteArray());
            List<Object> row = rows.stream().filter(r -> r.getFirst().equals((double) id)).findFirst().orElseThrow();
            assertThat(row.subList(5, 7)).containsExactly("tháng 12/2022", "tháng 12/2022");
            assertThat(row.subList(8, 10)).containsExactly("Thành phố Đà Nẵng, Tỉnh Thừa Thiên Huế",
                    "Thành phố Đà Nẵng, Thành phố Huế");
        }

        @Test
        void thePlacesAndOrganizationsListsHaveAnExcelFileToo() throws Exception {
            List<List<Object>> places = cells(mvc.perform(get("/places.xlsx").param("q", "binh duong").param("set", "old63"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
            assertThat(places).hasSize(2);
            assertThat(places.get(1).get(2)).isEqualTo("Tỉnh Bình Dương");
            assertThat(places.get(1).get(5)).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(places.get(1).get(7)).isEqualTo("Thành phố Hồ Chí Minh");

            List<List<Object>> organizations = cells(mvc.perform(get("/admin/organizations/export.xlsx")
                            .param("q", "so noi vu tinh tuyen quang").with(user(users.admin())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
            assertThat(organizations.getFirst()).startsWith("ma", "ten");
            assertThat(organizations).anySatisfy(r -> {
                assertThat(r.get(0)).isEqualTo((double) org("Sở Nội vụ tỉnh Tuyên Quang"));
                assertThat(r.get(1)).isEqualTo("Sở Nội vụ tỉnh Tuyên Quang");
            });
            mvc.perform(get("/admin/organizations/export.xlsx").with(user(organizer))).andExpect(status().isForbidden());
        }
    }
}
