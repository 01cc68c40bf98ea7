package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.traodoi.Events;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * Seed 004 end to end on the demo records of the three December 2022 delegations of the Sở Nội vụ Thành phố Hồ Chí
 * Minh: the secretary names a member (the article does not), the member files a report, the secretary compiles and
 * submits, the approver approves, and the proposals become follow-up tasks with deadlines. The names, results and
 * proposals below are what a user types in; the demo records themselves stay as the article states them: the approval's
 * consequences run once it commits (events, ADR 0012), so the test commits, and afterwards removes the demo records
 * it changed, with what was made from them, and loads them again as the demo data gives them.
 */
@IntegrationTest
class Seed004FlowIntegrationTests {

    static final List<String> CHANGED = List.of("seed-004-a", "seed-004-b", "seed-004-c", "seed-002");

    @AfterEach
    void loadTheDemoRecordsAgain() {
        DemoRecords.reload(jdbc, delegations, demo, transactions, CHANGED);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Delegations delegations;

    String body(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String page(String path, CurrentUser as) throws Exception {
        Events.settle(jdbc);
        return body(mvc.perform(get(path).with(user(as))).andExpect(status().isOk()));
    }

    int version(long delegation) {
        return jdbc.sql("SELECT version FROM delegations WHERE id = ?").param(delegation).query(Integer.class).single();
    }

    int tripVersion(long delegation) {
        return jdbc.sql("SELECT version FROM trip_reports WHERE delegation_id = ?").param(delegation).query(Integer.class)
                .single();
    }

    @Test
    void theThreeDecember2022DelegationsAreReportedAndTheirProposalsBecomeTasks() throws Exception {
        transactions.executeWithoutResult(status -> demo.load());
        long snv = jdbc.sql("SELECT id FROM organizations WHERE name = 'Sở Nội vụ Thành phố Hồ Chí Minh'")
                .query(Long.class).single();
        CurrentUser secretary = users.user(snv, Role.ORGANIZER);
        CurrentUser approver = users.user(snv, Role.APPROVER);
        CurrentUser stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER, Role.APPROVER);
        Map<String, String> members = Map.of("seed-004-a", "Trần Thị Thu Hà", "seed-004-b", "Lê Minh Khoa",
                "seed-004-c", "Phạm Quốc Bảo");
        Map<String, String> places = Map.of("seed-004-a", "Hà Nội", "seed-004-b", "Bắc Ninh", "seed-004-c", "Đà Nẵng");

        for (String key : List.of("seed-004-a", "seed-004-b", "seed-004-c")) {
            long id = delegations.delegationOfDemoKey(key).orElseThrow();
            Events.settle(jdbc);
            assertThat(jdbc.sql("SELECT status FROM delegations WHERE id = ?").param(id).query(String.class).single())
                    .isEqualTo("COMPLETED");
            String name = members.get(key);

            mvc.perform(post("/delegations/{id}/members", id).with(user(secretary)).with(csrf())
                            .param("role", "MEMBER").param("newPerson", name + ", Chuyên viên Phòng Cải cách hành chính")
                            .param("organizationId", "" + snv).param("version", "" + version(id)))
                    .andExpect(status().is3xxRedirection());
            long memberEntry = jdbc.sql("""
                            SELECT m.id FROM delegation_members m JOIN persons p ON p.id = m.person_id
                            WHERE m.delegation_id = ? AND p.full_name = ?""").params(id, name).query(Long.class).single();
            long person = jdbc.sql("SELECT person_id FROM delegation_members WHERE id = ?").param(memberEntry)
                    .query(Long.class).single();

            CurrentUser member = users.named(snv, name, Role.MEMBER);
            mvc.perform(post("/account/person").with(user(member)).with(csrf()).param("personId", "" + person))
                    .andExpect(status().is3xxRedirection());
            assertThat(page("/delegations/" + id + "/reports", secretary))
                    .as("the month-only visit ends 31/12/2022; reports are due 15 days later")
                    .contains("Hạn nộp báo cáo của thành viên: 15/01/2023").contains(name).contains("Chưa nộp");

            String learned = "Bộ phận một cửa tại " + places.get(key) + " tiếp nhận hồ sơ trực tuyến toàn trình";
            mvc.perform(post("/delegations/{id}/reports/members/{m}", id, memberEntry).with(user(member)).with(csrf())
                            .param("learned", learned).param("proposals", "Nhân rộng tiếp nhận hồ sơ trực tuyến"))
                    .andExpect(status().is3xxRedirection());

            mvc.perform(post("/delegations/{id}/reports/compile", id).with(user(secretary)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(page("/delegations/" + id + "/reports", secretary)).contains(name + ": " + learned)
                    .as("the programme part comes from the record: the places, and no day the article did not give")
                    .contains("Chương trình làm việc theo từng địa phương, từng ngày").contains(places.get(key))
                    .contains("Chưa có buổi làm việc")
                    .contains("Nhân rộng tiếp nhận hồ sơ trực tuyến (" + name + ")");

            mvc.perform(post("/delegations/{id}/reports/trip", id).with(user(secretary)).with(csrf())
                            .param("results", name + ": " + learned)
                            .param("lessons", "Cải cách hành chính: " + learned)
                            .param("proposals", "Xây dựng giải pháp nâng cao Chỉ số PAR Index | Sở Nội vụ Thành phố Hồ Chí Minh | 6/2027\n"
                                    + "Triển khai tiếp nhận hồ sơ trực tuyến toàn trình | Sở Nội vụ Thành phố Hồ Chí Minh | "
                                    + "Ban Dân vận Thành ủy Thành phố Hồ Chí Minh; Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh | 2026-2030\n"
                                    + "Nâng cao xếp hạng PAPI năm 2023 | Sở Nội vụ Thành phố Hồ Chí Minh | 12/2023\n"
                                    + "Trao đổi định kỳ với các địa phương đã đến | Tổ công tác liên ngành | 3/2023")
                            .param("version", "" + tripVersion(id)).param("action", "submit"))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post("/delegations/{id}/reports/decision", id).with(user(stranger)).with(csrf())
                    .param("decision", "approve").param("version", "" + tripVersion(id))).andExpect(status().isNotFound());
            mvc.perform(post("/delegations/{id}/reports/decision", id).with(user(approver)).with(csrf())
                            .param("decision", "approve").param("version", "" + tripVersion(id)))
                    .andExpect(status().is3xxRedirection());

            Events.settle(jdbc);

            assertThat(jdbc.sql("SELECT status FROM delegations WHERE id = ?").param(id).query(String.class).single())
                    .isEqualTo("REPORTED");
            Events.settle(jdbc);
            assertThat(jdbc.sql("""
                            SELECT t.deadline_kind || ' ' || coalesce(t.deadline_date::text, '') || ' '
                                || coalesce(t.period_from::text, '') || ' ' || coalesce(t.period_to::text, '') || ' '
                                || (SELECT count(*) FILTER (WHERE a.lead) || '+' || count(*) FILTER (WHERE NOT a.lead)
                                    FROM follow_up_task_assignees a WHERE a.task_id = t.id)
                            FROM follow_up_tasks t WHERE t.delegation_id = ? ORDER BY t.id""").param(id)
                    .query(String.class).list())
                    .as("the trip was in 12/2022: a 12/2023 deadline proposed after it is a task, overdue today")
                    .containsExactly("MONTH 2027-06-30   1+0", "PERIOD 2030-12-31 2026 2030 1+2", "MONTH 2023-12-31   1+0");
            Document report = Jsoup.parse(page("/delegations/" + id + "/reports", approver));
            assertThat(report.select("#leftovers .leftover").eachText()).as("the line whose lead is not in the directory")
                    .singleElement().asString().contains("Trao đổi định kỳ với các địa phương đã đến")
                    .contains("Cơ quan “Tổ công tác liên ngành” chưa có trong danh mục");
        }

        String tasks = page("/tasks", secretary);
        assertThat(Jsoup.parse(tasks).text()).contains("Sở Nội vụ Thành phố Hồ Chí Minh (phối hợp: Ban Dân vận Thành ủy Thành phố Hồ Chí Minh; "
                + "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh)");
        assertThat(tasks).contains("Xây dựng giải pháp nâng cao Chỉ số PAR Index").contains("tháng 6/2027")
                .contains("giai đoạn 2026-2030").contains("Nâng cao xếp hạng PAPI năm 2023");
        assertThat(page("/lessons?q=mot cua", approver)).contains("Hà Nội").contains("Bắc Ninh").contains("Đà Nẵng");
        long first = delegations.delegationOfDemoKey("seed-004-a").orElseThrow();
        long hanoi = jdbc.sql("SELECT unit_id FROM delegation_stops WHERE delegation_id = ? ORDER BY position LIMIT 1")
                .param(first).query(Long.class).single();
        assertThat(page("/lessons?q=mot cua&place=" + hanoi, approver)).as("what was learned in Hà Nội, and from whom")
                .contains("Bộ phận một cửa tại Hà Nội").doesNotContain("Bộ phận một cửa tại Bắc Ninh")
                .contains("Hà Nội (").contains("Bắc Ninh (1)");
        assertThat(page("/delegations/" + first + "/reports?lang=en", secretary)).contains("Members' reports")
                .contains("Members' reports are due by 15/01/2023").contains("Trần Thị Thu Hà");
        assertThat(page("/tasks?lang=en", secretary)).contains("within 6/2027").contains("period 2026-2030");
        assertThat(page("/tasks", stranger)).doesNotContain("Xây dựng giải pháp nâng cao Chỉ số PAR Index");
    }

    @Test
    void theSeed002TripReportCarriesTheLegalBasesAndTheProgrammeFromTheRecord() throws Exception {
        transactions.executeWithoutResult(status -> demo.load());
        long daNang = jdbc.sql("SELECT id FROM organizations WHERE name = 'Ủy ban nhân dân thành phố Đà Nẵng'")
                .query(Long.class).single();
        CurrentUser secretary = users.user(daNang, Role.ORGANIZER);
        long id = delegations.delegationOfDemoKey("seed-002").orElseThrow();
        mvc.perform(post("/delegations/{id}/reports/compile", id).with(user(secretary)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String report = Jsoup.parse(page("/delegations/" + id + "/reports", secretary)).select("#trip-from-record")
                .text();
        assertThat(report).contains("Nghị quyết số 98/2023/QH15 ngày 24/06/2023 của Quốc hội về thí điểm")
                .contains("Nghị quyết số 136/2024/QH15 ngày 26/06/2024 của Quốc hội")
                .contains("Chưa rõ ngày: Buổi làm việc — Ủy ban nhân dân tỉnh Bình Dương (5 nội dung)")
                .contains("(3 nội dung)")
                .contains("Trưởng đoàn: Lê Trung Chinh, Chủ tịch UBND thành phố Đà Nẵng")
                .contains("Thành viên: Lãnh đạo các cơ quan chuyên môn thuộc UBND thành phố");
        assertThat(Jsoup.parse(page("/delegations/" + id + "/reports?lang=en", secretary)).text())
                .contains("Programme by place and day").contains("(5 topics)");

        CurrentUser approver = users.user(daNang, Role.APPROVER);
        mvc.perform(post("/delegations/{id}/reports/trip", id).with(user(secretary)).with(csrf())
                        .param("results", "Đoàn đã làm việc với Bình Dương và Thành phố Hồ Chí Minh.")
                        .param("lessons", "Nhà ở xã hội: Bình Dương bố trí quỹ đất nhà ở xã hội ngay trong khu công nghiệp")
                        .param("version", "" + tripVersion(id)).param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/delegations/{id}/reports/decision", id).with(user(approver)).with(csrf())
                        .param("decision", "approve").param("version", "" + tripVersion(id)))
                .andExpect(status().is3xxRedirection());
        String lessons = Jsoup.parse(page("/lessons?q=nha o xa hoi", approver)).select("#lessons").text();
        assertThat(lessons).as("what was learned, and from whom").contains("Nhà ở xã hội:")
                .contains("Ủy ban nhân dân tỉnh Bình Dương").contains("Ủy ban nhân dân Thành phố Hồ Chí Minh");
    }

    @Test
    void aSeed002TaskAssignedAtTheWorkingSessionLinksBackToIt() throws Exception {
        transactions.executeWithoutResult(status -> demo.load());
        long daNang = jdbc.sql("SELECT id FROM organizations WHERE name = 'Ủy ban nhân dân thành phố Đà Nẵng'")
                .query(Long.class).single();
        CurrentUser secretary = users.user(daNang, Role.ORGANIZER);
        CurrentUser stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER);
        long id = delegations.delegationOfDemoKey("seed-002").orElseThrow();
        long session = jdbc.sql("""
                        SELECT x.id FROM delegation_sessions x JOIN delegation_stops s ON s.id = x.stop_id
                        JOIN organizations o ON o.id = x.visited_organization_id
                        WHERE s.delegation_id = ? AND o.name = 'Ủy ban nhân dân Thành phố Hồ Chí Minh'""")
                .param(id).query(Long.class).single();
        assertThat(page("/delegations/" + id + "?tab=programme", secretary)).contains("id=\"assign-" + session + "\"");
        assertThat(page("/tasks/new?delegation=" + id + "&session=" + session, secretary))
                .contains("Kết luận tại buổi làm việc – Ủy ban nhân dân Thành phố Hồ Chí Minh");
        mvc.perform(get("/tasks/new").param("delegation", "" + id).param("session", "" + session).with(user(stranger)))
                .andExpect(status().isNotFound());

        long sdpi = jdbc.sql("SELECT id FROM organizations WHERE name = 'Sở Kế hoạch và Đầu tư thành phố Đà Nẵng'")
                .query(Long.class).single();
        String task = "Nghiên cứu kinh nghiệm triển khai Nghị quyết số 98/2023/QH15 để áp dụng tại Đà Nẵng";
        String location = mvc.perform(post("/tasks/new").with(user(secretary)).with(csrf()).param("task", task)
                        .param("assigneeIds", "" + sdpi).param("deadlineKind", "PERIOD").param("deadline", "2026-2030")
                        .param("delegationId", "" + id).param("sessionId", "" + session)
                        .param("source", "Kết luận tại buổi làm việc – Ủy ban nhân dân Thành phố Hồ Chí Minh"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(location, secretary)).contains("/delegations/" + id + "?tab=programme#session-" + session);

        long otherSession = jdbc.sql("SELECT min(id) FROM delegation_sessions WHERE stop_id NOT IN "
                + "(SELECT id FROM delegation_stops WHERE delegation_id = ?)").param(id).query(Long.class).single();
        long tasks = jdbc.sql("SELECT count(*) FROM follow_up_tasks").query(Long.class).single();
        mvc.perform(post("/tasks/new").with(user(secretary)).with(csrf()).param("task", task)
                        .param("assigneeIds", "" + sdpi).param("deadlineKind", "PERIOD").param("deadline", "2026-2030")
                        .param("delegationId", "" + id).param("sessionId", "" + otherSession))
                .andExpect(status().isNotFound());
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT count(*) FROM follow_up_tasks").query(Long.class).single())
                .as("a session of another delegation is no session of this one").isEqualTo(tasks);
    }
}
