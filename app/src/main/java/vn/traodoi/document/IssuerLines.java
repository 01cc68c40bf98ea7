package vn.traodoi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name of a body in capitals on as many lines as its column needs, broken only between words and never inside the
 * name of a place: "ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH", not "… THÀNH PHỐ HỒ / CHÍ MINH". A place's name runs from
 * the word that begins it (THÀNH PHỐ, TỈNH, QUẬN, HUYỆN, THỊ XÃ, PHƯỜNG, XÃ, ĐẶC KHU) to the end of the name or its
 * next comma; the line breaks before it when the whole name does not fit.
 */
public final class IssuerLines {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Set<String> ONE_WORD_PLACES = Set.of("TỈNH", "QUẬN", "HUYỆN", "PHƯỜNG", "XÃ");
    private static final Set<String> TWO_WORD_PLACES = Set.of("THÀNH PHỐ", "THỊ XÃ", "ĐẶC KHU", "THỊ TRẤN");

    private IssuerLines() {
    }

    /**
     * The name in capitals on lines at most {@code width} points wide, set in the documents' face at {@code size}
     * (bold or not), where that is possible: a place's name longer than the column stays whole on its line.
     */
    public static List<String> split(String name, float width, float size, boolean bold) {
        return lines(name.toUpperCase(VI), width, size, bold);
    }

    /** Any text (a summary) on lines at most {@code width} points wide, never broken inside a place's name. */
    public static List<String> lines(String text, float width, float size, boolean bold) {
        String upper = text.strip().replaceAll("\\s+", " ");
        List<String> units = units(upper);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String unit : units) {
            if (line.isEmpty()) {
                line.append(unit);
            } else if (OfficialFonts.width(line + " " + unit, size, bold) <= width) {
                line.append(' ').append(unit);
            } else {
                lines.add(line.toString());
                line = new StringBuilder(unit);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The words of the name, a place's name kept as one unit. */
    private static List<String> units(String text) {
        String[] words = text.split(" ");
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            String two = i + 1 < words.length ? (words[i] + " " + words[i + 1]).toUpperCase(VI) : "";
            int placeWords = TWO_WORD_PLACES.contains(two) ? 2
                    : ONE_WORD_PLACES.contains(words[i].toUpperCase(VI)) && i + 1 < words.length ? 1 : 0;
            if (placeWords == 0) {
                units.add(words[i++]);
                continue;
            }
            StringBuilder place = new StringBuilder();
            int j = i;
            while (j < words.length) {
                place.append(place.isEmpty() ? "" : " ").append(words[j]);
                boolean comma = words[j].endsWith(",");
                j++;
                if (comma) {
                    break;
                }
            }
            units.add(place.toString());
            i = j;
        }
        return units;
    }
}
