package vn.traodoi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.traodoi.TestCalendars.event;
import static vn.traodoi.TestCalendars.events;
import static vn.traodoi.TestCalendars.parameter;
import static vn.traodoi.TestCalendars.parse;
import static vn.traodoi.TestCalendars.value;
import static vn.traodoi.TestCalendars.vietnamTime;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.traodoi.document.CalendarEvent.AllDay;
import vn.traodoi.document.CalendarEvent.Status;
import vn.traodoi.document.CalendarEvent.Timed;

class ICalendarWriterTests {

    static final Instant STAMP = Instant.parse("2026-11-20T01:02:03.456Z");
    static final ICalendarWriter WRITER = ICalendarWriter.from("lich@so-noi-vu.example");

    static CalendarEvent session(String summary, CalendarEvent.When when, String description) {
        return new CalendarEvent("session-12@traodoi", summary, when, "Ủy ban nhân dân Thành phố Hồ Chí Minh, 86 Lê Thánh Tôn",
                description, URI.create("https://traodoi.example/delegations/3?tab=programme#session-12"),
                List.of("Buổi làm việc", "Đoàn khảo sát"), "Ủy ban nhân dân thành phố Hà Nội", Status.CONFIRMED, 4,
                Instant.parse("2026-11-01T09:30:00Z"));
    }

    static CalendarEvent deadline(String uid, LocalDate day, Status status) {
        return new CalendarEvent(uid, "Hạn: Tổng hợp ý kiến", new AllDay(day), null, null, null, List.of(),
                "Sở Nội vụ", status, 0, null);
    }

    @Nested
    class TheCalendar {

        @Test
        void carriesWhatOutlookAndGoogleCalendarExpect() {
            Calendar c = parse(WRITER.write("Lịch trình – Đoàn khảo sát, trao đổi; Hà Nội", List.of(
                    session("Làm việc", new Timed(LocalDate.of(2022, 8, 9), LocalTime.of(13, 30), LocalTime.of(17, 0)), "x")),
                    STAMP));
            assertThat(value(c, "METHOD")).isEqualTo("PUBLISH");
            assertThat(value(c, "VERSION")).isEqualTo("2.0");
            assertThat(value(c, "CALSCALE")).isEqualTo("GREGORIAN");
            assertThat(value(c, "PRODID")).isEqualTo("-//traodoi//traodoi//VI");
            assertThat(value(c, "X-WR-CALNAME")).isEqualTo("Lịch trình – Đoàn khảo sát, trao đổi; Hà Nội");
            assertThat(value(c, "NAME")).isEqualTo("Lịch trình – Đoàn khảo sát, trao đổi; Hà Nội");
            assertThat(value(c, "X-WR-TIMEZONE")).isEqualTo("Asia/Ho_Chi_Minh");
            assertThat(value(c, "REFRESH-INTERVAL")).isEqualTo("PT1H");
            assertThat(c.getComponents("VTIMEZONE")).hasSize(1);
            assertThat(c.getComponents("VTIMEZONE").getFirst().getProperty("TZID").orElseThrow().getValue())
                    .isEqualTo("Asia/Ho_Chi_Minh");
        }

        @Test
        void anEmptyCalendarIsStillValid() {
            Calendar c = parse(WRITER.write("Lịch trình – Đoàn chỉ biết tháng", List.of(), STAMP));
            assertThat(events(c)).isEmpty();
            assertThat(value(c, "METHOD")).isEqualTo("PUBLISH");
            assertThat(c.getComponents("VTIMEZONE")).as("the one component RFC 5545 wants").hasSize(1);
        }
    }

    @Nested
    class Events {

        @Test
        void aSessionWithHoursIsInAsiaHoChiMinhWithItsIdentityAndPublisher() {
            VEvent e = event(parse(WRITER.write("Lịch", List.of(session("Làm việc",
                    new Timed(LocalDate.of(2022, 8, 9), LocalTime.of(8, 0), LocalTime.of(11, 30)), "x")), STAMP)),
                    "session-12@traodoi");
            assertThat(vietnamTime(e, "DTSTART")).isEqualTo(LocalDateTime.of(2022, 8, 9, 8, 0));
            assertThat(vietnamTime(e, "DTEND")).isEqualTo(LocalDateTime.of(2022, 8, 9, 11, 30));
            assertThat(value(e, "DTSTAMP")).isEqualTo("20261120T010203Z");
            assertThat(value(e, "SEQUENCE")).isEqualTo("4");
            assertThat(value(e, "LAST-MODIFIED")).isEqualTo("20261101T093000Z");
            assertThat(value(e, "STATUS")).isEqualTo("CONFIRMED");
            assertThat(value(e, "URL")).isEqualTo("https://traodoi.example/delegations/3?tab=programme#session-12");
            assertThat(value(e, "ORGANIZER")).isEqualTo("mailto:lich@so-noi-vu.example");
            assertThat(parameter(e, "ORGANIZER", "CN")).isEqualTo("Ủy ban nhân dân thành phố Hà Nội");
            assertThat(((Categories) e.getProperty("CATEGORIES").orElseThrow()).getCategories().getTexts())
                    .containsExactly("Buổi làm việc", "Đoàn khảo sát");
        }

        @Test
        void aStartWithoutAnEndHasNoEnd() {
            VEvent e = events(parse(WRITER.write("Lịch", List.of(session("Làm việc",
                    new Timed(LocalDate.of(2022, 8, 9), LocalTime.of(19, 30), null), "x")), STAMP))).getFirst();
            assertThat(vietnamTime(e, "DTSTART")).isEqualTo(LocalDateTime.of(2022, 8, 9, 19, 30));
            assertThat(e.getProperty("DTEND")).isEmpty();
            assertThat(e.getProperty("DURATION")).isEmpty();
        }

        @Test
        void aWholeDayIsADateEndingTheDayAfter() {
            VEvent e = events(parse(WRITER.write("Nhiệm vụ", List.of(deadline("task-7@traodoi",
                    LocalDate.of(2023, 12, 31), Status.CONFIRMED)), STAMP))).getFirst();
            assertThat(value(e, "DTSTART")).isEqualTo("20231231");
            assertThat(parameter(e, "DTSTART", "VALUE")).isEqualTo("DATE");
            assertThat(value(e, "DTEND")).isEqualTo("20240101");
            assertThat(parameter(e, "DTEND", "VALUE")).isEqualTo("DATE");
            assertThat(e.getProperty("LAST-MODIFIED")).isEmpty();
            assertThat(e.getProperty("LOCATION")).isEmpty();
        }

        @Test
        void statusesAreWrittenAsCalendarsKnowThem() {
            Calendar c = parse(WRITER.write("Nhiệm vụ", List.of(
                    deadline("task-1@traodoi", LocalDate.of(2023, 8, 31), Status.CANCELLED),
                    deadline("task-2@traodoi", LocalDate.of(2023, 8, 31), Status.TENTATIVE)), STAMP));
            assertThat(value(event(c, "task-1@traodoi"), "STATUS")).isEqualTo("CANCELLED");
            assertThat(value(event(c, "task-2@traodoi"), "STATUS")).isEqualTo("TENTATIVE");
        }

        @Test
        void endingBeforeItStartsIsRefused() {
            assertThatThrownBy(() -> new Timed(LocalDate.of(2022, 8, 9), LocalTime.of(11, 0), LocalTime.of(8, 0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("08:00");
        }
    }

    @Nested
    class Text {

        static final String DESCRIPTION = "Chủ trì: Võ Văn Hoan, Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh\n"
                + "Nội dung làm việc:\n1. Kinh nghiệm tổ chức bộ máy; hoạt động theo mô hình chính quyền đô thị\n"
                + "2. Cơ chế thu hút nguồn nhân lực chất lượng cao\\đặc thù";

        @Test
        void commasSemicolonsBackslashesAndNewlinesAreEscapedAndReadBackIntact() {
            String summary = "Làm việc: Sở Nội vụ, Sở Tư pháp; tiếp đoàn\nchiều";
            byte[] ics = WRITER.write("Lịch", List.of(session(summary,
                    new Timed(LocalDate.of(2022, 8, 9), LocalTime.of(13, 30), LocalTime.of(17, 0)), DESCRIPTION)), STAMP);
            String raw = new String(ics, StandardCharsets.UTF_8).replace("\r\n ", "");
            assertThat(raw).contains("SUMMARY:Làm việc: Sở Nội vụ\\, Sở Tư pháp\\; tiếp đoàn\\nchiều\r\n")
                    .contains("LOCATION:Ủy ban nhân dân Thành phố Hồ Chí Minh\\, 86 Lê Thánh Tôn\r\n")
                    .contains("\\nNội dung làm việc:\\n1. Kinh nghiệm tổ chức bộ máy\\; hoạt động")
                    .contains("chất lượng cao\\\\đặc thù");
            VEvent e = events(parse(ics)).getFirst();
            assertThat(value(e, "SUMMARY")).isEqualTo(summary);
            assertThat(value(e, "DESCRIPTION")).isEqualTo(DESCRIPTION);
            assertThat(value(e, "LOCATION")).isEqualTo("Ủy ban nhân dân Thành phố Hồ Chí Minh, 86 Lê Thánh Tôn");
        }

        @Test
        void longVietnameseLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
            String longText = "Đoàn nghiên cứu, học tập kinh nghiệm về công tác cải cách hành chính tại Thành phố Hà Nội "
                    + "và tỉnh Quảng Ninh – Ủy ban nhân dân tỉnh Thừa Thiên Huế – Ban Chỉ đạo xây dựng Đề án ".repeat(3);
            byte[] ics = WRITER.write(longText, List.of(session(longText,
                    new Timed(LocalDate.of(2022, 8, 9), LocalTime.of(8, 0), null), longText + "\n" + DESCRIPTION)), STAMP);
            String text = new String(ics, StandardCharsets.UTF_8);
            assertThat(text.lines().filter(l -> l.startsWith(" ")).count()).as("folded lines").isGreaterThan(10);
            VEvent e = events(parse(ics)).getFirst();
            assertThat(value(e, "SUMMARY")).isEqualTo(longText.strip());
            assertThat(value(e, "DESCRIPTION")).isEqualTo(longText + "\n" + DESCRIPTION);
        }

        @Test
        void controlCharactersAreDroppedAndCarriageReturnsBecomeLineBreaks() {
            VEvent e = events(parse(WRITER.write("Lịch", List.of(session("Làm\u0007 việc\u0000",
                    new Timed(LocalDate.of(2022, 8, 9), LocalTime.of(8, 0), null), "dòng 1\r\ndòng 2\rdòng 3")),
                    STAMP))).getFirst();
            assertThat(value(e, "SUMMARY")).isEqualTo("Làm việc");
            assertThat(value(e, "DESCRIPTION")).isEqualTo("dòng 1\ndòng 2\ndòng 3");
        }

        @Test
        void foldingCountsOctetsAndKeepsShortLinesWhole() {
            assertThat(ICalendarWriter.fold("SUMMARY:ngắn\r\n")).isEqualTo("SUMMARY:ngắn\r\n");
            String folded = ICalendarWriter.fold("X:" + "ữ".repeat(30) + "\r\n");
            assertThat(folded.split("\r\n")).extracting(l -> l.getBytes(StandardCharsets.UTF_8).length)
                    .containsExactly(74, 19);
        }
    }

    @Test
    void aSenderThatIsNoAddressIsRefused() {
        assertThatThrownBy(() -> ICalendarWriter.from("không phải địa chỉ")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("traodoi.mail.from");
        assertThat(parameter(events(parse(ICalendarWriter.from("traodoi <lich@ubnd.example>").write("Lịch",
                List.of(deadline("task-1@traodoi", LocalDate.of(2023, 8, 31), Status.CONFIRMED)), STAMP))).getFirst(),
                "ORGANIZER", "CN")).isEqualTo("Sở Nội vụ");
    }
}
