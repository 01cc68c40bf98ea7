package vn.traodoi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/** "chinh quyen do thi" finds what an organization learned, planned, discussed, was given and published — only its own. */
@IntegrationTest
class KnowledgeSearchIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    Document page(String path, CurrentUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void everyKindOfRecordIsFoundWithoutDiacriticsAndOnlyByItsOrganization() throws Exception {
        long org = users.organization("Văn phòng thử tra cứu");
        CurrentUser me = users.user(org, Role.ORGANIZER);
        CurrentUser stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER);
        long d = jdbc.sql("""
                INSERT INTO delegations (kind, title, purpose, organizer_id) VALUES ('STUDY',
                  'Đoàn học tập mô hình chính quyền đô thị', 'Thực hiện Kế hoạch số 196/KH-UBND', ?) RETURNING id""")
                .param(org).query(Long.class).single();
        jdbc.sql("INSERT INTO lessons (delegation_id, organization_id, topic, content) VALUES (?, ?, 'Tổ chức bộ máy', "
                + "'Không tổ chức Hội đồng nhân dân phường khi thực hiện chính quyền đô thị')").params(d, org).update();
        long w = jdbc.sql("""
                INSERT INTO workshops (owner_id, title, project_title) VALUES (?, 'Hội thảo góp ý đề án',
                  'Đề án tổ chức chính quyền đô thị') RETURNING id""").param(org).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO workshop_comments (workshop_id, channel, author_name, content, status, response)
                VALUES (?, 'MINUTES', 'Đại biểu', 'Làm rõ thẩm quyền của chính quyền đô thị', 'EXPLAINED', 'Đã quy định')""")
                .param(w).update();
        long t = jdbc.sql("INSERT INTO follow_up_tasks (owner_id, task) VALUES (?, 'Hoàn thiện đề án chính quyền đô thị') RETURNING id")
                .param(org).query(Long.class).single();
        jdbc.sql("INSERT INTO follow_up_task_assignees (task_id, organization_id) VALUES (?, ?)").params(t, org).update();

        Document found = page("/search?q=chinh+quyen+do+thi", me);
        for (String kind : new String[] {"LESSON", "DELEGATION", "WORKSHOP", "COMMENT", "TASK"}) {
            assertThat(found.getElementById("results-" + kind)).as(kind).isNotNull();
        }
        assertThat(found.getElementById("results-LESSON").text()).contains("Không tổ chức Hội đồng nhân dân phường");
        assertThat(found.getElementById("results-COMMENT").text()).contains("Đại biểu: Làm rõ thẩm quyền");
        assertThat(page("/search?q=196/KH-UBND", me).getElementById("results-DELEGATION").text())
                .contains("Đoàn học tập mô hình chính quyền đô thị");

        Document theirs = page("/search?q=chinh+quyen+do+thi", stranger);
        for (String kind : new String[] {"LESSON", "DELEGATION", "WORKSHOP", "COMMENT", "TASK"}) {
            assertThat(theirs.getElementById("results-" + kind)).as(kind).isNull();
        }
        assertThat(page("/search?q=", me).getElementById("search-none")).isNull();
        assertThat(page("/search?q=khongcogiphuhop", me).getElementById("search-none")).isNotNull();
        mvc.perform(get("/search").param("q", "x")).andExpect(status().is3xxRedirection());
    }
}
