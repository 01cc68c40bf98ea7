package vn.traodoi.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Days as officials write them: shown as dd/MM/yyyy ("09/08/2022"), typed as d/M/yyyy or dd/MM/yyyy, and only real
 * days accepted ("31/02/2023" is not one).
 */
public final class Days {

    /** 09/08/2022. */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Days() {
    }

    public static String format(LocalDate day) {
        return SHOWN.format(day);
    }

    /** The day typed, or empty when the text is blank or names no real day. */
    public static Optional<LocalDate> parse(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), TYPED));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
