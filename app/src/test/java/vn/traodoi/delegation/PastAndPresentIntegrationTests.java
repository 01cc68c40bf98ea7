package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.Events;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.OrganizationRules;
import vn.traodoi.account.Role;
import vn.traodoi.report.ReportService;
import vn.traodoi.system.StateConflictException;

/**
 * Separation of duties (who submitted a plan or a trip report does not approve it, unless the organization allows
 * it), and a trip that took place before it was recorded: held, reported on, and followed up with deadlines that have
 * passed since. The clock of the tests reads 01/12/2026.
 */
@IntegrationTest
class PastAndPresentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DelegationService delegations;

    @Autowired
    ReportService reports;

    @Autowired
    OrganizationRules rules;

    long org;
    String orgName;
    CurrentUser both;
    CurrentUser leader;
    long unit;
    String tag;

    @BeforeEach
    void organization() {
        org = users.organization("Văn phòng thử phân công");
        orgName = jdbc.sql("SELECT name FROM organizations WHERE id = ?").param(org).query(String.class).single();
        both = users.user(org, Role.ORGANIZER, Role.APPROVER);
        leader = users.user(org, Role.APPROVER);
        unit = jdbc.sql("SELECT id FROM administrative_units WHERE unit_set = 'old63' AND name_vi = 'Quảng Ninh'")
                .query(Long.class).single();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    Delegation plan(CurrentUser by, LocalDate start, LocalDate end) {
        Delegation d = delegations.create(by, new DelegationForm(DelegationKind.STUDY, "Đoàn học tập " + tag,
                "Học tập mô hình một cửa", start, end, false, null, 0));
        return delegations.addStop(by, d.id(), new StopForm(null, unit, null, null, d.version()));
    }

    String page(String path, CurrentUser as) throws Exception {
        return mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void whoSubmittedAPlanDoesNotApproveItUnlessTheOrganizationAllowsIt() throws Exception {
        Delegation d = plan(both, LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 4));
        d = delegations.transition(both, d.id(), Action.SUBMIT, null, d.version());
        long id = d.id();

        assertThat(delegations.view(both, id).actions()).contains(Action.REJECT).doesNotContain(Action.APPROVE);
        Document mine = Jsoup.parse(page("/delegations/" + id, both));
        assertThat(mine.select("#own-submission").text()).contains("một lãnh đạo khác của cơ quan duyệt");
        assertThat(mine.select("#action-APPROVE")).isEmpty();
        int version = d.version();
        assertThatThrownBy(() -> delegations.transition(both, id, Action.APPROVE, null, version))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("ownSubmission");
        mvc.perform(post("/delegations/{id}/actions/APPROVE", id).with(user(both)).with(csrf())
                .param("version", "" + version)).andExpect(status().isConflict());
        assertThat(Jsoup.parse(page("/", both)).select("#todo-approvals").text()).doesNotContain(tag);
        assertThat(Jsoup.parse(page("/", leader)).select("#todo-approvals").text()).contains(tag);

        assertThat(delegations.transition(leader, id, Action.APPROVE, null, version).status())
                .isEqualTo(DelegationStatus.APPROVED);

        CurrentUser admin = users.admin();
        assertThatThrownBy(() -> rules.update(both, org, true, 0)).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/admin/organizations/{id}/rules", org).with(user(both))).andExpect(status().isForbidden());
        assertThat(Jsoup.parse(page("/admin/organizations/" + org + "/rules", admin)).select("#selfApproval[checked]"))
                .isEmpty();
        mvc.perform(post("/admin/organizations/{id}/rules", org).with(user(admin)).with(csrf())
                .param("selfApproval", "true").param("version", "0")).andExpect(status().is3xxRedirection());
        assertThat(Jsoup.parse(page("/admin/organizations/" + org + "/rules", admin)).select("#selfApproval[checked]"))
                .hasSize(1);
        assertThat(Jsoup.parse(mvc.perform(post("/admin/organizations/{id}/rules", org).with(user(admin)).with(csrf())
                        .param("version", "0")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select("#rules-conflict").text()).as("a stale form changes nothing").contains("người khác thay đổi");
        assertThat(rules.allowsSelfApproval(org)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_events WHERE action = 'ORGANIZATION_SETTINGS_UPDATED' AND entity_id = ?")
                .param("" + org).query(Long.class).single()).isEqualTo(1);

        Delegation again = plan(both, LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 3));
        again = delegations.transition(both, again.id(), Action.SUBMIT, null, again.version());
        assertThat(delegations.transition(both, again.id(), Action.APPROVE, null, again.version()).status())
                .as("the organization allows it now").isEqualTo(DelegationStatus.APPROVED);
    }

    @Test
    void aTripHeldIn2022IsRecordedWithIts2023FollowUpsAndTheReportApprovedByAnotherLeader() throws Exception {
        Delegation future = plan(both, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3));
        assertThat(delegations.view(both, future.id()).actions()).as("not over yet").doesNotContain(Action.RECORD_HELD);

        Delegation d = plan(both, LocalDate.of(2022, 12, 5), LocalDate.of(2022, 12, 9));
        long id = d.id();
        assertThat(Jsoup.parse(page("/delegations/" + id, both)).select("#action-RECORD_HELD").text())
                .isEqualTo("Ghi nhận chuyến đã diễn ra");
        mvc.perform(post("/delegations/{id}/actions/RECORD_HELD", id).with(user(both)).with(csrf())
                        .param("version", "" + d.version()).param("reason", "Theo Kế hoạch số 12/KH-VP ngày 01/11/2022"))
                .andExpect(status().is3xxRedirection());
        assertThat(delegations.get(both, id).status()).isEqualTo(DelegationStatus.COMPLETED);
        assertThat(jdbc.sql("SELECT action || ' ' || reason FROM delegation_transitions WHERE delegation_id = ? ORDER BY id DESC LIMIT 1")
                .param(id).query(String.class).single()).isEqualTo("RECORD_HELD Theo Kế hoạch số 12/KH-VP ngày 01/11/2022");

        ReportService.TripReport trip = reports.compile(both, id);
        trip = reports.edit(both, id, "Đoàn đã học tập mô hình một cửa", null,
                "Rà soát quy chế một cửa " + tag + " | " + orgName + " | 6/2023", null, trip.version(), true);
        int version = trip.version();
        assertThatThrownBy(() -> reports.decide(both, id, true, null, version)).isInstanceOf(StateConflictException.class);
        assertThat(Jsoup.parse(page("/delegations/" + id + "/reports", both)).select("#own-trip-submission").text())
                .contains("không tự duyệt");
        reports.decide(leader, id, true, null, version);
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT deadline_date::text FROM follow_up_tasks WHERE delegation_id = ?").param(id)
                .query(String.class).single()).as("a deadline after the trip, passed since: a task, overdue")
                .isEqualTo("2023-06-30");
        assertThat(Jsoup.parse(page("/tasks?status=OVERDUE", both)).select("#tasks").text()).contains("Rà soát quy chế một cửa " + tag);

        mvc.perform(post("/tasks/new").with(user(both)).with(csrf()).param("task", "Báo cáo kết quả áp dụng " + tag)
                        .param("assigneeIds", "" + org).param("deadlineKind", "DAY").param("deadline", "30/06/2023")
                        .param("delegationId", "" + id))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Thời hạn không được trước ngày giao nhiệm vụ."));
        mvc.perform(post("/tasks/new").with(user(both)).with(csrf()).param("task", "Báo cáo kết quả áp dụng " + tag)
                        .param("assigneeIds", "" + org).param("deadlineKind", "DAY").param("deadline", "30/06/2023")
                        .param("givenOn", "15/12/2026"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Ngày giao không được sau hôm nay."));
        String location = mvc.perform(post("/tasks/new").with(user(both)).with(csrf())
                        .param("task", "Báo cáo kết quả áp dụng " + tag).param("assigneeIds", "" + org)
                        .param("deadlineKind", "DAY").param("deadline", "30/06/2023").param("givenOn", "15/12/2022")
                        .param("delegationId", "" + id))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long task = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(Jsoup.parse(page("/tasks/" + task, both)).select("#task-given-on").text()).isEqualTo("15/12/2022");
        mvc.perform(post("/tasks/{id}", task).with(user(both)).with(csrf()).param("status", "DONE")
                        .param("evidence", "Báo cáo số 45/BC-VP ngày 28/06/2023").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM follow_up_tasks WHERE id = ?").param(task).query(String.class).single())
                .isEqualTo("DONE");

        String csv = mvc.perform(get("/tasks/export.csv").param("delegation", "" + id).with(user(both)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Báo cáo kết quả áp dụng " + tag).contains("30/06/2023").contains("15/12/2022")
                .contains("Hoàn thành").contains("Rà soát quy chế một cửa " + tag).contains("trong tháng 6/2023")
                .contains("Quá hạn");
        byte[] xlsx = mvc.perform(get("/tasks/export.xlsx").param("status", "DONE").with(user(both)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("thoi_han");
            Row done = null;
            for (Row row : sheet) {
                if (row.getCell(1).getStringCellValue().equals("Báo cáo kết quả áp dụng " + tag)) {
                    done = row;
                }
            }
            assertThat(done).as("the filter applied: the task done is there").isNotNull();
            assertThat(done.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 6, 30));
            assertThat(done.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 12, 15));
            for (Row row : sheet) {
                assertThat(row.getCell(1).getStringCellValue()).isNotEqualTo("Rà soát quy chế một cửa " + tag);
            }
        }
        CurrentUser stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER);
        assertThat(mvc.perform(get("/tasks/export.csv").with(user(stranger))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(tag);
    }
}
