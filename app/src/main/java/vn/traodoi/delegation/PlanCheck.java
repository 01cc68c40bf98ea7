package vn.traodoi.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.traodoi.delegation.Delegation.Stop;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.text.VietnameseText;

/**
 * The rules of a delegation's plan that need nothing but the plan: a title and a kind; a month-only visit spans its
 * month; the end is not before the start; no fewer members declared than named; the stops, and their sessions, within
 * the visit's dates.
 */
final class PlanCheck {

    private PlanCheck() {
    }

    /**
     * The general information as it is kept (title normalized, a month-only visit from the first to the last day of
     * its month, a blank purpose as none), or every problem of it at once; {@code existing} is the delegation being
     * changed, null for a new one.
     */
    static DelegationForm checked(DelegationForm form, @Nullable Delegation existing) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = VietnameseText.normalize(Objects.requireNonNullElse(form.title(), ""));
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "validation.required"));
        }
        if (form.kind() == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        }
        LocalDate start = form.startDate();
        LocalDate end = form.endDate();
        if (form.isMonthOnly()) {
            if (start == null) {
                problems.add(new FieldProblem("startDate", "delegation.month.needsDate"));
            } else {
                end = start.withDayOfMonth(start.lengthOfMonth());
                start = start.withDayOfMonth(1);
            }
        }
        if (start != null && end != null && start.isAfter(end)) {
            problems.add(new FieldProblem("endDate", "delegation.dates.order"));
        }
        if (existing != null && form.declaredMemberCount() != null
                && form.declaredMemberCount() < existing.namedMemberCount()) {
            problems.add(new FieldProblem("declaredMemberCount", "delegation.count.belowNamed"));
        }
        if (existing != null) {
            for (Stop stop : existing.stops()) {
                if ((start != null && stop.startDate() != null && stop.startDate().isBefore(start))
                        || (end != null && stop.endDate() != null && stop.endDate().isAfter(end))) {
                    problems.add(new FieldProblem("startDate", "delegation.dates.excludeStop"));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String purpose = form.purpose() == null || form.purpose().isBlank() ? null
                : VietnameseText.normalize(form.purpose());
        return new DelegationForm(form.kind(), title, purpose, start, end, form.monthOnly(), form.declaredMemberCount(),
                form.version());
    }

    /**
     * The problems of a stop's dates within a visit from {@code from} to {@code to}, each on its field after
     * {@code prefix} ("" or "stops[1]."): an end before the start, a day outside the visit.
     */
    static List<FieldProblem> stopDates(String prefix, @Nullable LocalDate start, @Nullable LocalDate end,
            @Nullable LocalDate from, @Nullable LocalDate to) {
        List<FieldProblem> problems = new ArrayList<>();
        if (start != null && end != null && start.isAfter(end)) {
            problems.add(new FieldProblem(prefix + "endDate", "delegation.dates.order"));
        }
        if (!within(start, from, to) || !within(end, from, to)) {
            problems.add(new FieldProblem(prefix + "startDate", "stop.dates.outside"));
        }
        return problems;
    }

    /** Whether a day (none: any) falls from {@code from} to {@code to}, either end open when not known. */
    static boolean within(@Nullable LocalDate date, @Nullable LocalDate from, @Nullable LocalDate to) {
        return date == null || ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to)));
    }
}
