package vn.traodoi.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.traodoi.TestCalendars.event;
import static vn.traodoi.TestCalendars.parameter;
import static vn.traodoi.TestCalendars.parse;
import static vn.traodoi.TestCalendars.uids;
import static vn.traodoi.TestCalendars.value;
import static vn.traodoi.TestCalendars.vietnamTime;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * The personal feed {@code /tasks/calendar.ics}, as a calendar app subscribes to it with a personal API token: the
 * deadlines of the organization's tasks and the sessions of the delegations the user may see, and nothing of another
 * organization's; refused without a token, with a wrong one or a revoked one.
 */
@IntegrationTest
class PersonalCalendarIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">(td_[A-Za-z0-9_-]+)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser office;
    CurrentUser department;
    CurrentUser stranger;
    long departmentOrg;
    long supportOrg;

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }

    @BeforeEach
    void users() {
        office = users.user(users.organization("Văn phòng UBND có lịch"), Role.ORGANIZER, Role.APPROVER);
        departmentOrg = users.organization("Sở được giao có lịch");
        department = users.user(departmentOrg, Role.ORGANIZER);
        supportOrg = org("Sở Tư pháp Thành phố Hồ Chí Minh");
        stranger = users.user(users.organization("Cơ quan khác không có lịch"), Role.ORGANIZER, Role.APPROVER);
    }

    long assign(CurrentUser by, String task, String kind, String deadline) throws Exception {
        String location = mvc.perform(post("/tasks/new").with(user(by)).with(csrf()).param("task", task)
                        .param("assigneeIds", "" + departmentOrg).param("supportIds", "" + supportOrg)
                        .param("deadlineKind", kind).param("deadline", deadline)
                        .param("source", "Kết luận của Chủ tịch, buổi làm việc; ngày 09/08/2022"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM delegations WHERE id = ?").param(id).query(Integer.class).single();
    }

    /** A delegation of {@code by}'s organization with one session on 22/07/2022, morning 08:00–11:30. */
    long delegationWithSession(CurrentUser by, String title) throws Exception {
        String location = mvc.perform(post("/delegations/new").with(user(by)).with(csrf()).param("kind", "SURVEY")
                        .param("title", title).param("startDate", "21/07/2022").param("endDate", "22/07/2022")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/delegations/{id}/stops", id).with(user(by)).with(csrf())
                .param("hostOrganizationId", "" + org("Sở Nội vụ Thành phố Hồ Chí Minh")).param("startDate", "21/07/2022")
                .param("endDate", "22/07/2022").param("version", "" + version(id))).andExpect(status().is3xxRedirection());
        long stop = jdbc.sql("SELECT id FROM delegation_stops WHERE delegation_id = ?").param(id).query(Long.class).single();
        mvc.perform(post("/delegations/{id}/sessions", id).with(user(by)).with(csrf()).param("stopId", "" + stop)
                .param("date", "22/07/2022").param("partOfDay", "MORNING").param("startTime", "08:00")
                .param("endTime", "11:30").param("kind", "WORKING_SESSION").param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    long sessionOf(long delegation) {
        return jdbc.sql("SELECT s.id FROM delegation_sessions s JOIN delegation_stops t ON t.id = s.stop_id "
                + "WHERE t.delegation_id = ?").param(delegation).query(Long.class).single();
    }

    String token(CurrentUser owner) throws Exception {
        String page = mvc.perform(post("/account/tokens").param("name", "Lịch Outlook").with(csrf()).with(user(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    MockHttpServletResponse feed(String token) throws Exception {
        return mvc.perform(get("/tasks/calendar.ics").param("token", token)).andReturn().getResponse();
    }

    @Nested
    class Tasks {

        long day;
        long month;
        long period;
        long none;
        long done;

        @BeforeEach
        void tasks() throws Exception {
            day = assign(office, "Tổng hợp ý kiến, gửi Ban Chỉ đạo; báo cáo lãnh đạo", "DAY", "15/09/2099");
            month = assign(office, "Chuẩn bị nội dung họp Ban Chỉ đạo", "MONTH", "8/2099");
            period = assign(office, "Tiếp tục trao đổi với các đơn vị liên quan", "PERIOD", "2025-2030");
            none = assign(office, "Nghiên cứu mô hình chính quyền đô thị", "NONE", "");
            done = assign(office, "Rà soát các căn cứ pháp lý", "DAY", "30/09/2099");
            int v = jdbc.sql("SELECT version FROM follow_up_tasks WHERE id = ?").param(done).query(Integer.class).single();
            mvc.perform(post("/tasks/{id}", done).with(user(department)).with(csrf()).param("status", "DONE")
                    .param("evidence", "Báo cáo số 12/BC-SNV").param("version", "" + v))
                    .andExpect(status().is3xxRedirection());
        }

        @Test
        void aDayDeadlineIsAWholeDayWithItsOrganizationsStatusAndLink() throws Exception {
            MockHttpServletResponse response = feed(token(office));
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentType()).startsWith("text/calendar");
            Calendar c = parse(response.getContentAsByteArray());
            assertThat(value(c, "X-WR-CALNAME")).isEqualTo("Lịch công tác và nhiệm vụ – " + office.organizationName());
            VEvent e = event(c, "task-" + day + "@traodoi");
            assertThat(value(e, "DTSTART")).isEqualTo("20990915");
            assertThat(parameter(e, "DTSTART", "VALUE")).isEqualTo("DATE");
            assertThat(value(e, "DTEND")).isEqualTo("20990916");
            assertThat(value(e, "SUMMARY")).isEqualTo("Hạn: Tổng hợp ý kiến, gửi Ban Chỉ đạo; báo cáo lãnh đạo");
            assertThat(value(e, "DESCRIPTION")).isEqualTo(String.join("\n",
                    "Nhiệm vụ: Tổng hợp ý kiến, gửi Ban Chỉ đạo; báo cáo lãnh đạo",
                    "Cơ quan giao: " + office.organizationName(),
                    "Chủ trì: " + department.organizationName(),
                    "Phối hợp: Sở Tư pháp Thành phố Hồ Chí Minh",
                    "Thời hạn: 15/09/2099",
                    "Trạng thái: Chưa thực hiện; tiến độ 0%",
                    "Nguồn: Kết luận của Chủ tịch, buổi làm việc; ngày 09/08/2022",
                    "Xem trên traodoi: http://localhost:8080/tasks/" + day));
            assertThat(value(e, "URL")).isEqualTo("http://localhost:8080/tasks/" + day);
            assertThat(value(e, "STATUS")).isEqualTo("CONFIRMED");
            assertThat(value(e, "SEQUENCE")).isEqualTo("0");
            assertThat(value(e, "LAST-MODIFIED")).isNotNull();
            assertThat(parameter(e, "ORGANIZER", "CN")).isEqualTo(office.organizationName());
            String raw = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).replace("\r\n ", "");
            assertThat(raw).contains("SUMMARY:Hạn: Tổng hợp ý kiến\\, gửi Ban Chỉ đạo\\; báo cáo lãnh đạo\r\n")
                    .contains("DESCRIPTION:Nhiệm vụ: Tổng hợp ý kiến\\, gửi Ban Chỉ đạo\\; báo cáo lãnh đạo\\nCơ quan giao: ");
        }

        @Test
        void aMonthIsOnItsLastDayAndAPeriodOnItsLastYearsLastDay() throws Exception {
            Calendar c = parse(feed(token(department)).getContentAsByteArray());
            VEvent m = event(c, "task-" + month + "@traodoi");
            assertThat(value(m, "DTSTART")).isEqualTo("20990831");
            assertThat(value(m, "DTEND")).isEqualTo("20990901");
            assertThat(value(m, "SUMMARY")).isEqualTo("Hạn: Chuẩn bị nội dung họp Ban Chỉ đạo (hạn trong tháng 08/2099)");
            assertThat(value(m, "DESCRIPTION")).contains("Thời hạn: trong tháng 08/2099 (đến hết ngày 31/08/2099)");
            VEvent p = event(c, "task-" + period + "@traodoi");
            assertThat(value(p, "DTSTART")).isEqualTo("20301231");
            assertThat(value(p, "SUMMARY")).isEqualTo("Hạn: Tiếp tục trao đổi với các đơn vị liên quan (giai đoạn 2025–2030)");
        }

        @Test
        void aTaskWithoutDeadlineIsLeftOutAndADoneOneIsCancelledWithTheReasonInItsSummary() throws Exception {
            String secret = token(office);
            Calendar c = parse(feed(secret).getContentAsByteArray());
            assertThat(uids(c)).doesNotContain("task-" + none + "@traodoi");
            VEvent e = event(c, "task-" + done + "@traodoi");
            assertThat(value(e, "STATUS")).isEqualTo("CANCELLED");
            assertThat(value(e, "SUMMARY")).isEqualTo("[Đã hoàn thành] Hạn: Rà soát các căn cứ pháp lý");
            assertThat(value(e, "SEQUENCE")).isEqualTo("1");
            assertThat(value(e, "DESCRIPTION")).contains("Trạng thái: Hoàn thành; tiến độ 100%");
            assertThat(uids(parse(feed(secret).getContentAsByteArray()))).as("the same events on the next refresh")
                    .containsExactlyElementsOf(uids(c));
        }

        @Test
        void anotherOrganizationsFeedHasNoneOfTheseTasks() throws Exception {
            Calendar c = parse(feed(token(stranger)).getContentAsByteArray());
            assertThat(uids(c)).doesNotContain("task-" + day + "@traodoi", "task-" + month + "@traodoi",
                    "task-" + done + "@traodoi");
        }
    }

    @Nested
    class Sessions {

        @Test
        void theFeedHasTheSessionsTheUserMaySeeAndNoneOfAnotherOrganization() throws Exception {
            long own = delegationWithSession(office, "Đoàn của văn phòng có lịch");
            long foreign = delegationWithSession(stranger, "Đoàn của cơ quan khác");
            Calendar c = parse(feed(token(office)).getContentAsByteArray());
            VEvent e = event(c, "session-" + sessionOf(own) + "@traodoi");
            assertThat(vietnamTime(e, "DTSTART")).isEqualTo(LocalDateTime.of(2022, 7, 22, 8, 0));
            assertThat(vietnamTime(e, "DTEND")).isEqualTo(LocalDateTime.of(2022, 7, 22, 11, 30));
            assertThat(value(e, "SUMMARY")).isEqualTo("Buổi làm việc: Sở Nội vụ Thành phố Hồ Chí Minh – "
                    + "Đoàn của văn phòng có lịch");
            assertThat(uids(c)).doesNotContain("session-" + sessionOf(foreign) + "@traodoi");
            assertThat(new String(feed(token(office)).getContentAsByteArray(), StandardCharsets.UTF_8))
                    .doesNotContain("Đoàn của cơ quan khác");

            assertThat(uids(parse(feed(token(stranger)).getContentAsByteArray())))
                    .contains("session-" + sessionOf(foreign) + "@traodoi")
                    .doesNotContain("session-" + sessionOf(own) + "@traodoi");
            assertThat(uids(parse(mvc.perform(get("/tasks/calendar.ics").with(user(office))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray())))
                    .as("signed in, the same feed").contains("session-" + sessionOf(own) + "@traodoi");
            String month = mvc.perform(get("/calendar").param("month", "7").param("year", "2022").with(user(office)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(month).as("Lịch công tác offers the feed").contains("id=\"calendar-feed\"")
                    .contains("href=\"/tasks/calendar.ics\"").contains("Đăng ký lịch (iCalendar)");
        }

        @Test
        void theHostSeesTheSessionOnceTheDelegationWasSentToIt() throws Exception {
            long id = delegationWithSession(office, "Đoàn gửi đơn vị tiếp đón có lịch");
            CurrentUser host = users.user(org("Sở Nội vụ Thành phố Hồ Chí Minh"), Role.ORGANIZER);
            String secret = token(host);
            String uid = "session-" + sessionOf(id) + "@traodoi";
            assertThat(uids(parse(feed(secret).getContentAsByteArray()))).as("not sent yet").doesNotContain(uid);
            jdbc.sql("UPDATE delegations SET status = 'HOST_REQUESTED', host_requested_at = now() WHERE id = ?")
                    .param(id).update();
            assertThat(uids(parse(feed(secret).getContentAsByteArray()))).contains(uid);
        }
    }

    @Nested
    class Authorization {

        @Test
        void withoutTokenWithAWrongOneOrARevokedOneTheFeedIsRefused() throws Exception {
            mvc.perform(get("/tasks/calendar.ics")).andExpect(status().isUnauthorized());
            mvc.perform(get("/tasks/calendar.ics").param("token", "td_not-a-token")).andExpect(status().isUnauthorized());
            String secret = token(office);
            assertThat(feed(secret).getStatus()).isEqualTo(200);
            long tokenId = jdbc.sql("SELECT id FROM api_tokens WHERE user_id = ? ORDER BY id DESC LIMIT 1")
                    .param(office.userId()).query(Long.class).single();
            mvc.perform(post("/account/tokens/{id}/revoke", tokenId).with(csrf()).with(user(office)))
                    .andExpect(status().is3xxRedirection());
            MockHttpServletResponse refused = feed(secret);
            assertThat(refused.getStatus()).isEqualTo(401);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("BEGIN:VCALENDAR")
                    .contains("?token=");
        }
    }
}
