package vn.traodoi.system;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The items of a list as people type it, one a line: without the "(1)", "1.", "2)", "-", "–", "•", "+" or "*" put
 * before an item, stripped, blank lines left out.
 *
 * <pre>
 * of("1. Sở Nội vụ\n\n- Sở Tư pháp") → ["Sở Nội vụ", "Sở Tư pháp"]
 * </pre>
 */
public final class ListItems {

    private static final Pattern MARK = Pattern.compile("^\\s*(?:\\(\\d+\\)|\\d+[.)]|[-–•+*])\\s*");

    private ListItems() {
    }

    public static List<String> of(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(l -> MARK.matcher(l).replaceFirst("").strip()).filter(l -> !l.isEmpty()).toList();
    }
}
