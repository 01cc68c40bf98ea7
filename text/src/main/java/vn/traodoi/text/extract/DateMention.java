package vn.traodoi.text.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A date, a range of dates, a month or a period of years, as the text states it. {@code yearInferred} says that the
 * text gave no year and the year was taken from the reference date; with no reference date, such a date is not
 * produced at all.
 */
public sealed interface DateMention {

    /** A single day or a range of days ("09 và 10 tháng 8 năm 2022"). */
    record Days(LocalDate start, LocalDate end, boolean yearInferred) implements DateMention {
        public Days {
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("range ends before it starts: " + start + ".." + end);
            }
        }

        @Override
        public String key() {
            return start.equals(end) ? start.toString() : start + ".." + end;
        }
    }

    /** A month ("Tháng 12 năm 2022", "trong tháng 8/2023"). */
    record Month(YearMonth month, boolean yearInferred) implements DateMention {
        @Override
        public String key() {
            return month.toString();
        }
    }

    /** A period of years ("giai đoạn 2020 - 2025", "nhiệm kỳ 2025-2030"). */
    record Period(int fromYear, int toYear) implements DateMention {
        @Override
        public String key() {
            return fromYear + ".." + toYear;
        }
    }

    /** A stable text form for comparisons: "2022-08-09..2022-08-10", "2022-12", "2025..2030". */
    String key();

    static @Nullable LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
