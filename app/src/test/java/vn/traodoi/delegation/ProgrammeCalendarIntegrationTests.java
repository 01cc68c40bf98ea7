package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.traodoi.TestCalendars.event;
import static vn.traodoi.TestCalendars.events;
import static vn.traodoi.TestCalendars.parameter;
import static vn.traodoi.TestCalendars.parse;
import static vn.traodoi.TestCalendars.uids;
import static vn.traodoi.TestCalendars.value;
import static vn.traodoi.TestCalendars.vietnamTime;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * "Tải lịch (.ics)" on the programme tab: each dated session as an event that Outlook and Google Calendar accept,
 * with its hours (or the part of the day's usual hours, or the whole day), place, host, chair and topics; nothing for a
 * session or a trip whose day is not known; 404 for an organization that may not see the delegation.
 */
@IntegrationTest
class ProgrammeCalendarIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    CurrentUser organizer;
    CurrentUser stranger;
    long hcm;
    long quan1;

    @BeforeEach
    void users() {
        organizer = users.user(users.organization("Sở Nội vụ tỉnh lập lịch"), Role.ORGANIZER, Role.APPROVER);
        stranger = users.user(users.organization("Cơ quan không xem được lịch"), Role.ORGANIZER, Role.APPROVER);
        hcm = org("Sở Nội vụ Thành phố Hồ Chí Minh");
        quan1 = org("Ủy ban nhân dân Quận 1");
    }

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM delegations WHERE id = ?").param(id).query(Integer.class).single();
    }

    long create(String title) throws Exception {
        String location = mvc.perform(post("/delegations/new").with(user(organizer)).with(csrf())
                        .param("kind", "STUDY").param("title", title).param("startDate", "21/07/2022")
                        .param("endDate", "22/07/2022").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/delegations/{id}/stops", id).with(user(organizer)).with(csrf())
                .param("hostOrganizationId", "" + hcm).param("startDate", "21/07/2022").param("endDate", "22/07/2022")
                .param("version", "" + version(id))).andExpect(status().is3xxRedirection());
        return id;
    }

    long stopOf(long id) {
        return jdbc.sql("SELECT id FROM delegation_stops WHERE delegation_id = ?").param(id).query(Long.class).single();
    }

    /** Adds a session (date, part of day, start, end as typed; blank for none) and answers its id. */
    long session(long id, String date, String part, String start, String end, String kind,
            UnaryOperator<MockHttpServletRequestBuilder> more) throws Exception {
        mvc.perform(more.apply(post("/delegations/{id}/sessions", id).with(user(organizer)).with(csrf())
                        .param("stopId", "" + stopOf(id)).param("date", date).param("partOfDay", part)
                        .param("startTime", start).param("endTime", end).param("kind", kind)
                        .param("version", "" + version(id))))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT max(s.id) FROM delegation_sessions s JOIN delegation_stops t ON t.id = s.stop_id "
                + "WHERE t.delegation_id = ?").param(id).query(Long.class).single();
    }

    MockHttpServletResponse download(long id, CurrentUser as) throws Exception {
        return mvc.perform(get("/delegations/{id}/programme.ics", id).with(user(as))).andReturn().getResponse();
    }

    Calendar calendar(long id, CurrentUser as) throws Exception {
        MockHttpServletResponse response = download(id, as);
        assertThat(response.getStatus()).isEqualTo(200);
        return parse(response.getContentAsByteArray());
    }

    @Nested
    class Download {

        long id;
        long timed;
        long afternoon;
        long wholeDay;
        long startOnly;

        @BeforeEach
        void programme() throws Exception {
            id = create("Đoàn học tập; lập lịch, tải về");
            timed = session(id, "22/07/2022", "MORNING", "08:00", "11:30", "WORKING_SESSION", r -> r
                    .param("placeText", "Hội trường A, tầng 2; phòng 3")
                    .param("chair", "đồng chí Võ Văn Hoan, Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh")
                    .param("topics", "Tổ chức bộ máy, chính quyền đô thị\nChuyển đổi số; dữ liệu dùng chung"));
            afternoon = session(id, "22/07/2022", "AFTERNOON", "", "", "WORKING_SESSION", r -> r);
            wholeDay = session(id, "21/07/2022", "", "", "", "FIELD_VISIT", r -> r
                    .param("visitedOrganizationId", "" + quan1));
            startOnly = session(id, "21/07/2022", "EVENING", "19:30", "", "WORKSHOP", r -> r);
            session(id, "", "MORNING", "", "", "FIELD_VISIT", r -> r.param("placeText", "Ngày chưa rõ"));
        }

        @Test
        void isAnAttachmentOfTextCalendarWithOneEventForEachDatedSession() throws Exception {
            MockHttpServletResponse response = download(id, organizer);
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentType()).startsWith("text/calendar").containsIgnoringCase("charset=UTF-8");
            assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
                    .contains("lich-trinh-doan-" + id + ".ics");
            Calendar c = parse(response.getContentAsByteArray());
            assertThat(uids(c)).containsExactlyInAnyOrder("session-" + timed + "@traodoi",
                    "session-" + afternoon + "@traodoi", "session-" + wholeDay + "@traodoi",
                    "session-" + startOnly + "@traodoi");
            assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8)).doesNotContain("Ngày chưa rõ");
            assertThat(value(c, "METHOD")).isEqualTo("PUBLISH");
            assertThat(value(c, "X-WR-CALNAME")).isEqualTo("Lịch trình – Đoàn học tập; lập lịch, tải về");
        }

        @Test
        void theHoursPlaceHostChairAndTopicsAreThoseOfTheRecordInVietnamese() throws Exception {
            VEvent e = event(calendar(id, organizer), "session-" + timed + "@traodoi");
            assertThat(vietnamTime(e, "DTSTART")).isEqualTo(LocalDateTime.of(2022, 7, 22, 8, 0));
            assertThat(vietnamTime(e, "DTEND")).isEqualTo(LocalDateTime.of(2022, 7, 22, 11, 30));
            assertThat(value(e, "SUMMARY")).isEqualTo("Buổi làm việc: Sở Nội vụ Thành phố Hồ Chí Minh – "
                    + "Đoàn học tập; lập lịch, tải về");
            assertThat(value(e, "LOCATION")).isEqualTo("Hội trường A, tầng 2; phòng 3");
            assertThat(value(e, "DESCRIPTION")).isEqualTo(String.join("\n",
                    "Đoàn: Đoàn học tập; lập lịch, tải về",
                    "Hình thức: Buổi làm việc",
                    "Thời gian: Sáng 22/07/2022, 08:00–11:30",
                    "Đơn vị tiếp đón: Sở Nội vụ Thành phố Hồ Chí Minh",
                    "Địa điểm: Hội trường A, tầng 2; phòng 3",
                    "Chủ trì: Võ Văn Hoan, Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh",
                    "Nội dung làm việc:",
                    "1. Tổ chức bộ máy, chính quyền đô thị",
                    "2. Chuyển đổi số; dữ liệu dùng chung",
                    "Tình trạng của đoàn: Dự thảo",
                    "Xem trên traodoi: http://localhost:8080/delegations/" + id + "?tab=programme#session-" + timed));
            assertThat(value(e, "URL")).isEqualTo("http://localhost:8080/delegations/" + id + "?tab=programme#session-" + timed);
            assertThat(value(e, "STATUS")).as("not confirmed by the host yet").isEqualTo("TENTATIVE");
            assertThat(value(e, "SEQUENCE")).isEqualTo("" + version(id));
            assertThat(value(e, "LAST-MODIFIED")).isNotNull();
            assertThat(parameter(e, "ORGANIZER", "CN")).isEqualTo(organizer.organizationName());
            String raw = new String(download(id, organizer).getContentAsByteArray(), StandardCharsets.UTF_8)
                    .replace("\r\n ", "");
            assertThat(raw).contains("LOCATION:Hội trường A\\, tầng 2\\; phòng 3\r\n")
                    .contains("\\nNội dung làm việc:\\n1. Tổ chức bộ máy\\, chính quyền đô thị\\n2. Chuyển đổi số\\; dữ liệu");
        }

        @Test
        void aPartOfTheDayWithoutHoursTakesTheUsualHoursAndSaysSo() throws Exception {
            VEvent e = event(calendar(id, organizer), "session-" + afternoon + "@traodoi");
            assertThat(vietnamTime(e, "DTSTART")).isEqualTo(LocalDateTime.of(2022, 7, 22, 13, 30));
            assertThat(vietnamTime(e, "DTEND")).isEqualTo(LocalDateTime.of(2022, 7, 22, 17, 0));
            assertThat(value(e, "DESCRIPTION")).contains("Thời gian: Chiều 22/07/2022\n")
                    .contains("Giờ: hồ sơ chỉ ghi buổi chiều; lịch đặt 13:30–17:00, giờ làm việc thường lệ của buổi chiều.");
            assertThat(value(e, "LOCATION")).as("the host, when nothing more is known")
                    .isEqualTo("Sở Nội vụ Thành phố Hồ Chí Minh");
        }

        @Test
        void aStartWithoutAnEndEndsAtThePartOfTheDaysUsualEnd() throws Exception {
            VEvent e = event(calendar(id, organizer), "session-" + startOnly + "@traodoi");
            assertThat(vietnamTime(e, "DTSTART")).isEqualTo(LocalDateTime.of(2022, 7, 21, 19, 30));
            assertThat(vietnamTime(e, "DTEND")).isEqualTo(LocalDateTime.of(2022, 7, 21, 21, 0));
            assertThat(value(e, "DESCRIPTION")).contains("Thời gian: Tối 21/07/2022, 19:30\n")
                    .contains("Giờ kết thúc: hồ sơ chưa ghi; lịch đặt đến 21:00 theo giờ thường lệ của buổi tối.");
        }

        @Test
        void aDayWithoutPartOrHoursIsAWholeDayAtTheOrganizationVisited() throws Exception {
            VEvent e = event(calendar(id, organizer), "session-" + wholeDay + "@traodoi");
            assertThat(value(e, "DTSTART")).isEqualTo("20220721");
            assertThat(parameter(e, "DTSTART", "VALUE")).isEqualTo("DATE");
            assertThat(value(e, "DTEND")).isEqualTo("20220722");
            assertThat(value(e, "SUMMARY")).startsWith("Khảo sát, tìm hiểu thực tế: Ủy ban nhân dân Quận 1 – ");
            assertThat(value(e, "LOCATION")).isEqualTo("Ủy ban nhân dân Quận 1");
            assertThat(value(e, "DESCRIPTION")).contains("Nơi làm việc, khảo sát: Ủy ban nhân dân Quận 1")
                    .contains("Giờ: hồ sơ chưa ghi buổi, giờ; lịch ghi cả ngày.");
        }

        @Test
        void twoDownloadsNameTheSameEventsAndAChangeRaisesTheSequence() throws Exception {
            Calendar first = calendar(id, organizer);
            Calendar second = calendar(id, organizer);
            assertThat(uids(second)).hasSize(4).containsExactlyElementsOf(uids(first));
            String before = value(event(first, "session-" + timed + "@traodoi"), "SEQUENCE");
            session(id, "22/07/2022", "EVENING", "19:00", "21:00", "WORKSHOP", r -> r);
            Calendar changed = calendar(id, organizer);
            assertThat(Integer.parseInt(value(event(changed, "session-" + timed + "@traodoi"), "SEQUENCE")))
                    .isGreaterThan(Integer.parseInt(before));
        }

        @Test
        void anotherOrganizationGets404AndTheTabOffersTheDownload() throws Exception {
            assertThat(download(id, stranger).getStatus()).isEqualTo(404);
            mvc.perform(get("/delegations/{id}/programme.ics", id)).andExpect(status().is3xxRedirection());
            String tab = mvc.perform(get("/delegations/{id}", id).param("tab", "programme").with(user(organizer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(tab).contains("id=\"programme-ics\"").contains("href=\"/delegations/" + id + "/programme.ics\"")
                    .contains("Tải lịch (.ics)");
        }

        @Test
        void aCancelledDelegationsSessionsAreCancelledEvents() throws Exception {
            jdbc.sql("UPDATE delegations SET status = 'CANCELLED' WHERE id = ?").param(id).update();
            VEvent e = event(calendar(id, organizer), "session-" + timed + "@traodoi");
            assertThat(value(e, "STATUS")).isEqualTo("CANCELLED");
            assertThat(value(e, "SUMMARY")).startsWith("[Đã hủy] Buổi làm việc: ");
        }
    }

    @Nested
    class Seeds {

        @Test
        void seed000sMorningSurveyAndAfternoonSessionHaveTheirHalfDaysChairAndTopics() throws Exception {
            long id = DemoSeeds.delegation(context, "seed-000");
            CurrentUser hanoi = users.user(org("Ủy ban nhân dân thành phố Hà Nội"), Role.ORGANIZER);
            List<VEvent> events = events(calendar(id, hanoi));
            assertThat(events).hasSize(2);
            VEvent morning = events.stream().filter(e -> value(e, "SUMMARY").startsWith("Khảo sát,")).findFirst().orElseThrow();
            assertThat(vietnamTime(morning, "DTSTART")).isEqualTo(LocalDateTime.of(2022, 8, 9, 8, 0));
            assertThat(vietnamTime(morning, "DTEND")).isEqualTo(LocalDateTime.of(2022, 8, 9, 11, 30));
            assertThat(value(morning, "LOCATION")).isEqualTo("thành phố Thủ Đức");
            assertThat(value(morning, "SUMMARY")).as("a field visit is named by where it goes")
                    .isEqualTo("Khảo sát, tìm hiểu thực tế: thành phố Thủ Đức – Đoàn khảo sát của Ủy ban nhân dân thành phố Hà Nội");
            VEvent working = events.stream().filter(e -> value(e, "SUMMARY").startsWith("Buổi làm việc")).findFirst()
                    .orElseThrow();
            assertThat(vietnamTime(working, "DTSTART")).isEqualTo(LocalDateTime.of(2022, 8, 9, 13, 30));
            assertThat(value(working, "SUMMARY")).isEqualTo("Buổi làm việc: Ủy ban nhân dân Thành phố Hồ Chí Minh – "
                    + "Đoàn khảo sát của Ủy ban nhân dân thành phố Hà Nội");
            assertThat(value(working, "DESCRIPTION"))
                    .contains("Chủ trì: Võ Văn Hoan, Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh\n")
                    .contains("1. Kinh nghiệm tổ chức bộ máy, hoạt động theo mô hình chính quyền đô thị\n"
                            + "2. Cơ chế thu hút nguồn nhân lực chất lượng cao\n3. Cơ chế liên kết, phát triển Vùng tại Thành phố")
                    .contains("Tình trạng của đoàn: Đã kết thúc");
            assertThat(value(working, "STATUS")).isEqualTo("CONFIRMED");
            assertThat(parameter(working, "ORGANIZER", "CN")).isEqualTo("Ủy ban nhân dân thành phố Hà Nội");
        }

        @Test
        void seed001sDaysWithoutPartOfDayAreWholeDaysAndTheHostSeesThemToo() throws Exception {
            long id = DemoSeeds.delegation(context, "seed-001");
            CurrentUser host = users.user(hcm, Role.ORGANIZER);
            List<VEvent> events = events(calendar(id, host));
            assertThat(events).hasSize(4);
            assertThat(events).extracting(e -> value(e, "DTSTART"))
                    .containsExactlyInAnyOrder("20220721", "20220721", "20220721", "20220722");
            VEvent working = events.stream().filter(e -> "20220722".equals(value(e, "DTSTART"))).findFirst().orElseThrow();
            assertThat(value(working, "DTEND")).isEqualTo("20220723");
            assertThat(value(working, "SUMMARY")).isEqualTo("Buổi làm việc: Sở Nội vụ Thành phố Hồ Chí Minh – "
                    + "Đoàn nghiên cứu, học tập thực tế tỉnh Tuyên Quang");
            assertThat(value(working, "DESCRIPTION")).contains("4. Một số nội dung về công tác chuyên môn ngành Nội vụ");
            assertThat(events).extracting(e -> value(e, "LOCATION")).contains("Ủy ban nhân dân Quận 10",
                    "Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh");
        }

        @Test
        void aMonthOnlyTripAndSessionsWithoutADayGiveNoEvent() throws Exception {
            long monthOnly = DemoSeeds.delegation(context, "seed-004-c");
            CurrentUser snv = users.user(hcm, Role.ORGANIZER);
            MockHttpServletResponse response = download(monthOnly, snv);
            assertThat(response.getStatus()).isEqualTo(200);
            Calendar c = parse(response.getContentAsByteArray());
            assertThat(events(c)).isEmpty();
            assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8))
                    .doesNotContain("20221201").doesNotContain("20221231").doesNotContain("BEGIN:VEVENT");

            long undated = DemoSeeds.delegation(context, "seed-002");
            CurrentUser daNang = users.user(org("Ủy ban nhân dân thành phố Đà Nẵng"), Role.ORGANIZER);
            assertThat(events(calendar(undated, daNang))).as("seed 002 does not say which day each host was visited")
                    .isEmpty();
        }
    }
}
