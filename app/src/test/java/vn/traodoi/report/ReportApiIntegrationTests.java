package vn.traodoi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.traodoi.Events;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/** The trip reports' JSON API: members file, the secretary compiles and submits, the approver decides. */
@IntegrationTest
class ReportApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    long organizer;
    CurrentUser secretary;
    CurrentUser approver;
    CurrentUser member;
    CurrentUser stranger;
    long delegation;
    long memberEntry;

    @BeforeEach
    void aCompletedVisitWithOneMember() throws Exception {
        organizer = users.organization("Sở Xây dựng đi học tập");
        secretary = users.user(organizer, Role.ORGANIZER);
        approver = users.user(organizer, Role.APPROVER);
        member = users.user(organizer, Role.MEMBER);
        stranger = users.user(users.organization("Cơ quan không liên quan"), Role.ORGANIZER, Role.APPROVER, Role.ADMIN);
        long danang = jdbc.sql("SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = '48'")
                .query(Long.class).single();
        delegation = jdbc.sql("""
                        INSERT INTO delegations (kind, title, organizer_id, status, start_date, end_date, date_precision)
                        VALUES ('STUDY', 'Đoàn học tập quản lý trật tự xây dựng tại Đà Nẵng', ?, 'COMPLETED',
                                DATE '2026-09-14', DATE '2026-09-16', 'DAY') RETURNING id""")
                .param(organizer).query(Long.class).single();
        jdbc.sql("INSERT INTO delegation_stops (delegation_id, position, unit_id) VALUES (?, 1, ?)").params(delegation, danang)
                .update();
        long person = jdbc.sql("INSERT INTO persons (full_name) VALUES (?) RETURNING id").param(member.fullName())
                .query(Long.class).single();
        memberEntry = jdbc.sql("""
                        INSERT INTO delegation_members (delegation_id, position, role, person_id, title_text)
                        VALUES (?, 1, 'MEMBER', ?, 'Chuyên viên Phòng Quản lý xây dựng') RETURNING id""")
                .params(delegation, person).query(Long.class).single();
        mvc.perform(post("/account/person").with(user(member)).with(csrf()).param("personId", "" + person))
                .andExpect(status().is3xxRedirection());
    }

    ResultActions call(MockHttpServletRequestBuilder request, CurrentUser as, String json) throws Exception {
        Events.settle(jdbc);
        return mvc.perform(request.with(user(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    int version() {
        return jdbc.sql("SELECT version FROM trip_reports WHERE delegation_id = ?").param(delegation).query(Integer.class)
                .single();
    }

    @Test
    void theMemberFilesTheSecretaryCompilesAndSubmitsTheApproverApproves() throws Exception {
        // given no trip report yet
        mvc.perform(get("/api/v1/delegations/{id}/report", delegation).with(user(secretary)))
                .andExpect(status().isNotFound());

        // when the member files, the secretary compiles, edits and submits, the approver approves
        call(post("/api/v1/delegations/{id}/report/members/{m}", delegation, memberEntry), member, """
                {"learned":"Đà Nẵng cấp phép xây dựng trực tuyến trong 7 ngày",
                 "proposals":"Rút ngắn thời hạn cấp phép xây dựng | Sở Xây dựng đi học tập | 6/2099"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].report.learned")
                        .value("Đà Nẵng cấp phép xây dựng trực tuyến trong 7 ngày"));
        call(post("/api/v1/delegations/{id}/report/compile", delegation), secretary, "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        String proposals = "Rút ngắn thời hạn cấp phép xây dựng | "
                + jdbc.sql("SELECT name FROM organizations WHERE id = ?").param(organizer).query(String.class).single()
                + " | 6/2099";
        call(put("/api/v1/delegations/{id}/report", delegation), secretary, """
                {"results":"Đoàn đã học tập cách cấp phép xây dựng trực tuyến của Đà Nẵng.",
                 "lessons":"Cấp phép xây dựng: hồ sơ trực tuyến toàn trình","proposals":"%s","version":%d,"submit":true}"""
                .formatted(proposals, version()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        call(post("/api/v1/delegations/{id}/report/decision", delegation), approver, """
                {"approve":true,"version":%d}""".formatted(version()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.report.status").value("APPROVED"))
                .andExpect(jsonPath("$.unresolvedProposals").isEmpty());

        // then the delegation is reported and the proposal is a task
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT status FROM delegations WHERE id = ?").param(delegation).query(String.class).single())
                .isEqualTo("REPORTED");
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT task FROM follow_up_tasks WHERE delegation_id = ?").param(delegation)
                .query(String.class).list()).containsExactly("Rút ngắn thời hạn cấp phép xây dựng");
    }

    @Test
    void aForeignOrganizationGetsNotFoundAndNothingChanges() throws Exception {
        call(post("/api/v1/delegations/{id}/report/compile", delegation), secretary, "{}").andExpect(status().isOk());
        mvc.perform(get("/api/v1/delegations/{id}/report", delegation).with(user(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/delegations/{id}/report/members", delegation).with(user(stranger)))
                .andExpect(status().isNotFound());
        call(post("/api/v1/delegations/{id}/report/members/{m}", delegation, memberEntry), stranger,
                "{\"learned\":\"Báo cáo của người ngoài\"}").andExpect(status().isNotFound());
        call(post("/api/v1/delegations/{id}/report/compile", delegation), stranger, "{}").andExpect(status().isNotFound());
        call(put("/api/v1/delegations/{id}/report", delegation), stranger, """
                {"results":"Sửa trộm","version":%d,"submit":false}""".formatted(version()))
                .andExpect(status().isNotFound());
        call(post("/api/v1/delegations/{id}/report/decision", delegation), stranger, """
                {"approve":true,"version":%d}""".formatted(version())).andExpect(status().isNotFound());
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT status FROM trip_reports WHERE delegation_id = ?").param(delegation)
                .query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void aStaleEditAWrongStepAndAMissingReasonAreProblems() throws Exception {
        call(post("/api/v1/delegations/{id}/report/compile", delegation), secretary, "{}").andExpect(status().isOk());
        int seen = version();
        call(put("/api/v1/delegations/{id}/report", delegation), secretary, """
                {"results":"Bản sửa thứ nhất","version":%d,"submit":false}""".formatted(seen)).andExpect(status().isOk());
        call(put("/api/v1/delegations/{id}/report", delegation), secretary, """
                {"results":"Bản sửa trên bản cũ","version":%d,"submit":false}""".formatted(seen))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(post("/api/v1/delegations/{id}/report/decision", delegation), approver, """
                {"approve":true,"version":%d}""".formatted(version())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        call(put("/api/v1/delegations/{id}/report", delegation), secretary, """
                {"results":"Đoàn đã học tập cách cấp phép xây dựng.","version":%d,"submit":true}""".formatted(version()))
                .andExpect(status().isOk());
        call(post("/api/v1/delegations/{id}/report/decision", delegation), approver, """
                {"approve":false,"reason":" ","version":%d}""".formatted(version())).andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(post("/api/v1/delegations/{id}/report/decision", delegation), secretary, """
                {"approve":true,"version":%d}""".formatted(version())).andExpect(status().isForbidden());
    }
}
