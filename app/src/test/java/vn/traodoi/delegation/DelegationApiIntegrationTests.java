package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

@IntegrationTest
class DelegationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser organizer;
    CurrentUser approver;
    CurrentUser host;
    CurrentUser stranger;
    long hostOrganization;

    @BeforeEach
    void organizations() {
        long guestOrg = users.organization("Sở Nội vụ khách");
        hostOrganization = jdbc.sql("INSERT INTO organizations (name, kind, unit_id) VALUES (?, 'SO', "
                        + "(SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = '79')) RETURNING id")
                .param("Sở tiếp đón " + System.nanoTime()).query(Long.class).single();
        organizer = users.user(guestOrg, Role.ORGANIZER);
        approver = users.user(guestOrg, Role.APPROVER);
        host = users.user(hostOrganization, Role.ORGANIZER);
        stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER, Role.APPROVER, Role.ADMIN);
    }

    ResultActions call(MockHttpServletRequestBuilder request, CurrentUser as, String json) throws Exception {
        return mvc.perform(request.with(user(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long create() throws Exception {
        String body = call(post("/api/v1/delegations"), organizer, """
                {"kind":"STUDY","title":"Đoàn học tập kinh nghiệm cải cách hành chính","startDate":"2022-07-21",
                 "endDate":"2022-07-22","declaredMemberCount":57}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM delegations WHERE id = ?").param(id).query(Integer.class).single();
    }

    long addStop(long id) throws Exception {
        call(post("/api/v1/delegations/{id}/stops", id), organizer, """
                {"hostOrganizationId":%d,"startDate":"2022-07-21","endDate":"2022-07-22","version":%d}"""
                .formatted(hostOrganization, version(id))).andExpect(status().isOk());
        return jdbc.sql("SELECT id FROM delegation_stops WHERE delegation_id = ?").param(id).query(Long.class).single();
    }

    ResultActions step(long id, CurrentUser as, String action, String reason) throws Exception {
        return call(post("/api/v1/delegations/{id}/transitions", id), as, """
                {"action":"%s","reason":%s,"version":%d}""".formatted(action, reason == null ? "null" : "\"" + reason + "\"",
                version(id)));
    }

    @Nested
    class Lifecycle {

        @Test
        void goesFromDraftToHostConfirmedWithEveryStepOnTheTimeline() throws Exception {
            long id = create();
            long stop = addStop(id);
            step(id, organizer, "SUBMIT", null).andExpect(jsonPath("$.status").value("SUBMITTED"));
            step(id, approver, "APPROVE", null).andExpect(jsonPath("$.status").value("APPROVED"));
            mvc.perform(get("/api/v1/delegations/{id}", id).with(user(host))).andExpect(status().isNotFound());
            step(id, organizer, "REQUEST_HOSTS", null).andExpect(jsonPath("$.status").value("HOST_REQUESTED"));
            mvc.perform(get("/api/v1/delegations/{id}", id).with(user(host))).andExpect(status().isOk());
            call(post("/api/v1/delegations/{id}/stops/{s}/answer", id, stop), host,
                    "{\"confirm\":true,\"note\":\"Sẵn sàng đón đoàn\",\"version\":%d}".formatted(version(id)))
                    .andExpect(jsonPath("$.status").value("HOST_CONFIRMED"))
                    .andExpect(jsonPath("$.stops[0].hostStatus").value("CONFIRMED"));
            mvc.perform(get("/api/v1/delegations/{id}/history", id).with(user(organizer)))
                    .andExpect(jsonPath("$[*].action").value(Matchers.contains("CREATE", "SUBMIT", "APPROVE",
                            "REQUEST_HOSTS", "CONFIRM_STOP", "HOSTS_CONFIRMED")));
            assertThat(jdbc.sql("SELECT count(*) FROM audit_events WHERE entity_type = 'delegation' AND entity_id = ?")
                    .param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(6);
        }

        @Test
        void theHomePageListsWhatWaitsForEachSideAndNothingForOthers() throws Exception {
            long id = create();
            addStop(id);
            step(id, organizer, "SUBMIT", null);
            String title = "Đoàn học tập kinh nghiệm cải cách hành chính";
            assertThat(home(approver)).contains("id=\"todo-approvals\"").contains(title);
            assertThat(home(stranger)).doesNotContain(title).contains("id=\"todo-none\"");
            step(id, approver, "APPROVE", null);
            step(id, organizer, "REQUEST_HOSTS", null);
            assertThat(home(host)).contains("id=\"todo-host-requests\"").contains(title);
            assertThat(home(approver)).doesNotContain(title);
        }

        String home(CurrentUser as) throws Exception {
            return HtmlUtils.htmlUnescape(mvc.perform(get("/").with(user(as)))
                    .andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
        }

        @Test
        void anIllegalStepAnswers409WithTheReason() throws Exception {
            long id = create();
            step(id, approver, "APPROVE", null)
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.type").value("/problems/illegal-transition"))
                    .andExpect(jsonPath("$.detail").value("Không thể “Duyệt” khi đoàn đang ở trạng thái “Dự thảo”."));
            step(id, organizer, "SUBMIT", null).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.reason").value("delegation.submit.noStop"));
        }

        @Test
        void returningAPlanNeedsAReasonAndOnlyApproversMayApprove() throws Exception {
            long id = create();
            addStop(id);
            step(id, organizer, "SUBMIT", null).andExpect(status().isOk());
            step(id, organizer, "APPROVE", null).andExpect(status().isForbidden());
            step(id, approver, "REJECT", null).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
            step(id, approver, "REJECT", "Thiếu dự toán kinh phí").andExpect(jsonPath("$.status").value("REJECTED"));
            assertThat(jdbc.sql("SELECT reason FROM delegation_transitions WHERE delegation_id = ? AND action = 'REJECT'")
                    .param(id).query(String.class).single()).isEqualTo("Thiếu dự toán kinh phí");
        }

        @Test
        void theHostProposesOtherDatesAndTheOrganizerAcceptsThem() throws Exception {
            long id = create();
            long stop = addStop(id);
            step(id, organizer, "SUBMIT", null);
            step(id, approver, "APPROVE", null);
            step(id, organizer, "REQUEST_HOSTS", null);
            call(post("/api/v1/delegations/{id}/stops/{s}/answer", id, stop), host,
                    "{\"confirm\":false,\"version\":%d}".formatted(version(id)))
                    .andExpect(status().isUnprocessableContent());
            call(post("/api/v1/delegations/{id}/stops/{s}/answer", id, stop), host, """
                    {"confirm":false,"proposedStart":"2022-07-28","proposedEnd":"2022-07-29",
                     "note":"Lãnh đạo Sở bận họp HĐND","version":%d}""".formatted(version(id)))
                    .andExpect(jsonPath("$.stops[0].hostStatus").value("PROPOSED"))
                    .andExpect(jsonPath("$.status").value("HOST_REQUESTED"));
            mvc.perform(post("/api/v1/delegations/{id}/stops/{s}/accept", id, stop).param("version", "" + version(id))
                            .with(user(organizer)).with(csrf()))
                    .andExpect(jsonPath("$.status").value("HOST_CONFIRMED"))
                    .andExpect(jsonPath("$.stops[0].startDate").value("2022-07-28"))
                    .andExpect(jsonPath("$.endDate").value("2022-07-29"));
        }

        @Test
        void cancellingNeedsAReasonAndEndsEveryFurtherChange() throws Exception {
            long id = create();
            step(id, organizer, "CANCEL", "Thay đổi kế hoạch của Thành ủy").andExpect(jsonPath("$.status").value("CANCELLED"));
            call(post("/api/v1/delegations/{id}/topics", id), organizer,
                    "{\"content\":\"Nội dung mới\",\"version\":%d}".formatted(version(id)))
                    .andExpect(status().isConflict());
        }
    }

    @Nested
    class BadInput {

        @Test
        void anEndBeforeTheStartIsAFieldError() throws Exception {
            call(post("/api/v1/delegations"), organizer,
                    "{\"kind\":\"SURVEY\",\"title\":\"Đoàn\",\"startDate\":\"2022-08-10\",\"endDate\":\"2022-08-09\"}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("endDate"))
                    .andExpect(jsonPath("$.errors[0].message").value("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu."));
        }

        @Test
        void aSessionOutsideItsStopAndAStopOutsideTheDelegationAreRefused() throws Exception {
            long id = create();
            call(post("/api/v1/delegations/{id}/stops", id), organizer,
                    "{\"hostOrganizationId\":%d,\"startDate\":\"2022-07-25\",\"endDate\":\"2022-07-26\",\"version\":%d}"
                            .formatted(hostOrganization, version(id)))
                    .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("startDate"));
            long stop = addStop(id);
            call(post("/api/v1/delegations/{id}/sessions", id), organizer,
                    "{\"stopId\":%d,\"date\":\"2022-07-23\",\"kind\":\"FIELD_VISIT\",\"version\":%d}".formatted(stop, version(id)))
                    .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("date"));
        }

        @Test
        void aHostThatNoLongerExistedIsRefused() throws Exception {
            long binhDuong = jdbc.sql("SELECT id FROM organizations WHERE name = 'Ủy ban nhân dân tỉnh Bình Dương'")
                    .query(Long.class).single();
            String body = call(post("/api/v1/delegations"), organizer,
                    "{\"kind\":\"WORKING\",\"title\":\"Đoàn 2026\",\"startDate\":\"2026-03-02\",\"endDate\":\"2026-03-03\"}")
                    .andReturn().getResponse().getContentAsString();
            long id = ((Number) JsonPath.read(body, "$.id")).longValue();
            call(post("/api/v1/delegations/{id}/stops", id), organizer,
                    "{\"hostOrganizationId\":%d,\"startDate\":\"2026-03-02\",\"endDate\":\"2026-03-03\",\"version\":%d}"
                            .formatted(binhDuong, version(id)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("hostOrganizationId"));
        }

        @Test
        void theDeclaredCountCannotFallBelowTheNamedMembers() throws Exception {
            long id = create();
            call(post("/api/v1/delegations/{id}/members", id), organizer,
                    "{\"role\":\"HEAD\",\"newPerson\":\"ông Tạ Văn Dũng, Chánh Văn phòng UBND tỉnh\",\"version\":%d}"
                            .formatted(version(id))).andExpect(status().isOk());
            call(post("/api/v1/delegations/{id}/members", id), organizer,
                    "{\"role\":\"DEPUTY_HEAD\",\"newPerson\":\"bà Nguyễn Thị Thược, Giám đốc Sở Tư pháp\",\"version\":%d}"
                            .formatted(version(id))).andExpect(status().isOk());
            call(put("/api/v1/delegations/{id}", id), organizer,
                    "{\"kind\":\"STUDY\",\"title\":\"Đoàn\",\"declaredMemberCount\":1,\"version\":%d}".formatted(version(id)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("declaredMemberCount"));
            call(post("/api/v1/delegations/{id}/members", id), organizer,
                    "{\"role\":\"MEMBER\",\"personId\":999999999,\"version\":%d}".formatted(version(id)))
                    .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("personId"));
        }

        @Test
        void aStaleVersionGets409AndNothingIsLost() throws Exception {
            long id = create();
            int stale = version(id);
            call(put("/api/v1/delegations/{id}", id), organizer,
                    "{\"kind\":\"STUDY\",\"title\":\"Tên mới\",\"version\":%d}".formatted(stale)).andExpect(status().isOk());
            call(put("/api/v1/delegations/{id}", id), organizer,
                    "{\"kind\":\"STUDY\",\"title\":\"Ghi đè\",\"version\":%d}".formatted(stale))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("/problems/conflict"));
            assertThat(jdbc.sql("SELECT title FROM delegations WHERE id = ?").param(id).query(String.class).single())
                    .isEqualTo("Tên mới");
        }

        @Test
        void aNonStandardSymbolIsKeptAsWrittenAndFlagged() throws Exception {
            long id = create();
            call(post("/api/v1/delegations/{id}/documents", id), organizer,
                    "{\"type\":\"CONG_VAN\",\"numberSymbol\":\"683 SNV-CCVC\",\"version\":%d}".formatted(version(id)))
                    .andExpect(jsonPath("$.documents[0].numberSymbol").value("683 SNV-CCVC"))
                    .andExpect(jsonPath("$.documents[0].symbolStandard").value(false));
            call(post("/api/v1/delegations/{id}/documents", id), organizer,
                    "{\"type\":\"NGHI_QUYET\",\"numberSymbol\":\"98/2023/QH15\",\"issuedOn\":\"2023-06-24\",\"version\":%d}"
                            .formatted(version(id)))
                    .andExpect(jsonPath("$.documents[1].symbolStandard").value(true));
        }
    }

    @Nested
    class Authorization {

        @Test
        void anUnrelatedOrganizationGets404OnEveryEndpoint() throws Exception {
            long id = create();
            long stop = addStop(id);
            int v = version(id);
            mvc.perform(get("/api/v1/delegations/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/delegations/{id}/history", id).with(user(stranger))).andExpect(status().isNotFound());
            call(put("/api/v1/delegations/{id}", id), stranger, "{\"kind\":\"STUDY\",\"title\":\"x\",\"version\":%d}".formatted(v))
                    .andExpect(status().isNotFound());
            call(post("/api/v1/delegations/{id}/documents", id), stranger, "{\"type\":\"KHAC\",\"version\":%d}".formatted(v))
                    .andExpect(status().isNotFound());
            call(post("/api/v1/delegations/{id}/topics", id), stranger, "{\"content\":\"x\",\"version\":%d}".formatted(v))
                    .andExpect(status().isNotFound());
            call(post("/api/v1/delegations/{id}/members", id), stranger, "{\"role\":\"MEMBER\",\"group\":\"x\",\"version\":%d}".formatted(v))
                    .andExpect(status().isNotFound());
            mvc.perform(MockMvcRequestBuilders
                            .delete("/api/v1/delegations/{id}/members/1", id).param("version", "" + v).with(user(stranger)).with(csrf()))
                    .andExpect(status().isNotFound());
            call(post("/api/v1/delegations/{id}/stops", id), stranger, "{\"unitId\":1,\"version\":%d}".formatted(v))
                    .andExpect(status().isNotFound());
            call(post("/api/v1/delegations/{id}/sessions", id), stranger,
                    "{\"stopId\":%d,\"kind\":\"FIELD_VISIT\",\"version\":%d}".formatted(stop, v)).andExpect(status().isNotFound());
            mvc.perform(MockMvcRequestBuilders
                            .delete("/api/v1/delegations/{id}/sessions/1", id).param("version", "" + v).with(user(stranger)).with(csrf()))
                    .andExpect(status().isNotFound());
            step(id, stranger, "SUBMIT", null).andExpect(status().isNotFound());
            call(post("/api/v1/delegations/{id}/stops/{s}/answer", id, stop), stranger, "{\"confirm\":true,\"version\":%d}".formatted(v))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/delegations/{id}/stops/{s}/accept", id, stop).param("version", "" + v)
                    .with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/delegations").with(user(stranger)))
                    .andExpect(jsonPath("$.items[?(@.id == %d)]".formatted(id)).isEmpty());
            assertThat(version(id)).isEqualTo(v);
        }

        @Test
        void aHostOfAnotherStopCannotAnswerForThisOne() throws Exception {
            long id = create();
            long stop = addStop(id);
            long otherHost = users.organization("Sở tiếp đón khác");
            jdbc.sql("UPDATE organizations SET unit_id = (SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = '01') WHERE id = ?")
                    .param(otherHost).update();
            call(post("/api/v1/delegations/{id}/stops", id), organizer,
                    "{\"hostOrganizationId\":%d,\"version\":%d}".formatted(otherHost, version(id))).andExpect(status().isOk());
            step(id, organizer, "SUBMIT", null);
            step(id, approver, "APPROVE", null);
            step(id, organizer, "REQUEST_HOSTS", null).andExpect(status().isOk());
            CurrentUser other = users.user(otherHost, Role.ORGANIZER);
            call(post("/api/v1/delegations/{id}/stops/{s}/answer", id, stop), other, "{\"confirm\":true,\"version\":%d}".formatted(version(id)))
                    .andExpect(status().isNotFound());
            call(post("/api/v1/delegations/{id}/sessions", id), other,
                    "{\"stopId\":%d,\"kind\":\"WORKING_SESSION\",\"version\":%d}".formatted(stop, version(id)))
                    .andExpect(status().isForbidden());
        }
    }
}
