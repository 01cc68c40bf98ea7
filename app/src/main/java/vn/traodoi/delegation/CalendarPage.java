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
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.traodoi.account.CurrentUser;

/** Lịch công tác: a Monday-first month of the sessions of every delegation the organization sends or hosts. */
@Controller
class CalendarPage {

    /** One cell of the month grid. */
    record Day(LocalDate date, boolean inMonth, List<DelegationQueries.CalendarEntry> entries) {
    }

    private final DelegationQueries queries;
    private final Clock clock;

    CalendarPage(DelegationQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String month(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String month,
            Model model) {
        YearMonth shown = parse(month);
        model.addAttribute("monthInvalid", month != null && !month.isBlank() && shown == null);
        if (shown == null) {
            shown = YearMonth.now(clock);
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
        model.addAttribute("weeks", weeks);
        model.addAttribute("count", byDay.values().stream().mapToInt(List::size).sum());
        return "delegations/calendar";
    }

    private static @Nullable YearMonth parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
