package vn.traodoi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * A member entry or a topic of delegation B named in a member's report on delegation A of the same organization is
 * refused with 404: no report is stored, nothing is audited. The same person is a member of both, so that only whose
 * entry it is decides.
 */
@IntegrationTest
class SubRecordOwnershipIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser member;
    long person;
    long a;
    long b;

    @BeforeEach
    void twoCompletedTripsWithTheSameMember() {
        long org = users.organization("Sở có hai chuyến công tác");
        member = users.user(org, Role.MEMBER);
        person = jdbc.sql("INSERT INTO persons (full_name) VALUES (?) RETURNING id").param(member.fullName())
                .query(Long.class).single();
        jdbc.sql("UPDATE users SET person_id = ? WHERE id = ?").params(person, member.userId()).update();
        a = completedTrip(org, "Đoàn A học tập tại Hà Nội");
        b = completedTrip(org, "Đoàn B học tập tại Quảng Ninh");
    }

    long completedTrip(long org, String title) {
        long id = jdbc.sql("""
                        INSERT INTO delegations (kind, title, organizer_id, status, start_date, end_date)
                        VALUES ('STUDY', ?, ?, 'COMPLETED', DATE '2022-12-01', DATE '2022-12-05') RETURNING id""")
                .params(title, org).query(Long.class).single();
        jdbc.sql("INSERT INTO delegation_members (delegation_id, position, role, person_id) VALUES (?, 1, 'MEMBER', ?)")
                .params(id, person).update();
        jdbc.sql("INSERT INTO delegation_topics (delegation_id, position, content) VALUES (?, 1, 'Một cửa liên thông')")
                .param(id).update();
        return id;
    }

    long one(String table, long delegation) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE delegation_id = ?").param(delegation).query(Long.class).single();
    }

    /** The last audit entry and every member report of both trips, with its parts. */
    String state() {
        return jdbc.sql("""
                        SELECT (SELECT max(id) FROM audit_events) || '|' || coalesce((
                            SELECT string_agg(r.id || ':' || r.member_id || ':' || r.version || ':'
                                              || coalesce((SELECT string_agg(t.topic_id || '=' || t.content, ';')
                                                           FROM member_report_topics t WHERE t.member_report_id = r.id), ''), ',')
                            FROM member_reports r WHERE r.delegation_id IN (?, ?)), 'none')""")
                .params(a, b).query(String.class).single();
    }

    @Test
    void aMemberEntryOfAnotherDelegationIsRefused() throws Exception {
        String before = state();
        mvc.perform(post("/delegations/{id}/reports/members/{m}", a, one("delegation_members", b)).with(user(member))
                .with(csrf()).param("learned", "Hà Nội tiếp nhận hồ sơ trực tuyến")).andExpect(status().isNotFound());
        assertThat(state()).isEqualTo(before).endsWith("|none");
    }

    @Test
    void aTopicOfAnotherDelegationIsRefusedAndNothingOfTheReportIsStored() throws Exception {
        String before = state();
        mvc.perform(post("/delegations/{id}/reports/members/{m}", a, one("delegation_members", a)).with(user(member))
                        .with(csrf()).param("learned", "Hà Nội tiếp nhận hồ sơ trực tuyến")
                        .param("topic-" + one("delegation_topics", b), "Phần lạc sang đoàn khác"))
                .andExpect(status().isNotFound());
        assertThat(state()).isEqualTo(before).endsWith("|none");

        // With A's own entry and topic the same report is filed.
        mvc.perform(post("/delegations/{id}/reports/members/{m}", a, one("delegation_members", a)).with(user(member))
                        .with(csrf()).param("learned", "Hà Nội tiếp nhận hồ sơ trực tuyến")
                        .param("topic-" + one("delegation_topics", a), "Một cửa tại mỗi phường"))
                .andExpect(status().is3xxRedirection());
        assertThat(state()).contains("=Một cửa tại mỗi phường");
    }
}
