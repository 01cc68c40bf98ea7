package vn.traodoi.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestCalendars;
import vn.traodoi.TestImages;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

@IntegrationTest
class TaskIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser daNang;
    CurrentUser department;
    CurrentUser stranger;
    long departmentOrg;

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }

    @BeforeEach
    void users() {
        daNang = users.user(org("Ủy ban nhân dân thành phố Đà Nẵng"), Role.ORGANIZER, Role.APPROVER);
        departmentOrg = org("Sở Kế hoạch và Đầu tư thành phố Đà Nẵng");
        department = users.user(departmentOrg, Role.ORGANIZER);
        stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER, Role.APPROVER);
    }

    String page(String path, CurrentUser as) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long assign(String task, String kind, String deadline) throws Exception {
        String location = mvc.perform(post("/tasks/new").with(user(daNang)).with(csrf()).param("task", task)
                        .param("assigneeIds", "" + departmentOrg).param("deadlineKind", kind).param("deadline", deadline)
                        .param("source", "Kết luận của Chủ tịch UBND thành phố Đà Nẵng"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theSeed002FollowUpTaskIsAssignedWithAPeriodAndSeenByTheDepartment() throws Exception {
        long id = assign("Tiếp tục trao đổi với các đơn vị liên quan tại Thành phố Hồ Chí Minh và tỉnh Bình Dương về các "
                + "vấn đề vướng mắc để đề xuất giải pháp", "PERIOD", "2025-2030");
        assertThat(jdbc.sql("SELECT deadline_date::text FROM follow_up_tasks WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo("2030-12-31");
        assertThat(page("/tasks", department)).contains("Tiếp tục trao đổi với các đơn vị liên quan")
                .contains("giai đoạn 2025-2030").contains("Chưa thực hiện");
        assertThat(page("/tasks/" + id, department)).contains("Ủy ban nhân dân thành phố Đà Nẵng");
        mvc.perform(get("/tasks/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
        assertThat(page("/tasks", stranger)).doesNotContain("Tiếp tục trao đổi");
    }

    @Test
    void finishingNeedsEvidenceAndAStaleFormIsRefused() throws Exception {
        long id = assign("Hoàn thiện báo cáo, đề xuất lịch họp Ban Chỉ đạo", "MONTH", "12/2099");
        int version = jdbc.sql("SELECT version FROM follow_up_tasks WHERE id = ?").param(id).query(Integer.class).single();
        String refused = HtmlUtils.htmlUnescape(mvc.perform(post("/tasks/{id}", id).with(user(department)).with(csrf())
                        .param("status", "DONE").param("progress", "100").param("version", "" + version))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused).contains("Nhiệm vụ hoàn thành cần ghi kết quả, minh chứng.");
        mvc.perform(post("/tasks/{id}", id).with(user(department)).with(csrf()).param("status", "IN_PROGRESS")
                .param("progress", "40").param("version", "" + version)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/tasks/{id}", id).with(user(department)).with(csrf()).param("status", "DONE")
                .param("evidence", "Báo cáo số 12/BC-SKHĐT").param("version", "" + version)).andExpect(status().isConflict());
        mvc.perform(post("/tasks/{id}", id).with(user(department)).with(csrf()).param("status", "DONE")
                .param("evidence", "Báo cáo số 12/BC-SKHĐT").param("version", "" + (version + 1)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status || ':' || progress FROM follow_up_tasks WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("DONE:100");
        mvc.perform(post("/tasks/{id}", id).with(user(stranger)).with(csrf()).param("status", "OPEN")
                .param("version", "" + (version + 2))).andExpect(status().isNotFound());
    }

    @Test
    void aDeadlineBeforeTodayAndAMalformedOneAreExplainedWithTheTextKept() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/tasks/new").with(user(daNang)).with(csrf())
                        .param("task", "Rà soát các căn cứ pháp lý").param("assigneeIds", "" + departmentOrg)
                        .param("deadlineKind", "DAY").param("deadline", "01/01/2020"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Thời hạn không được trước ngày giao nhiệm vụ.").contains("Rà soát các căn cứ pháp lý");
        String malformed = HtmlUtils.htmlUnescape(mvc.perform(post("/tasks/new").with(user(daNang)).with(csrf())
                        .param("task", "Rà soát").param("assigneeIds", "" + departmentOrg)
                        .param("deadlineKind", "MONTH").param("deadline", "tháng tám"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(malformed).contains("Thời hạn theo tháng phải có dạng mm/yyyy").contains("value=\"tháng tám\"");
    }

    @Test
    void anEmptyChoiceOfOrganizationChoosesNothingAndTheMissingLeadIsExplained() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/tasks/new").with(user(daNang)).with(csrf())
                        .param("task", "Tổng hợp ý kiến các sở").param("assigneeIds", "").param("supportIds", "")
                        .param("deadlineKind", "NONE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Tổng hợp ý kiến các sở").contains("Chọn ít nhất một cơ quan được giao.");
        assertThat(jdbc.sql("SELECT count(*) FROM follow_up_tasks WHERE task = 'Tổng hợp ý kiến các sở'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anOverdueTaskIsDerivedFromItsDeadlineAndShownOnTheDashboard() throws Exception {
        long id = assign("Chuẩn bị tài liệu họp", "DAY", "31/12/2099");
        jdbc.sql("UPDATE follow_up_tasks SET deadline_date = DATE '2023-08-31' WHERE id = ?").param(id).update();
        assertThat(page("/tasks?status=OVERDUE", department)).contains("Chuẩn bị tài liệu họp").contains("Quá hạn")
                .containsPattern("Cơ quan bạn có [1-9]\\d* nhiệm vụ quá hạn");
        assertThat(page("/tasks/dashboard", daNang)).contains("Sở Kế hoạch và Đầu tư thành phố Đà Nẵng");
        assertThat(jdbc.sql("SELECT status FROM follow_up_tasks WHERE id = ?").param(id).query(String.class).single())
                .as("overdue is derived, never stored").isEqualTo("OPEN");
    }

    @Test
    void theCalendarFeedListsDeadlinesForTheSessionOrAPersonalToken() throws Exception {
        long id = assign("Tổng hợp ý kiến, gửi Ban Chỉ đạo", "DAY", "15/09/2099");
        Calendar ics = TestCalendars.parse(mvc.perform(get("/tasks/calendar.ics").with(user(department)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        VEvent deadline = TestCalendars.event(ics, "task-" + id + "@traodoi");
        assertThat(TestCalendars.value(deadline, "DTSTART")).isEqualTo("20990915");
        assertThat(TestCalendars.value(deadline, "DTEND")).isEqualTo("20990916");
        assertThat(TestCalendars.value(deadline, "SUMMARY")).isEqualTo("Hạn: Tổng hợp ý kiến, gửi Ban Chỉ đạo");
        mvc.perform(get("/tasks/calendar.ics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/tasks/calendar.ics").param("token", "td_not-a-token")).andExpect(status().isUnauthorized());
        Calendar strangers = TestCalendars.parse(mvc.perform(get("/tasks/calendar.ics").with(user(stranger)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(TestCalendars.uids(strangers)).doesNotContain("task-" + id + "@traodoi");
    }

    @Test
    void evidenceFilesAreCheckedKeptAndOnlyShownToTheTwoSides() throws Exception {
        long id = assign("Báo cáo kết quả triển khai mô hình khu công nghiệp sinh thái", "MONTH", "12/2099");
        byte[] pdf = TestImages.pdf();
        mvc.perform(multipart("/tasks/{id}/evidence", id)
                        .file(new MockMultipartFile("file", "Báo cáo số 12-BC-SKHĐT.pdf", "application/pdf", pdf))
                        .with(user(department)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String shown = page("/tasks/" + id, daNang);
        assertThat(shown).contains("Báo cáo số 12-BC-SKHĐT.pdf");
        long fileId = jdbc.sql("SELECT id FROM task_evidence_files WHERE task_id = ?").param(id).query(Long.class).single();
        var download = mvc.perform(get("/tasks/{id}/evidence/{f}", id, fileId).with(user(daNang)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");

        String wrongType = HtmlUtils.htmlUnescape(mvc.perform(multipart("/tasks/{id}/evidence", id)
                        .file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", "MZ không phải PDF".getBytes(StandardCharsets.UTF_8)))
                        .with(user(department)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(wrongType).contains("Chỉ nhận tệp PDF, Word").contains("Báo cáo số 12-BC-SKHĐT.pdf");
        byte[] large = new byte[8 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        String tooLarge = HtmlUtils.htmlUnescape(mvc.perform(multipart("/tasks/{id}/evidence", id)
                        .file(new MockMultipartFile("file", "lon.pdf", "application/pdf", large)).with(user(department)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(tooLarge).contains("Tệp quá lớn (tối đa 8 MB).");
        String notAPdf = HtmlUtils.htmlUnescape(mvc.perform(multipart("/tasks/{id}/evidence", id)
                        .file(new MockMultipartFile("file", "gia.pdf", "application/pdf",
                                "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
                        .with(user(department)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(notAPdf).contains("Tệp bị hỏng hoặc không đọc được.");
        String bomb = HtmlUtils.htmlUnescape(mvc.perform(multipart("/tasks/{id}/evidence", id)
                        .file(new MockMultipartFile("file", "so-do.png", "image/png", TestImages.pngHeader(30_000, 30_000)))
                        .with(user(department)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(bomb).contains("Ảnh quá lớn: 900 megapixel, tối đa 40.");
        mvc.perform(multipart("/tasks/{id}/evidence", id)
                        .file(new MockMultipartFile("file", "anh-hien-truong.jpg", "image/jpeg",
                                TestImages.withExif(TestImages.jpeg(64, 48), 1)))
                        .with(user(department)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long photoId = jdbc.sql("SELECT id FROM task_evidence_files WHERE task_id = ? AND file_name = 'anh-hien-truong.jpg'")
                .param(id).query(Long.class).single();
        byte[] photo = mvc.perform(get("/tasks/{id}/evidence/{f}", id, photoId).with(user(daNang))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(TestImages.jpegMarkers(photo)).as("an image among the evidence is written anew").doesNotContain(0xFFE1);
        assertThat(jdbc.sql("SELECT count(*) FROM task_evidence_files WHERE task_id = ?").param(id).query(Long.class).single())
                .isEqualTo(2);

        mvc.perform(get("/tasks/{id}/evidence/{f}", id, fileId).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(multipart("/tasks/{id}/evidence", id).file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                .with(user(stranger)).with(csrf())).andExpect(status().isNotFound());

        int version = jdbc.sql("SELECT version FROM follow_up_tasks WHERE id = ?").param(id).query(Integer.class).single();
        mvc.perform(post("/tasks/{id}", id).with(user(department)).with(csrf()).param("status", "DONE")
                        .param("version", "" + version))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM follow_up_tasks WHERE id = ?").param(id).query(String.class).single())
                .as("a file is evidence enough").isEqualTo("DONE");
        mvc.perform(multipart("/tasks/{id}/evidence", id).file(new MockMultipartFile("file", "muon.pdf", "application/pdf", pdf))
                .with(user(department)).with(csrf())).andExpect(status().isConflict());
    }

    @Autowired
    TaskService taskService;

    @Test
    void aLongListOfTasksIsShownFiftyAPage() throws Exception {
        long owner = users.organization("Văn phòng UBND giao nhiều việc");
        CurrentUser office = users.user(owner, Role.ORGANIZER);
        for (int n = 1; n <= 55; n++) {
            taskService.create(office, new TaskForm("Nhiệm vụ số " + n + " của văn phòng", List.of(departmentOrg),
                    FollowUpTask.DeadlineKind.MONTH, (1 + n % 12) + "/2099", null, null, null, List.of(), null));
        }
        String first = page("/tasks", office);
        assertThat(first).contains("55 kết quả").contains("Trang 1 / 2");
        assertThat(Jsoup.parse(first).select("#tasks tbody tr")).hasSize(50);
        String second = page("/tasks?status=ALL&page=2", office);
        assertThat(Jsoup.parse(second).select("#tasks tbody tr")).hasSize(5);
        assertThat(second).contains("Trang 2 / 2");
        assertThat(Jsoup.parse(page("/tasks?page=99", office)).select("#tasks tbody tr"))
                .as("a page past the end shows the last one").hasSize(5);
    }
}
