package vn.traodoi.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.document.IssuedType;
import vn.traodoi.system.Days;

/**
 * Sổ văn bản đi as its keepers use it: this year's register by default, filtered by year, type, status and words of
 * the summary with or without diacritics, exported with the same filters, a number cancelled with its note; the
 * administrator's page of symbols; and nothing of it for another organization (404) or a non-administrator (403).
 */
@IntegrationTest
class RegisterPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentRegister register;

    @Autowired
    RegisterSettings settings;

    @Autowired
    Clock clock;

    long organization;
    CurrentUser clerk;
    CurrentUser stranger;
    LocalDate newYear;
    LocalDate lastYear;
    IssuedNumber plan;
    IssuedNumber decision;
    IssuedNumber old;
    String tag;

    @BeforeEach
    void register() {
        organization = users.organization("Sở Nội vụ thử sổ");
        clerk = users.named(organization, "Trần Thị Văn Thư", Role.ORGANIZER);
        stranger = users.user(users.organization("Sở Nội vụ khác"), Role.ORGANIZER, Role.APPROVER);
        settings.update(users.admin(), organization, "SNV", "CCVC", 0);
        newYear = LocalDate.now(clock).withDayOfYear(1);
        lastYear = newYear.minusDays(1);
        tag = UUID.randomUUID().toString().substring(0, 8);
        plan = register.take(clerk, organization, IssuedType.KE_HOACH, newYear,
                "Kế hoạch khảo sát, học tập kinh nghiệm " + tag, "/delegations/" + tag, null);
        decision = register.take(clerk, organization, IssuedType.QUYET_DINH, newYear,
                "Quyết định cử đoàn công tác " + tag, "/delegations/" + tag, null);
        old = register.take(clerk, organization, IssuedType.KE_HOACH, lastYear,
                "Kế hoạch năm trước " + tag, "/delegations/" + tag + "-old", null);
    }

    Document page(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    List<String> numbers(Document page) {
        return page.select("#register .entry-number").eachText();
    }

    @Nested
    class TheList {

        @Test
        void showsThisYearsLinesWithEverythingTheRegisterHolds() throws Exception {
            Document page = page(get("/registers"), clerk);

            assertThat(numbers(page)).containsExactly("01/QĐ-SNV", "01/KH-SNV");
            Element line = page.selectFirst("#entry-" + plan.entryId());
            assertThat(line.selectFirst(".entry-date").text()).isEqualTo(Days.format(newYear));
            assertThat(line.selectFirst(".entry-type").text()).isEqualTo("Kế hoạch");
            assertThat(line.selectFirst(".entry-summary").text()).isEqualTo("Kế hoạch khảo sát, học tập kinh nghiệm " + tag);
            assertThat(line.selectFirst(".entry-issuer").text()).isEqualTo("Trần Thị Văn Thư");
            assertThat(line.selectFirst(".entry-record").attr("href")).isEqualTo("/delegations/" + tag);
            assertThat(line.selectFirst(".entry-status").text()).startsWith("Đã cấp số");
            assertThat(page.selectFirst("#result-count").text()).isEqualTo("2 số văn bản, trong đó 0 đã hủy");
            assertThat(page.selectFirst("#year option[selected]").attr("value"))
                    .isEqualTo(Integer.toString(newYear.getYear()));
            assertThat(page.select("#year option").eachAttr("value"))
                    .contains("", Integer.toString(newYear.getYear()), Integer.toString(lastYear.getYear()));
            assertThat(page.selectFirst("#menu-registers")).isNotNull();
            assertThat(page.selectFirst("#abbreviation-missing")).isNull();
        }

        @Test
        void filtersByYearTypeStatusAndWordsWithOrWithoutDiacritics() throws Exception {
            assertThat(numbers(page(get("/registers").param("year", Integer.toString(lastYear.getYear())), clerk)))
                    .containsExactly("01/KH-SNV");
            assertThat(numbers(page(get("/registers").param("year", ""), clerk)))
                    .containsExactly("01/QĐ-SNV", "01/KH-SNV", "01/KH-SNV");
            assertThat(numbers(page(get("/registers").param("year", "").param("type", "KE_HOACH"), clerk)))
                    .containsExactly("01/KH-SNV", "01/KH-SNV");
            assertThat(numbers(page(get("/registers").param("q", "khao sat hoc tap " + tag), clerk)))
                    .containsExactly("01/KH-SNV");
            assertThat(numbers(page(get("/registers").param("q", "01/qđ"), clerk))).containsExactly("01/QĐ-SNV");
            register.cancel(clerk, decision.entryId(), "Sai trích yếu", 1);
            Document cancelled = page(get("/registers").param("status", "CANCELLED"), clerk);
            assertThat(numbers(cancelled)).containsExactly("01/QĐ-SNV");
            assertThat(cancelled.selectFirst("#result-count").text()).isEqualTo("1 số văn bản, trong đó 1 đã hủy");
            assertThat(cancelled.selectFirst("#export-csv").attr("href")).contains("status=CANCELLED");
            assertThat(numbers(page(get("/registers").param("status", "ISSUED"), clerk))).containsExactly("01/KH-SNV");
        }

        @Test
        void pagesHoldFiftyLinesAndKeepTheFilters() throws Exception {
            for (int i = 0; i < 50; i++) {
                register.take(clerk, organization, IssuedType.THONG_BAO, newYear, "Thông báo " + i,
                        "/tasks/" + tag + "/" + i, null);
            }
            Document first = page(get("/registers").param("type", "THONG_BAO"), clerk);
            Document second = page(get("/registers").param("type", "THONG_BAO").param("page", "2"), clerk);

            assertThat(numbers(first)).hasSize(50).startsWith("50/TB-SNV").endsWith("01/TB-SNV");
            assertThat(numbers(second)).as("a page past the last shows the last").isEqualTo(numbers(first));
            assertThat(first.select(".pagination")).isEmpty();
            register.take(clerk, organization, IssuedType.THONG_BAO, newYear, "Thông báo 51", "/tasks/" + tag, null);
            Document again = page(get("/registers").param("type", "THONG_BAO"), clerk);
            assertThat(again.select(".pagination a").eachAttr("href")).anyMatch(h -> h.contains("type=THONG_BAO")
                    && h.contains("page=2"));
            assertThat(numbers(page(get("/registers").param("type", "THONG_BAO").param("page", "2"), clerk)))
                    .containsExactly("01/TB-SNV");
        }

        @Test
        void aBadFilterIsAMessageNeverAnError() throws Exception {
            Document page = page(get("/registers").param("year", "20x6"), clerk);
            assertThat(page.selectFirst("#year-error").text()).startsWith("Năm không hợp lệ");
            assertThat(numbers(page)).containsExactly("01/QĐ-SNV", "01/KH-SNV");
            mvc.perform(get("/registers").param("type", "NGHI_QUYET").with(user(clerk))).andExpect(status().isBadRequest());
            mvc.perform(get("/registers").param("page", "x").with(user(clerk))).andExpect(status().isBadRequest());
            mvc.perform(get("/registers/export.csv").param("year", "1").with(user(clerk)))
                    .andExpect(status().isBadRequest());
        }

        @Test
        void anOrganizationWithoutAnAbbreviationIsToldWhoSetsIt() throws Exception {
            CurrentUser unset = users.user(users.organization("Sở Tư pháp thử sổ"), Role.APPROVER);
            Document page = page(get("/registers"), unset);
            assertThat(page.selectFirst("#abbreviation-missing").text()).contains("Ký hiệu văn bản");
            assertThat(numbers(page)).isEmpty();
        }
    }

    @Nested
    class Exports {

        @Test
        void csvAndExcelHoldTheFilteredLines() throws Exception {
            String csv = mvc.perform(get("/registers/export.csv").param("year", "").param("type", "KE_HOACH")
                            .with(user(clerk)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            List<String> lines = csv.lines().toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.getFirst()).isEqualTo("\uFEFFso_ky_hieu,so,ky_hieu,ngay_ban_hanh,nam,loai,trich_yeu,"
                    + "nguoi_ban_hanh,ho_so,trang_thai,ngay_huy,nguoi_huy,ly_do_huy");
            assertThat(lines.get(1)).startsWith("01/KH-SNV,1,KH-SNV," + Days.format(newYear) + "," + newYear.getYear()
                    + ",Kế hoạch,\"Kế hoạch khảo sát, học tập kinh nghiệm " + tag + "\",Trần Thị Văn Thư,/delegations/"
                    + tag + ",Đã cấp số");
            assertThat(lines.get(2)).contains(Days.format(lastYear)).contains("Kế hoạch năm trước " + tag);

            register.cancel(clerk, plan.entryId(), "Ban hành nhầm", 1);
            byte[] xlsx = mvc.perform(get("/registers/export.xlsx").param("type", "KE_HOACH").with(user(clerk)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getSheetName()).isEqualTo("Sổ văn bản đi");
                assertThat(sheet.getLastRowNum()).isEqualTo(1);
                Row row = sheet.getRow(1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("01/KH-SNV");
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1.0);
                assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(newYear);
                assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
                assertThat(row.getCell(9).getStringCellValue()).isEqualTo("Đã hủy");
                assertThat(row.getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now(clock));
                assertThat(row.getCell(11).getStringCellValue()).isEqualTo("Trần Thị Văn Thư");
                assertThat(row.getCell(12).getStringCellValue()).isEqualTo("Ban hành nhầm");
            }
        }
    }

    @Nested
    class Cancelling {

        @Test
        void keepsTheNumberWithItsNoteAndComesBackToTheFilteredList() throws Exception {
            mvc.perform(post("/registers/{id}/cancel", plan.entryId()).with(user(clerk)).with(csrf())
                            .param("note", "Sai thành phần đoàn").param("version", "1")
                            .param("year", "").param("type", "KE_HOACH").param("q", "kế hoạch"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/registers?year=&type=KE_HOACH&q=k%E1%BA%BF+ho%E1%BA%A1ch"));

            Document page = page(get("/registers"), clerk);
            Element line = page.selectFirst("#entry-" + plan.entryId());
            assertThat(line.selectFirst(".entry-number").text()).isEqualTo("01/KH-SNV");
            assertThat(line.selectFirst(".entry-status").text()).startsWith("Đã hủy").contains("Sai thành phần đoàn")
                    .contains("Trần Thị Văn Thư").contains(Days.format(LocalDate.now(clock)));
            assertThat(line.select("form")).isEmpty();
            assertThat(register.take(clerk, organization, IssuedType.KE_HOACH, newYear, "Kế hoạch mới", "/x/" + tag,
                    null).full()).isEqualTo("02/KH-SNV");
        }

        @Test
        void withoutANoteSaysSoBesideTheFieldAndLosesNothing() throws Exception {
            Document page = page(post("/registers/{id}/cancel", plan.entryId()).with(csrf()).param("note", "   ")
                    .param("version", "1").param("type", "KE_HOACH"), clerk);

            assertThat(page.selectFirst("#cancel-error-" + plan.entryId()).text()).isEqualTo("Hãy ghi lý do hủy văn bản.");
            assertThat(page.selectFirst("#cancel-note-" + plan.entryId()).hasClass("is-invalid")).isTrue();
            assertThat(page.selectFirst("#entry-" + plan.entryId() + " details").hasAttr("open")).isTrue();
            assertThat(numbers(page)).containsExactly("01/KH-SNV");
            assertThat(register.entry(plan.entryId()).orElseThrow().cancelled()).isFalse();

            Document stale = page(post("/registers/{id}/cancel", plan.entryId()).with(csrf())
                    .param("note", "Lý do đã gõ " + tag).param("version", "9"), clerk);
            assertThat(stale.selectFirst("#cancel-error-" + plan.entryId()).text()).startsWith("Số này vừa được người khác");
            assertThat(stale.selectFirst("#cancel-note-" + plan.entryId()).text()).isEqualTo("Lý do đã gõ " + tag);
        }
    }

    @Nested
    class Api {

        @Test
        void listsTheLinesAndCancelsWithANoteAtTheVersionSeen() throws Exception {
            mvc.perform(get("/api/v1/registers").param("year", Integer.toString(newYear.getYear())).with(user(clerk)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(2))
                    .andExpect(jsonPath("$.items[1].numberAndSymbol").value("01/KH-SNV"))
                    .andExpect(jsonPath("$.items[1].issuedOn").value(newYear.toString()))
                    .andExpect(jsonPath("$.items[1].issuedBy").value("Trần Thị Văn Thư"));
            mvc.perform(post("/api/v1/registers/{id}/cancel", plan.entryId()).with(user(clerk)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \" \", \"version\": 1}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("note"));
            mvc.perform(post("/api/v1/registers/{id}/cancel", plan.entryId()).with(user(clerk)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"Nhầm\", \"version\": 3}"))
                    .andExpect(status().isConflict());
            mvc.perform(post("/api/v1/registers/{id}/cancel", plan.entryId()).with(user(clerk)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"Nhầm\", \"version\": 1}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cancelNote").value("Nhầm"))
                    .andExpect(jsonPath("$.version").value(2));
        }
    }

    @Nested
    class Authorization {

        @Test
        void anotherOrganizationGets404OnEveryLineAndSeesNoneOfOurs() throws Exception {
            Document theirs = page(get("/registers").param("year", ""), stranger);
            assertThat(theirs.select("#register .entry-summary").eachText()).noneMatch(s -> s.contains(tag));
            String csv = mvc.perform(get("/registers/export.csv").param("year", "").with(user(stranger)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(csv).doesNotContain(tag);

            mvc.perform(post("/registers/{id}/cancel", plan.entryId()).with(user(stranger)).with(csrf())
                    .param("note", "Hủy hộ").param("version", "1")).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/registers/{id}", plan.entryId()).with(user(stranger)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(post("/api/v1/registers/{id}/cancel", plan.entryId()).with(user(stranger)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"Hủy hộ\", \"version\": 1}"))
                    .andExpect(status().isNotFound());
            assertThat(register.entry(plan.entryId()).orElseThrow().cancelled()).isFalse();
            mvc.perform(get("/api/v1/registers/{id}", plan.entryId()).with(user(clerk))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.numberAndSymbol").value("01/KH-SNV"));
        }

        @Test
        void aMemberOfOurOwnHasNoRegister() throws Exception {
            CurrentUser member = users.user(organization, Role.MEMBER);
            for (String path : List.of("/registers", "/registers/export.csv", "/registers/export.xlsx",
                    "/api/v1/registers", "/api/v1/registers/" + plan.entryId())) {
                mvc.perform(get(path).with(user(member))).andExpect(status().isNotFound());
            }
            mvc.perform(post("/registers/{id}/cancel", plan.entryId()).with(user(member)).with(csrf())
                    .param("note", "Hủy").param("version", "1")).andExpect(status().isNotFound());
            Document home = Jsoup.parse(mvc.perform(get("/tasks").with(user(member))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            assertThat(home.selectFirst("#menu-tasks")).isNotNull();
            assertThat(home.selectFirst("#menu-registers")).isNull();
        }
    }

    @Nested
    class Symbols {

        @Test
        void theAdministratorSetsThemWithTheSuggestionOnlyWhenAskedAndEachChangeIsAudited() throws Exception {
            long department = jdbc.sql("INSERT INTO organizations (name, kind) VALUES (?, 'SO') RETURNING id")
                    .param("Sở Nội vụ tỉnh Thử " + tag).query(Long.class).single();
            CurrentUser admin = users.admin();

            Document form = page(get("/admin/organizations/{id}/symbols", department), admin);
            assertThat(form.selectFirst("#issuer").val()).isEmpty();
            assertThat(form.selectFirst("#suggestion").text()).contains("SNV");
            assertThat(form.selectFirst("#symbols-unset")).isNotNull();
            Document suggested = page(get("/admin/organizations/{id}/symbols", department).param("suggested", "true"), admin);
            assertThat(suggested.selectFirst("#issuer").val()).isEqualTo("SNV");
            assertThat(settings.of(department).issuer()).as("a suggestion is not saved").isNull();

            Document refused = page(post("/admin/organizations/{id}/symbols", department).with(csrf())
                    .param("issuer", "S-NV").param("division", "cc vc").param("version", "0"), admin);
            assertThat(refused.selectFirst("#issuer-error").text()).startsWith("Chữ viết tắt chỉ gồm");
            assertThat(refused.selectFirst("#division-error")).isNotNull();
            assertThat(refused.selectFirst("#issuer").val()).isEqualTo("S-NV");
            assertThat(refused.selectFirst("#division").val()).isEqualTo("cc vc");

            mvc.perform(post("/admin/organizations/{id}/symbols", department).with(user(admin)).with(csrf())
                            .param("issuer", "snv").param("division", "ccvc").param("version", "0"))
                    .andExpect(status().is3xxRedirection());
            assertThat(settings.of(department)).isEqualTo(new RegisterSettings.Settings(department, "SNV", "CCVC", 1));
            Document stale = page(post("/admin/organizations/{id}/symbols", department).with(csrf())
                    .param("issuer", "SNVTQ").param("version", "0"), admin);
            assertThat(stale.selectFirst("#symbols-conflict")).isNotNull();
            assertThat(settings.of(department).issuer()).isEqualTo("SNV");
            assertThat(jdbc.sql("""
                            SELECT actor_username || ' ' || (after_state ->> 'issuer') FROM audit_events
                            WHERE action = 'REGISTER_SETTINGS_UPDATED' AND entity_id = ?""")
                    .param(Long.toString(department)).query(String.class).list()).containsExactly("admin SNV");
        }

        @Test
        void onlyAnAdministratorOpensThem() throws Exception {
            CurrentUser keeper = users.user(organization, Role.ORGANIZER, Role.APPROVER);
            mvc.perform(get("/admin/organizations/{id}/symbols", organization).with(user(keeper)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/organizations/{id}/symbols", organization).with(user(keeper)).with(csrf())
                    .param("issuer", "XYZ").param("version", "1")).andExpect(status().isForbidden());
            mvc.perform(get("/admin/organizations/{id}/symbols", 999_999_999L).with(user(users.admin())))
                    .andExpect(status().isNotFound());
            assertThat(settings.of(organization).issuer()).isEqualTo("SNV");
        }
    }
}
