package vn.traodoi.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.traodoi.system.Days;

/**
 * Dates as officials write them, for templates ({@code ${@dates.range(d.startDate, d.endDate, monthOnly)}}):
 * dd/MM/yyyy, a range "09/08/2022 – 10/08/2022", a month "tháng 12/2022", and nothing invented for what is unknown.
 */
@Component("dates")
class Dates {

    private static final DateTimeFormatter DAY = Days.SHOWN;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final MessageSource messages;

    Dates(MessageSource messages) {
        this.messages = messages;
    }

    public String format(@Nullable LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String range(@Nullable LocalDate start, @Nullable LocalDate end, boolean monthOnly) {
        if (start == null && end == null) {
            return message("date.unknown");
        }
        if (monthOnly && start != null) {
            return message("date.month", MONTH.format(start));
        }
        if (start == null) {
            return message("date.until", DAY.format(end));
        }
        if (end == null) {
            return message("date.from", DAY.format(start));
        }
        if (end.equals(start)) {
            return DAY.format(start);
        }
        return DAY.format(start) + " – " + DAY.format(end);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
