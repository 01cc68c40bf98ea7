package vn.traodoi.text.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.traodoi.text.VietnameseText;

/**
 * Splits a draft into sections the way it is structured: parts (Phần), chapters (Chương), sections (Mục), articles
 * (Điều) and their clauses (Khoản, "1."), Roman-numbered headings of a project ("I. SỰ CẦN THIẾT"), numbered headings
 * ("1.", "2.1.") and Word heading styles. Text before the first heading is the preamble ("Phần mở đầu"). Points
 * ("a)", "-") stay in the body of their section.
 */
public final class DraftSections {

    private static final Pattern PART = Pattern.compile("(?iU)^phần\\s+(thứ\\s+[\\p{L}]+|[ivxlc]+|\\d+)\\b.*");
    private static final Pattern CHAPTER = Pattern.compile("(?iU)^chương\\s+([ivxlc]+|\\d+)\\b.*");
    private static final Pattern DIVISION = Pattern.compile("(?iU)^mục\\s+([ivxlc]+|\\d+)\\b.*");
    private static final Pattern ARTICLE = Pattern.compile("(?U)^Điều\\s+(\\d+[a-z]?)\\s*[.:]?(?:\\s.*|$)");
    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+)\\s*[.)/-]\\s*\\S.*");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\s*[.)]\\s*\\S.*");
    private static final int MAX_LABEL = 120;

    private DraftSections() {
    }

    /** The sections of the paragraphs, in order; blank paragraphs are dropped. */
    public static List<Section> split(List<Paragraph> paragraphs) {
        Builder b = new Builder();
        for (Paragraph p : paragraphs) {
            String text = VietnameseText.normalize(p.text());
            if (text.isEmpty()) {
                continue;
            }
            b.add(text, p.headingLevel());
        }
        return b.finish();
    }

    /** A line that opens a part, chapter, division, article or Roman-numbered heading: it ends where its line ends. */
    public static boolean isHeading(String line) {
        String text = VietnameseText.normalize(line);
        Matcher roman = ROMAN.matcher(text);
        return PART.matcher(text).matches() || CHAPTER.matcher(text).matches() || DIVISION.matcher(text).matches()
                || ARTICLE.matcher(text).matches() || roman.matches() && isRoman(roman.group(1));
    }

    /** A line that opens a numbered heading or clause ("1.", "2.1."), which may run over several lines. */
    public static boolean isNumbered(String line) {
        return NUMBERED.matcher(VietnameseText.normalize(line)).matches();
    }

    /** Splits plain text: each non-blank line is a paragraph. */
    public static List<Section> split(String text) {
        return split(text.lines().map(Paragraph::of).toList());
    }

    private static final class Builder {
        private final List<Section> sections = new ArrayList<>();
        private final Map<String, Integer> labels = new HashMap<>();
        private @Nullable String part;
        private @Nullable String chapter;
        private @Nullable String division;
        private @Nullable String article;
        private @Nullable String roman;
        private @Nullable String styledHeading;
        private @Nullable String label;
        private int level;
        private String heading = "";
        private final StringBuilder body = new StringBuilder();

        void add(String text, int headingLevel) {
            Matcher m;
            if ((m = PART.matcher(text)).matches()) {
                part = "Phần " + upper(m.group(1));
                chapter = division = article = roman = null;
                start(1, part, text);
            } else if ((m = CHAPTER.matcher(text)).matches()) {
                chapter = "Chương " + upper(m.group(1));
                division = article = roman = null;
                start(part == null ? 1 : 2, chapter, text);
            } else if ((m = DIVISION.matcher(text)).matches()) {
                division = "Mục " + upper(m.group(1));
                article = null;
                start(chapter == null ? 1 : 3, division + (chapter == null ? "" : " " + chapter), text);
            } else if ((m = ARTICLE.matcher(text)).matches()) {
                article = "Điều " + m.group(1);
                start(chapter == null ? 1 : division == null ? 2 : 3, article, text);
            } else if ((m = ROMAN.matcher(text)).matches() && isRoman(m.group(1)) && article == null) {
                roman = m.group(1);
                start(1, (chapter == null ? "" : chapter + ", mục ") + roman, text);
            } else if ((m = NUMBERED.matcher(text)).matches()) {
                String number = m.group(1);
                int depth = number.split("\\.").length;
                if (article != null) {
                    start(4, "Khoản " + number + " " + article, text);
                } else if (roman != null) {
                    start(1 + depth, roman + "." + number, text);
                } else if (chapter != null) {
                    start(1 + depth, chapter + ", mục " + number, text);
                } else {
                    start(depth, number, text);
                }
            } else if (headingLevel > 0) {
                styledHeading = shorten(text);
                start(headingLevel, styledHeading, text);
            } else {
                if (label == null) {
                    start(0, "Phần mở đầu", "");
                }
                if (!body.isEmpty()) {
                    body.append('\n');
                }
                body.append(text);
            }
        }

        private void start(int newLevel, String newLabel, String newHeading) {
            flush();
            label = unique(newLabel);
            level = newLevel;
            heading = newHeading;
        }

        private String unique(String candidate) {
            String base = shorten(candidate);
            int seen = labels.merge(base.toLowerCase(Locale.ROOT), 1, Integer::sum);
            return seen == 1 ? base : base + " (" + seen + ")";
        }

        private void flush() {
            if (label != null) {
                sections.add(new Section(sections.size() + 1, level, label, heading, body.toString()));
            }
            body.setLength(0);
        }

        List<Section> finish() {
            flush();
            return List.copyOf(sections);
        }
    }

    private static String upper(String s) {
        return s.matches("(?i)[ivxlc]+") ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
    }

    private static String shorten(String s) {
        return s.length() <= MAX_LABEL ? s : s.substring(0, MAX_LABEL - 1).strip() + "…";
    }

    /** A Roman numeral up to 89 written the usual way (I, IV, IX, XL…): "CV" in a heading is not one. */
    static boolean isRoman(String s) {
        return s.matches("^(L?X{0,3})(IX|IV|V?I{0,3})$") && !s.isEmpty();
    }
}
