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
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

@IntegrationTest
class ImportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void anIncomingArticleBecomesTheVisitorsDraftWithTheImporterAsHost() throws Exception {
        String article = seed("001_69676b97deb71c3b");
        long id = paste(hcmHost, article);
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/import/{id}", id).with(user(hcmHost)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("<mark class=\"fact fact-person\" title=\"Người\">Tạ Văn Dũng</mark>")
                .contains("fact fact-document").contains("683/SNV-CCVC").contains("value=\"21/07/2022\"")
                .contains("value=\"22/07/2022\"").contains("value=\"57\"");

        long again = paste(hcmHost, "\n  " + article.replace(" ", "  ") + "\n");
        assertThat(again).as("the same article is found again, not copied").isEqualTo(id);
        mvc.perform(post("/import").param("text", article).with(user(hcmHost)).with(csrf()))
                .andExpect(flash().attribute("existing", true));

        long tuyenQuang = org("Sở Nội vụ tỉnh Tuyên Quang");
        String location = mvc.perform(post("/import/{id}/confirm", id).with(user(hcmHost)).with(csrf())
                        .param("kind", "STUDY").param("title", "Đoàn nghiên cứu, học tập thực tế tỉnh Tuyên Quang")
                        .param("organizerId", "" + tuyenQuang).param("startDate", "21/07/2022").param("endDate", "22/07/2022")
                        .param("declaredMemberCount", "57").param("documents", "0").param("role-0", "HEAD")
                        .param("role-1", "DEPUTY_HEAD"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long delegation = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
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
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String text = jdbc.sql("SELECT article_text FROM article_imports WHERE id = ?").param(id).query(String.class).single();
        assertThat(text).startsWith("Sở Nội vụ tiếp đoàn công tác\nNgày 15 tháng 7 năm 2022")
                .doesNotContain("alert").doesNotContain("Trang chủ").doesNotContain("<");

        assertError(new MockMultipartFile("file", "anh.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                "Chỉ nhận tệp .txt, .html hoặc .htm.");
        assertError(new MockMultipartFile("file", "bai.txt", "text/plain", new byte[] {'a', 0, 'b'}), "Tệp không phải văn bản.");
        assertError(new MockMultipartFile("file", "bai.txt", "text/plain", "Thành phố".getBytes(java.nio.charset.Charset.forName("windows-1258"))),
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
    void anotherOrganizationCannotSeeOrConfirmTheImport() throws Exception {
        long id = paste(hcmHost, seed("000_d97ff10424486e59"));
        mvc.perform(get("/import/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/import/{id}/confirm", id).with(user(stranger)).with(csrf()).param("kind", "SURVEY")
                .param("title", "x").param("organizerId", "" + stranger.orgId())).andExpect(status().isNotFound());
        assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/import").with(user(stranger))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))).doesNotContain("tiếp Đoàn khảo sát");
        CurrentUser member = users.user(hcmHost.orgId(), Role.MEMBER);
        mvc.perform(post("/import").param("text", "Bài viết").with(user(member)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anOutgoingArticleProposesTheImportersOwnDraftAndAnIncomingOneGuessesTheVisitor() throws Exception {
        long id = paste(hcmHost, seed("000_d97ff10424486e59"));
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/import/{id}", id).with(user(hcmHost))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        long hanoi = org("Ủy ban nhân dân thành phố Hà Nội");
        assertThat(page).contains("value=\"" + hanoi + "\" selected=\"selected\"").contains("value=\"SURVEY\" selected=\"selected\"");
    }
}
