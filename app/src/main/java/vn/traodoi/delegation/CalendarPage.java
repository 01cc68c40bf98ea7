package vn.traodoi.delegation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.traodoi.account.CurrentUser;

/**
 * Lịch công tác: a Monday-first month of the sessions of every delegation the organization sends or hosts. The month
 * stays in the address, {@code ?month=8&year=2022} as the pickers send it (or {@code ?month=2022-08}), to share.
 */
@Controller
class CalendarPage {

    /** One cell of the month grid. */
    record Day(LocalDate date, boolean inMonth, List<DelegationQueries.CalendarEntry> entries) {
    }

    /** The years the picker offers around this one; a month further away is reached by its address. */
    private static final int YEARS_BACK = 10;
    private static final int YEARS_AHEAD = 2;
    private static final int FIRST_YEAR = 1945;
    private static final int LAST_YEAR = 2100;

    private final DelegationQueries queries;
    private final Clock clock;

    CalendarPage(DelegationQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String month(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String month,
            @RequestParam(required = false) @Nullable String year, Model model) {
        YearMonth shown = parse(month, year);
        model.addAttribute("monthInvalid", (present(month) || present(year)) && shown == null);
        YearMonth today = YearMonth.now(clock);
        if (shown == null) {
            shown = today;
        }
        Map<LocalDate, List<DelegationQueries.CalendarEntry>> byDay = queries.calendar(me, shown).stream()
                .collect(Collectors.groupingBy(DelegationQueries.CalendarEntry::date));
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                weeks.add(new ArrayList<>());
            }
            weeks.getLast().add(new Day(day, YearMonth.from(day).equals(shown), byDay.getOrDefault(day, List.of())));
        }
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("years", IntStream.rangeClosed(Math.min(shown.getYear(), today.getYear() - YEARS_BACK),
                Math.max(shown.getYear(), today.getYear() + YEARS_AHEAD)).boxed().toList());
        model.addAttribute("weeks", weeks);
        model.addAttribute("count", byDay.values().stream().mapToInt(List::size).sum());
        return "delegations/calendar";
    }

    /** "8" with "2022" (the pickers), or "2022-08" alone (older links); anything else is no month. */
    static @Nullable YearMonth parse(@Nullable String month, @Nullable String year) {
        if (!present(month)) {
            return null;
        }
        String m = month.strip();
        if (!present(year)) {
            try {
                return YearMonth.parse(m);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        String y = year.strip();
        if (!m.matches("\\d{1,2}") || !y.matches("\\d{4}")) {
            return null;
        }
        int monthValue = Integer.parseInt(m);
        int yearValue = Integer.parseInt(y);
        return monthValue >= 1 && monthValue <= 12 && yearValue >= FIRST_YEAR && yearValue <= LAST_YEAR
                ? YearMonth.of(yearValue, monthValue) : null;
    }

    private static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
