package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.DemoSeeds;

/** The import page with the seed articles and the text library as it stands. */
@IntegrationTest
class ImportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    CurrentUser hcmHost;
    CurrentUser stranger;

    static String seed(String name) throws Exception {
        try (InputStream in = Objects.requireNonNull(ImportIntegrationTests.class.getClassLoader()
                .getResourceAsStream("seeds/" + name + ".txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }

    @BeforeEach
    void users() {
        hcmHost = users.user(org("Sở Nội vụ Thành phố Hồ Chí Minh"), Role.ORGANIZER);
        stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER);
    }

    long paste(CurrentUser as, String text) throws Exception {
        String location = mvc.perform(post("/import").param("text", text).with(user(as)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    Document page(CurrentUser as, long id) throws Exception {
        return Jsoup.parse(mvc.perform(get("/import/{id}", id).with(user(as))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Keeps of the proposed rows only what this test is about: no sessions, no tasks, only the importer's stop. */
    static void onlyTheHostsStop(MultiValueMap<String, String> form, long host) {
        form.keySet().removeIf(k -> k.matches("(task|session)-\\d+-keep"));
        for (int i = 0; form.containsKey("stop-" + i + "-host"); i++) {
            if (!String.valueOf(host).equals(form.getFirst("stop-" + i + "-host"))) {
                form.remove("stop-" + i + "-keep");
            }
        }
    }

    @Test
    void anIncomingArticleBecomesTheVisitorsDraftWithTheImporterAsHost() throws Exception {
        String article = seed("001_69676b97deb71c3b");
        long id = paste(hcmHost, article);
        Document page = page(hcmHost, id);
        assertThat(page.select("#article-text mark.fact-person").eachText()).contains("Tạ Văn Dũng");
        assertThat(page.select("#article-text mark.fact-document").text()).contains("683/SNV-CCVC");
        assertThat(page.getElementById("startDate").val()).isEqualTo("21/07/2022");
        assertThat(page.getElementById("endDate").val()).isEqualTo("22/07/2022");
        assertThat(page.getElementById("declaredMemberCount").val()).isEqualTo("57");

        long again = paste(hcmHost, "\n  " + article.replace(" ", "  ") + "\n");
        assertThat(again).as("the same article is found again, not copied").isEqualTo(id);
        mvc.perform(post("/import").param("text", article).with(user(hcmHost)).with(csrf()))
                .andExpect(flash().attribute("existing", true));

        long tuyenQuang = org("Sở Nội vụ tỉnh Tuyên Quang");
        MultiValueMap<String, String> form = ImportFixtures.form(page, "draft-form");
        onlyTheHostsStop(form, hcmHost.orgId());
        form.set("kind", "STUDY");
        form.set("title", "Đoàn nghiên cứu, học tập thực tế tỉnh Tuyên Quang");
        form.set("organizerId", "" + tuyenQuang);
        for (int i = 0; form.containsKey("member-" + i + "-name"); i++) {
            String name = form.getFirst("member-" + i + "-name");
            form.set("member-" + i + "-role", switch (name) {
                case "Tạ Văn Dũng" -> "HEAD";
                case "Nguyễn Thị Thược" -> "DEPUTY_HEAD";
                default -> "";
            });
            form.set("member-" + i + "-title", switch (name) {
                case "Tạ Văn Dũng" -> "Chánh Văn phòng UBND tỉnh";
                case "Nguyễn Thị Thược" -> "Giám đốc Sở Tư pháp";
                default -> Objects.requireNonNullElse(form.getFirst("member-" + i + "-title"), "");
            });
        }
        String location = mvc.perform(post("/import/{id}/confirm", id).with(user(hcmHost)).with(csrf()).params(form))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long delegation = idOf(location);
        assertThat(jdbc.sql("SELECT organizer_id FROM delegations WHERE id = ?").param(delegation).query(Long.class).single())
                .isEqualTo(tuyenQuang);
        assertThat(jdbc.sql("SELECT host_organization_id FROM delegation_stops WHERE delegation_id = ?").param(delegation)
                .query(Long.class).single()).isEqualTo(hcmHost.orgId());
        assertThat(jdbc.sql("SELECT number_symbol FROM delegation_documents WHERE delegation_id = ?").param(delegation)
                .query(String.class).single()).isEqualTo("683/SNV-CCVC");
        assertThat(jdbc.sql("""
                        SELECT string_agg(m.role || ':' || p.full_name || ':' || m.title_text, ';' ORDER BY m.position)
                        FROM delegation_members m JOIN persons p ON p.id = m.person_id WHERE m.delegation_id = ?""")
                .param(delegation).query(String.class).single())
                .isEqualTo("HEAD:Tạ Văn Dũng:Chánh Văn phòng UBND tỉnh;DEPUTY_HEAD:Nguyễn Thị Thược:Giám đốc Sở Tư pháp");
        mvc.perform(get("/delegations/{id}", delegation).with(user(hcmHost))).andExpect(status().isOk());
        CurrentUser visitor = users.user(tuyenQuang, Role.ORGANIZER);
        mvc.perform(get("/delegations/{id}", delegation).with(user(visitor))).andExpect(status().isOk());
        mvc.perform(get("/delegations/{id}", delegation).with(user(stranger))).andExpect(status().isNotFound());

        Document after = page(hcmHost, id);
        assertThat(after.getElementById("draft-exists")).isNotNull();
        assertThat(after.getElementById("draft-form")).isNull();
        long count = jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single();
        mvc.perform(post("/import/{id}/confirm", id).with(user(hcmHost)).with(csrf()).params(form))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single()).as("no second record")
                .isEqualTo(count);
    }

    @Test
    void htmlIsCleanedAndBadFilesAreExplained() throws Exception {
        String html = "<html><head><script>alert('x')</script><style>p{}</style></head><body><nav>Trang chủ</nav>"
                + "<h1>Sở Nội vụ tiếp đoàn công tác</h1><p>Ngày 15 tháng 7 năm 2022, Sở Nội vụ nhận được "
                + "Công văn số 683/SNV-CCVC.</p></body></html>";
        String location = mvc.perform(multipart("/import")
                        .file(new MockMultipartFile("file", "bai-viet.html", "text/html", html.getBytes(StandardCharsets.UTF_8)))
                        .with(user(hcmHost)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = idOf(location);
        String text = jdbc.sql("SELECT article_text FROM article_imports WHERE id = ?").param(id).query(String.class).single();
        assertThat(text).startsWith("Sở Nội vụ tiếp đoàn công tác\nNgày 15 tháng 7 năm 2022")
                .doesNotContain("alert").doesNotContain("Trang chủ").doesNotContain("<");

        assertError(new MockMultipartFile("file", "anh.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                "Chỉ nhận tệp .txt, .html hoặc .htm.");
        assertError(new MockMultipartFile("file", "bai.txt", "text/plain", new byte[] {'a', 0, 'b'}), "Tệp không phải văn bản.");
        assertError(new MockMultipartFile("file", "bai.txt", "text/plain", "Thành phố".getBytes(Charset.forName("windows-1258"))),
                "Tệp không phải văn bản UTF-8");
        String empty = HtmlUtils.htmlUnescape(mvc.perform(post("/import").param("text", "   ").with(user(hcmHost)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(empty).contains("Chưa có nội dung bài viết.");
    }

    void assertError(MockMultipartFile file, String message) throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(multipart("/import").file(file).with(user(hcmHost)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("id=\"import-error\"").contains(message);
    }

    @Test
    void anotherOrganizationCannotSeeConfirmOrLinkTheImport() throws Exception {
        long id = paste(hcmHost, seed("000_d97ff10424486e59"));
        mvc.perform(get("/import/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/import/{id}/confirm", id).with(user(stranger)).with(csrf()).param("kind", "SURVEY")
                .param("title", "x").param("organizerId", "" + stranger.orgId())).andExpect(status().isNotFound());
        mvc.perform(post("/import/{id}/link", id).with(user(stranger)).with(csrf()).param("delegationId", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/import/{id}/confirm-workshop", id).with(user(stranger)).with(csrf()).param("title", "x")
                .param("projectTitle", "y")).andExpect(status().isNotFound());
        assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/import").with(user(stranger))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))).doesNotContain("tiếp Đoàn khảo sát");
        assertThat(jdbc.sql("SELECT count(*) FROM article_imports WHERE id = ? AND delegation_id IS NOT NULL").param(id)
                .query(Long.class).single()).isZero();
        CurrentUser member = users.user(hcmHost.orgId(), Role.MEMBER);
        mvc.perform(post("/import").param("text", "Bài viết").with(user(member)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anIncomingArticleGuessesTheVisitorFromItsHeadline() throws Exception {
        long id = paste(hcmHost, seed("000_d97ff10424486e59"));
        Document page = page(hcmHost, id);
        long hanoi = org("Ủy ban nhân dân thành phố Hà Nội");
        assertThat(page.select("#organizerId option[selected]").val()).isEqualTo("" + hanoi);
        assertThat(page.select("#kind option[selected]").val()).isEqualTo("SURVEY");
        assertThat(page.select("#stop-0-host option[selected]").val()).as("the importer hosted the visit")
                .isEqualTo("" + hcmHost.orgId());
    }

    @Test
    void aRefusedFormIsShownAgainAsTypedWithEachProblem() throws Exception {
        long id = paste(hcmHost, seed("000_d97ff10424486e59") + "\nBài viết lấy lại để thử biểu mẫu.");
        MultiValueMap<String, String> form = ImportFixtures.form(page(hcmHost, id), "draft-form");
        form.set("organizerId", "");
        form.set("startDate", "31/02/2022");
        form.set("declaredMemberCount", "mười");
        form.set("title", "Tên đã gõ lại");
        long count = jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single();
        Document refused = Jsoup.parse(mvc.perform(post("/import/{id}/confirm", id).with(user(hcmHost)).with(csrf())
                        .params(form))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.getElementById("confirm-errors").select("p").eachText()).contains(
                "Từ ngày: Ngày phải có dạng dd/mm/yyyy, ví dụ 09/08/2022.",
                "Số người của đoàn: Số người phải là số nguyên dương.");
        assertThat(refused.getElementById("startDate").val()).isEqualTo("31/02/2022");
        assertThat(refused.getElementById("declaredMemberCount").val()).isEqualTo("mười");
        assertThat(refused.getElementById("title").val()).isEqualTo("Tên đã gõ lại");

        form.set("startDate", "09/08/2022");
        form.set("declaredMemberCount", "");
        Document noOrganizer = Jsoup.parse(mvc.perform(post("/import/{id}/confirm", id).with(user(hcmHost)).with(csrf())
                        .params(form))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(noOrganizer.getElementById("confirm-errors").text()).contains("Đơn vị tổ chức: Chọn đơn vị tổ chức đoàn.");
        assertThat(jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single()).isEqualTo(count);
    }

    @Test
    void seed002WhileItsDelegationIsOnRecordShowsTheDuplicateAndLinksTheArticleToIt() throws Exception {
        long onRecord = DemoSeeds.delegation(context, "seed-002");
        CurrentUser daNang = users.user(org("Ủy ban nhân dân thành phố Đà Nẵng"), Role.ORGANIZER);
        String article = seed("002_73f22c029abd28d7") + "\n(" + System.nanoTime() + ")";
        long id = paste(daNang, article);
        Document page = page(daNang, id);
        assertThat(page.getElementById("candidate-" + onRecord)).as("the visit on record is shown").isNotNull();
        assertThat(page.getElementById("candidate-" + onRecord).select(".reasons").text()).contains("cùng đơn vị tổ chức")
                .contains("thời gian trùng");
        assertThat(page.getElementById("confirm-import").text()).isEqualTo("Chuyến công tác khác → tạo hồ sơ mới");
        assertThat(page.getElementById("link-" + onRecord).text()).isEqualTo("Cùng chuyến công tác này → gắn bài viết vào hồ sơ đó");
        assertThat(page.getElementById("year-note").text()).isEqualTo("Năm 2024 được suy ra từ văn bản được dẫn gần nhất "
                + "(Nghị quyết số 136/2024/QH15 ngày 26/06/2024); bài viết không ghi năm — hãy kiểm tra.");

        CurrentUser haiPhong = users.user(org("Ủy ban nhân dân thành phố Hải Phòng"), Role.ORGANIZER);
        long theirs = paste(haiPhong, article);
        assertThat(page(haiPhong, theirs).getElementById("candidate-" + onRecord))
                .as("a record the organization may not see is never offered").isNull();
        mvc.perform(post("/import/{id}/link", theirs).with(user(haiPhong)).with(csrf()).param("delegationId", "" + onRecord))
                .andExpect(status().isNotFound());

        long count = jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single();
        mvc.perform(post("/import/{id}/link", id).with(user(daNang)).with(csrf()).param("delegationId", "" + onRecord))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("linkedArticle"));
        assertThat(jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single()).as("no new record")
                .isEqualTo(count);
        assertThat(jdbc.sql("SELECT delegation_id || ':' || linked FROM article_imports WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo(onRecord + ":true");
        assertThat(jdbc.sql("SELECT action FROM audit_events WHERE entity_type = 'article_import' AND entity_id = ? "
                + "ORDER BY id").param("" + id).query(String.class).list())
                .containsExactly("ARTICLE_IMPORTED", "ARTICLE_IMPORT_LINKED");
        Document linked = page(daNang, id);
        assertThat(linked.getElementById("draft-exists").text()).contains("Bài viết này đã được gắn vào hồ sơ đoàn có sẵn.");
        assertThat(linked.getElementById("duplicates")).isNull();

        mvc.perform(post("/import/{id}/link", id).with(user(daNang)).with(csrf()).param("delegationId", "" + onRecord))
                .andExpect(status().isConflict());
        mvc.perform(post("/import/{id}/confirm", id).with(user(daNang)).with(csrf()).param("kind", "EXCHANGE")
                .param("title", "Đoàn khác").param("organizerId", "" + daNang.orgId())).andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single()).isEqualTo(count);
    }
}
