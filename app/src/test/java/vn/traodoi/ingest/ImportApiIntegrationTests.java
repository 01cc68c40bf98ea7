package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.DemoSeeds;

@IntegrationTest
class ImportApiIntegrationTests {

    /** An invented article; its headline names the visitor as "Đoàn công tác của …". */
    static final String FIRST = "UBND tỉnh Quảng Bình tiếp Đoàn công tác của UBND tỉnh Lai Châu\n"
            + "Ngày 14/11/2024, Ủy ban nhân dân tỉnh Quảng Bình tiếp và làm việc với Đoàn công tác của Ủy ban nhân dân tỉnh "
            + "Lai Châu do ông Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh Lai Châu làm Trưởng đoàn. Đoàn gồm 9 thành viên.";
    /** Another article on the same visit, written by the same host a day later. */
    static final String SECOND = "Lãnh đạo UBND tỉnh Quảng Bình tiếp Đoàn công tác của UBND tỉnh Lai Châu tại Trung tâm "
            + "Phục vụ hành chính công\n"
            + "Chiều 14/11/2024, Đoàn công tác của Ủy ban nhân dân tỉnh Lai Châu do ông Hoàng Văn Nam làm Trưởng đoàn "
            + "đã tham quan Trung tâm Phục vụ hành chính công tỉnh Quảng Bình.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationContext context;

    long quangBinh;
    long laiChau;
    CurrentUser host;
    CurrentUser stranger;

    @BeforeEach
    void directory() {
        quangBinh = ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Quảng Bình", "UBND", "44");
        laiChau = ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Lai Châu", "UBND", "12");
        host = users.user(quangBinh, Role.ORGANIZER);
        stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER);
    }

    String submit(CurrentUser as, String text) throws Exception {
        return mvc.perform(post("/api/v1/imports").with(user(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("text", text))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    ResultActions confirm(CurrentUser as, long id, String body) throws Exception {
        return mvc.perform(post("/api/v1/imports/{id}/confirm", id).with(user(as)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void importsOnceFindsTheSameArticleAgainAndHidesItFromOthers() throws Exception {
        CurrentUser organizer = users.user(users.organization("Sở Nội vụ"), Role.ORGANIZER);
        String body = "{\"text\":\"Trong Tháng 12 năm 2022, Thành phố đã tổ chức 02 đoàn nghiên cứu học tập kinh nghiệm "
                + "về cải cách hành chính; Chỉ số PAPI.\",\"sourceName\":\"004.txt\"}";
        String created = mvc.perform(post("/api/v1/imports").with(user(organizer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.existing").value(false))
                .andExpect(jsonPath("$.dates[0]").value("2022-12"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/imports").with(user(organizer)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.existing").value(true)).andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/api/v1/imports/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports/{id}", id).with(user(organizer))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/imports").with(user(organizer)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"   \"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("text"));
    }

    @Nested
    class Confirming {

        @Test
        void theProposalIsCorrectedAndConfirmedOnceAndASecondArticleOfTheVisitIsLinkedToIt() throws Exception {
            String created = submit(host, FIRST + "\n(" + System.nanoTime() + ")");
            long id = ((Number) JsonPath.read(created, "$.id")).longValue();
            assertThat(((Number) JsonPath.read(created, "$.proposal.organizerId")).longValue()).isEqualTo(laiChau);
            assertThat((String) JsonPath.read(created, "$.proposal.startDate")).isEqualTo("2024-11-14");
            assertThat((Integer) JsonPath.read(created, "$.proposal.declaredMemberCount")).isEqualTo(9);
            assertThat(((Number) JsonPath.read(created, "$.proposal.stops[0].hostOrganizationId")).longValue())
                    .isEqualTo(quangBinh);
            assertThat((List<?>) JsonPath.read(created, "$.candidates")).isEmpty();

            ObjectNode draft = (ObjectNode) json.readTree(created).get("proposal");
            draft.putArray("sessions");
            draft.putArray("tasks").addObject().put("task", "Báo cáo kết quả").putNull("assigneeId");
            confirm(host, id, "{\"draft\":" + draft + "}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("/problems/validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("tasks[0].assigneeId"))
                    .andExpect(jsonPath("$.errors[0].message").value("Chọn cơ quan được giao (cơ quan trong danh mục)."));

            draft.putArray("tasks");
            confirm(stranger, id, "{\"draft\":" + draft + "}").andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            String made = confirm(host, id, "{\"draft\":" + draft + "}").andExpect(status().isCreated())
                    .andExpect(header().exists("Location")).andExpect(jsonPath("$.linked").value(false))
                    .andReturn().getResponse().getContentAsString();
            long delegation = ((Number) JsonPath.read(made, "$.delegationId")).longValue();
            assertThat(jdbc.sql("SELECT organizer_id FROM delegations WHERE id = ?").param(delegation).query(Long.class)
                    .single()).isEqualTo(laiChau);

            long onRecordElsewhere = DemoSeeds.delegation(context, "seed-002"); // loads the seeds once, before counting
            long count = jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single();
            confirm(host, id, "{}").andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.reason").value("import.confirmed.again"));
            assertThat(jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single()).isEqualTo(count);
            mvc.perform(get("/api/v1/imports/{id}", id).with(user(host))).andExpect(jsonPath("$.delegationId")
                    .value(delegation)).andExpect(jsonPath("$.candidates").isEmpty());

            String second = submit(host, SECOND + "\n(" + System.nanoTime() + ")");
            long secondId = ((Number) JsonPath.read(second, "$.id")).longValue();
            assertThat(JsonPath.<List<Number>>read(second, "$.candidates[*].id")).extracting(Number::longValue)
                    .contains(delegation);
            assertThat(JsonPath.<List<Boolean>>read(second, "$.candidates[?(@.id == " + delegation + ")].sameOrganizer"))
                    .containsExactly(true);
            confirm(host, secondId, "{\"linkTo\":" + onRecordElsewhere + "}").andExpect(status().isNotFound());
            confirm(stranger, secondId, "{\"linkTo\":" + delegation + "}").andExpect(status().isNotFound());
            confirm(host, secondId, "{\"linkTo\":" + delegation + "}").andExpect(status().isOk())
                    .andExpect(jsonPath("$.linked").value(true)).andExpect(jsonPath("$.delegationId").value(delegation));
            assertThat(jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single()).as("no new record")
                    .isEqualTo(count);
            mvc.perform(get("/api/v1/imports/{id}", secondId).with(user(host))).andExpect(jsonPath("$.linked").value(true));
            confirm(host, secondId, "{\"linkTo\":" + delegation + "}").andExpect(status().isConflict());
        }

        @Test
        void badBodiesAreProblemsNeverErrors() throws Exception {
            String created = submit(host, FIRST + "\n(" + System.nanoTime() + ")");
            long id = ((Number) JsonPath.read(created, "$.id")).longValue();
            confirm(host, id, "{\"draft\": {\"kind\": \"NOT_A_KIND\"}}").andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            confirm(host, id, "{\"draft\": ").andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            confirm(host, id, "{\"draft\": {\"title\": \"\", \"declaredMemberCount\": -3, \"sessions\": "
                    + "[{\"stop\": 4, \"kind\": \"FIELD_VISIT\"}]}}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                            "organizerId", "declaredMemberCount", "sessions[0].stop")));
            mvc.perform(post("/api/v1/imports/{id}/confirm", 987654321L).with(user(host)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
            assertThat(jdbc.sql("SELECT count(*) FROM article_imports WHERE id = ? AND delegation_id IS NOT NULL").param(id)
                    .query(Long.class).single()).isZero();
        }
    }
}
