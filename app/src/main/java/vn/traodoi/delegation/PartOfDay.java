package vn.traodoi.delegation;

import java.time.LocalTime;

/**
 * Sáng, chiều, tối. An hour belongs to a part of the day loosely (a morning session may start at 11:30, an evening
 * one at 17:00); {@link #admits} refuses only what plainly contradicts it.
 *
 * <pre>
 * MORNING.admits(08:00) → true;  MORNING.admits(14:00) → false
 * AFTERNOON.admits(13:30) → true; AFTERNOON.admits(07:30) → false
 * EVENING.admits(19:00) → true;  EVENING.admits(09:00) → false
 * </pre>
 */
public enum PartOfDay {
    MORNING(LocalTime.MIN, LocalTime.of(12, 0)),
    AFTERNOON(LocalTime.of(11, 0), LocalTime.of(19, 0)),
    EVENING(LocalTime.of(16, 0), LocalTime.MAX);

    private final LocalTime from;
    private final LocalTime before;

    PartOfDay(LocalTime from, LocalTime before) {
        this.from = from;
        this.before = before;
    }

    /** Whether a session of this part of the day may start at {@code start}. */
    public boolean admits(LocalTime start) {
        return !start.isBefore(from) && (start.isBefore(before) || before.equals(LocalTime.MAX));
    }
}
