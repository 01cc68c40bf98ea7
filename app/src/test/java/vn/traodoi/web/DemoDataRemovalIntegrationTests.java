package vn.traodoi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.system.TraodoiProperties;

/**
 * Removing the demo data later: the administrator sees what would go, removing changes nothing until the box is
 * ticked, and then each module's demo records go (with what was made from them, their files and the notices about
 * them), the demo users are disabled and signed out, everything else stays, and each removed record is audited. The
 * demo data is loaded again afterwards, since other tests share the database.
 */
@IntegrationTest
class DemoDataRemovalIntegrationTests {

    private static final String DEMO_TASKS = """
            SELECT count(*) FROM follow_up_tasks WHERE delegation_id IN (SELECT id FROM delegations WHERE demo_key IS NOT NULL)
               OR workshop_id IN (SELECT id FROM workshops WHERE demo_key IS NOT NULL)""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TraodoiProperties properties;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @AfterEach
    void loadTheDemoDataAgain() throws Exception {
        mvc.perform(post("/admin/first-run/demo").with(user(users.admin())).with(csrf())).andExpect(status().isOk());
        jdbc.sql("UPDATE users SET enabled = true WHERE username LIKE 'demo.%'").update();
        jdbc.sql("DELETE FROM first_run_choice").update();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Long[] ids(String sql) {
        return jdbc.sql(sql).query(Long.class).list().toArray(Long[]::new);
    }

    private Document page(CurrentUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/demo-data").with(user(as))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private String signIn(String username) {
        Session session = sessions.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
        ((FindByIndexNameSessionRepository<Session>) sessions).save(session);
        return session.getId();
    }

    @Test
    void anAdministratorRemovesTheDemoDataAndNothingElse() throws Exception {
        CurrentUser admin = users.admin();
        mvc.perform(post("/admin/first-run/demo").with(user(admin)).with(csrf())).andExpect(status().isOk());
        long seed001 = jdbc.sql("SELECT id FROM delegations WHERE demo_key = 'seed-001'").query(Long.class).single();
        List<Long> articles = jdbc.sql("""
                        SELECT id FROM news_articles WHERE delegation_id IN (SELECT id FROM delegations WHERE demo_key IS NOT NULL)
                           OR workshop_id IN (SELECT id FROM workshops WHERE demo_key IS NOT NULL)""").query(Long.class).list();
        assertThat(articles).as("seed 000 on the portal").isNotEmpty();
        long demoUser = jdbc.sql("SELECT id FROM users WHERE username = 'demo.hanoi'").query(Long.class).single();
        long session = jdbc.sql("""
                        SELECT x.id FROM delegation_sessions x JOIN delegation_stops s ON s.id = x.stop_id
                        WHERE s.delegation_id = ? ORDER BY x.id LIMIT 1""").param(seed001).query(Long.class).single();
        Path photos = properties.dataDir().toAbsolutePath().normalize().resolve("files").resolve("photos");
        Files.createDirectories(photos);
        String photo = UUID.randomUUID().toString();
        Files.write(photos.resolve(photo), new byte[] {1, 2, 3});
        jdbc.sql("""
                        INSERT INTO session_photos (session_id, storage_name, content_type, size_bytes)
                        VALUES (?, ?, 'image/jpeg', 3)""").params(session, photo).update();
        jdbc.sql("""
                        INSERT INTO notices (user_id, notice_key, message_key, link)
                        VALUES (?, ?, 'delegationConfirmStop', ?), (?, ?, 'delegationConfirmStop', '/delegations')""")
                .params(admin.userId(), "test:" + photo, "/delegations/" + seed001 + "?tab=programme", admin.userId(),
                        "test-kept:" + photo).update();
        long organizer001 = jdbc.sql("SELECT organizer_id FROM delegations WHERE id = ?").param(seed001).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO issued_documents (organization_id, type, record_link, register_entry_id, number, symbol,
                            issued_on, signer_position, signer_name, signed, audience, docx, pdf, issued_by)
                        VALUES (?, 'KE_HOACH', ?, -1, '01', 'KH-SNV', DATE '2026-12-01', 'Giám đốc', 'Người ký thử', false,
                            ARRAY[?]::bigint[], '\\x00', '\\x00', ?)""")
                .params(organizer001, "/delegations/" + seed001, organizer001, admin.userId()).update();
        long ownOrganization = users.organization("Cơ quan không phải mẫu");
        long kept = jdbc.sql("INSERT INTO follow_up_tasks (owner_id, task) VALUES (?, 'Nhiệm vụ thật, không phải mẫu') RETURNING id")
                .param(ownOrganization).query(Long.class).single();
        String demoSession = signIn("demo.hanoi");
        Map<String, Long[]> demo = Map.of(
                "delegations", ids("SELECT id FROM delegations WHERE demo_key IS NOT NULL"),
                "workshops", ids("SELECT id FROM workshops WHERE demo_key IS NOT NULL"),
                "tasks", ids(DEMO_TASKS.replace("count(*)", "id")));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM search_documents
                        WHERE (kind = 'DELEGATION' AND record_id = ANY (:delegations))
                           OR (kind = 'WORKSHOP' AND record_id = ANY (:workshops))""")
                .param("delegations", demo.get("delegations")).param("workshops", demo.get("workshops"))
                .query(Long.class).single()).as("the demo records are found by the search").isPositive();
        long delegationsBefore = count("SELECT count(*) FROM delegations");
        long demoDelegations = count("SELECT count(*) FROM delegations WHERE demo_key IS NOT NULL");
        long demoTasks = count(DEMO_TASKS);
        assertThat(demoDelegations).isGreaterThanOrEqualTo(6);
        assertThat(demoTasks).as("the seed 003 workshop's tasks").isGreaterThanOrEqualTo(3);

        CurrentUser organizer = users.user(ownOrganization, Role.ORGANIZER, Role.APPROVER);
        mvc.perform(get("/admin/demo-data").with(user(organizer))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/demo-data/remove").param("understood", "on").with(user(organizer)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(Jsoup.parse(mvc.perform(get("/").with(user(admin))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).getElementById("demo-present")).isNotNull();

        Document preview = page(admin);
        assertThat(preview.select("#demo-preview li[data-kind=demo.removed.delegations]").text())
                .isEqualTo(demoDelegations + " đoàn công tác (cùng thành viên, lịch trình, tài liệu)");
        assertThat(preview.select("#demo-preview li[data-kind=demo.removed.tasks]").text()).startsWith(demoTasks + " nhiệm vụ");
        assertThat(preview.select("#demo-preview li[data-kind=demo.removed.users]").text()).endsWith("tài khoản mẫu bị khóa");
        assertThat(preview.select("#demo-preview li[data-kind=demo.removed.photos]").text()).isEqualTo("1 ảnh buổi làm việc");
        assertThat(preview.select("#demo-preview li[data-kind=demo.removed.issuedDocuments]").text())
                .isEqualTo("1 văn bản đã phát hành từ các hồ sơ này");
        assertThat(preview.select("#demo-preview li[data-kind=demo.removed.notices]").text())
                .isEqualTo("1 thông báo về các hồ sơ này");
        assertThat(count("SELECT count(*) FROM delegations WHERE demo_key IS NOT NULL")).as("a preview removes nothing")
                .isEqualTo(demoDelegations);
        assertThat(Files.exists(photos.resolve(photo))).isTrue();
        assertThat(sessions.findById(demoSession)).isNotNull();

        Document unticked = Jsoup.parse(mvc.perform(post("/admin/demo-data/remove").with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(unticked.getElementById("understood-error").text()).isEqualTo("Hãy đánh dấu ô này để xác nhận trước khi gỡ.");
        assertThat(count("SELECT count(*) FROM delegations WHERE demo_key IS NOT NULL")).isEqualTo(demoDelegations);

        Cookie browser = mvc.perform(post("/admin/demo-data/remove").param("understood", "on").with(user(admin))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        assertThat(browser).as("the flash of the result is kept in the session").isNotNull();
        Document done = Jsoup.parse(mvc.perform(get("/admin/demo-data").with(user(admin)).cookie(browser)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(done.select("#demo-removed li[data-kind=demo.removed.delegations]").text())
                .startsWith(demoDelegations + " đoàn công tác");
        assertThat(done.getElementById("demo-none")).as("nothing left to remove").isNotNull();

        assertThat(count("SELECT count(*) FROM delegations WHERE demo_key IS NOT NULL")).isZero();
        assertThat(count("SELECT count(*) FROM delegations")).isEqualTo(delegationsBefore - demoDelegations);
        assertThat(count("SELECT count(*) FROM workshops WHERE demo_key IS NOT NULL")).isZero();
        assertThat(count(DEMO_TASKS)).isZero();
        assertThat(count("SELECT count(*) FROM follow_up_tasks WHERE workshop_id IS NULL AND delegation_id IS NULL "
                + "AND source LIKE 'Kết luận tại Hội thảo góp ý Đề án tổ chức chính quyền đô thị thành phố Hải Phòng%'"))
                .as("no task of the demo left behind without its workshop").isZero();
        assertThat(count("SELECT count(*) FROM follow_up_tasks WHERE id = " + kept)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM news_articles WHERE id = ANY (?)").param(articles.toArray(Long[]::new))
                .query(Long.class).single()).isZero();
        assertThat(count("SELECT count(*) FROM search_documents WHERE kind = 'DELEGATION' AND record_id = " + seed001)).isZero();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM search_documents
                        WHERE (kind = 'DELEGATION' AND record_id = ANY (:delegations))
                           OR (kind = 'WORKSHOP' AND record_id = ANY (:workshops))
                           OR (kind = 'TASK' AND record_id = ANY (:tasks))
                           OR (kind = 'ARTICLE' AND record_id = ANY (:articles))""")
                .param("delegations", demo.get("delegations")).param("workshops", demo.get("workshops"))
                .param("tasks", demo.get("tasks")).param("articles", articles.toArray(Long[]::new))
                .query(Long.class).single()).as("no search document of a removed record").isZero();
        assertThat(count("SELECT count(*) FROM notices WHERE notice_key = 'test:" + photo + "'")).isZero();
        assertThat(count("SELECT count(*) FROM notices WHERE notice_key = 'test-kept:" + photo + "'")).isEqualTo(1);
        assertThat(Files.exists(photos.resolve(photo))).as("the photo file goes once the removal commits").isFalse();
        assertThat(count("SELECT count(*) FROM issued_documents WHERE record_link = '/delegations/" + seed001 + "'")).isZero();
        assertThat(jdbc.sql("SELECT enabled FROM users WHERE id = ?").param(demoUser).query(Boolean.class).single()).isFalse();
        assertThat(sessions.findById(demoSession)).as("the demo user is signed out").isNull();
        assertThat(count("SELECT count(*) FROM organizations WHERE name = 'Ủy ban nhân dân thành phố Hà Nội'")).isEqualTo(1);
        List<String> audited = jdbc.sql("SELECT action FROM audit_events WHERE entity_type = 'delegation' AND entity_id = ?")
                .param(String.valueOf(seed001)).query(String.class).list();
        assertThat(audited).contains("DELEGATION_REMOVED");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'DEMO_DATA_REMOVED'")).isGreaterThanOrEqualTo(1);

        mvc.perform(post("/admin/demo-data/remove").param("understood", "on").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count("SELECT count(*) FROM delegations")).as("removing again removes nothing")
                .isEqualTo(delegationsBefore - demoDelegations);

        Document reloaded = Jsoup.parse(mvc.perform(post("/admin/first-run/demo").with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(reloaded.select("#demo-users").text()).as("the demo users come back, with a new password shown once")
                .contains("demo.hanoi");
        assertThat(reloaded.getElementById("demo-password").text()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(jdbc.sql("SELECT enabled FROM users WHERE id = ?").param(demoUser).query(Boolean.class).single()).isTrue();
        assertThat(count("SELECT count(*) FROM delegations WHERE demo_key IS NOT NULL")).isEqualTo(demoDelegations);
    }
}
