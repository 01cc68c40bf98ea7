package vn.traodoi.people;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.traodoi.text.VietnameseText;

/**
 * A person as typed on one line of a member, attendee or chair list: an honorific (ông, bà, đồng chí, đ/c, TS., ThS.,
 * PGS.TS., GS.TS.), the name, and the title after a comma, semicolon, colon or dash.
 *
 * <pre>
 * read("bà Nguyễn Thị Thược, Giám đốc Sở Tư pháp") → honorific "bà", name "Nguyễn Thị Thược", title "Giám đốc Sở Tư pháp"
 * read("Trần Văn Bình")                            → no honorific, name "Trần Văn Bình", no title
 * read("Hoàng Gia Bảo,")                           → no honorific, name "Hoàng Gia Bảo", no title
 * read(", Giám đốc")                               → empty: no name
 * </pre>
 */
final class NameLines {

    /** "ông Đặng Quốc Toàn, Chánh Văn phòng UBND Thành phố": honorific, name, and the title after the comma. */
    private static final Pattern LINE = Pattern.compile(
            "(?iU)^\\s*(?:(ông|bà|đồng chí|đ/c|đc|TS\\.?|ThS\\.?|PGS\\.?\\s*TS\\.?|GS\\.?\\s*TS\\.?)\\s+)?([^,;:–-]+?)\\s*(?:[,;:–-]\\s*(.*))?$");

    private NameLines() {
    }

    /** The honorific (lower case), name and title of the line, or empty when it names nobody. */
    public static Optional<People.NameAndTitle> read(String line) {
        String text = VietnameseText.normalize(line);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(text);
        if (!m.matches() || m.group(2).isBlank()) {
            return Optional.empty();
        }
        String honorific = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        String title = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
        return Optional.of(new People.NameAndTitle(honorific, m.group(2).strip(), title));
    }
}
