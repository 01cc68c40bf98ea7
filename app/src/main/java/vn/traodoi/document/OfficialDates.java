package vn.traodoi.document;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The place and date line of Decree 30/2020 (Appendix I, 1.5): the place as the administrative unit is officially
 * named, then "ngày … tháng … năm …", the day below 10 and the months January and February with a leading zero
 * ("ngày 05 tháng 02 năm 2023", "ngày 15 tháng 7 năm 2022").
 */
public final class OfficialDates {

    /** Units named after a person, a number or an event keep their full name ("Thành phố Hồ Chí Minh", "Quận 1"). */
    private static final Pattern PREFIX = Pattern.compile("^(Tỉnh|Thành phố|Thủ đô)\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    private OfficialDates() {
    }

    /** "ngày 05 tháng 02 năm 2023". */
    public static String date(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return "ngày " + (day < 10 ? "0" + day : String.valueOf(day)) + " tháng " + (month <= 2 ? "0" + month
                : String.valueOf(month)) + " năm " + date.getYear();
    }

    /** The place and date; without a date, "ngày      tháng      năm" left to fill; without a place, the date alone. */
    public static String placeAndDate(@Nullable String place, @Nullable LocalDate date) {
        String when = date == null ? "ngày      tháng      năm      " : date(date);
        return place == null || place.isBlank() ? capitalize(when) : place.strip() + ", " + when;
    }

    /**
     * The place of the date line for a province-level unit's name: "Tỉnh Quảng Ninh" → "Quảng Ninh", "Thành phố Hà Nội"
     * → "Hà Nội", but "Thành phố Hồ Chí Minh" stays whole, being named after a person.
     */
    public static String place(String unitName) {
        String name = unitName.strip();
        Matcher m = PREFIX.matcher(name);
        if (!m.matches()) {
            return name;
        }
        String rest = m.group(2);
        if (rest.equalsIgnoreCase("Hồ Chí Minh") || rest.matches(".*\\d.*")) {
            return "Thành phố " + rest;
        }
        return rest;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
