package vn.traodoi.task;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * A task given at a session of a stop of delegation B but filed under delegation A of the same organization is
 * refused with 404: no task, no audit entry.
 */
@IntegrationTest
class SubRecordOwnershipIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser organizer;
    long org;
    long a;
    long b;

    @BeforeEach
    void twoDelegationsWithASessionEach() {
        org = users.organization("Sở giao việc sau hai đoàn");
        organizer = users.user(org, Role.ORGANIZER);
        a = delegationWithSession("Đoàn A làm việc tại Đà Nẵng");
        b = delegationWithSession("Đoàn B làm việc tại Cần Thơ");
    }

    long delegationWithSession(String title) {
        long id = jdbc.sql("""
                        INSERT INTO delegations (kind, title, organizer_id, status, start_date, end_date)
                        VALUES ('WORKING', ?, ?, 'COMPLETED', DATE '2023-03-01', DATE '2023-03-02') RETURNING id""")
                .params(title, org).query(Long.class).single();
        long stop = jdbc.sql("""
                        INSERT INTO delegation_stops (delegation_id, position, unit_id)
                        VALUES (?, 1, (SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = '48'))
                        RETURNING id""").param(id).query(Long.class).single();
        jdbc.sql("INSERT INTO delegation_sessions (stop_id, session_date, kind, side) VALUES (?, DATE '2023-03-01', 'WORKING_SESSION', 'GUEST')")
                .param(stop).update();
        return id;
    }

    long session(long delegation) {
        return jdbc.sql("""
                        SELECT s.id FROM delegation_sessions s JOIN delegation_stops t ON t.id = s.stop_id
                        WHERE t.delegation_id = ?""").param(delegation).query(Long.class).single();
    }

    String state() {
        return jdbc.sql("""
                        SELECT (SELECT max(id) FROM audit_events) || '|'
                            || (SELECT count(*) FROM follow_up_tasks WHERE delegation_id IN (?, ?))""")
                .params(a, b).query(String.class).single();
    }

    MockHttpServletRequestBuilder task(long delegation, long session) {
        return post("/tasks/new").with(user(organizer)).with(csrf()).param("task", "Nhân rộng mô hình một cửa")
                .param("assigneeIds", "" + org).param("deadlineKind", "NONE").param("delegationId", "" + delegation)
                .param("sessionId", "" + session);
    }

    @Test
    void aSessionOfAnotherDelegationIsRefused() throws Exception {
        String before = state();
        mvc.perform(task(a, session(b))).andExpect(status().isNotFound());
        assertThat(state()).isEqualTo(before).endsWith("|0");

        mvc.perform(task(a, session(a))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT session_id FROM follow_up_tasks WHERE delegation_id = ?").param(a).query(Long.class)
                .single()).isEqualTo(session(a));
    }
}
