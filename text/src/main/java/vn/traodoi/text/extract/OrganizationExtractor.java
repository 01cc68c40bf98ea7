package vn.traodoi.text.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.traodoi.text.VietnameseText;

/**
 * Organizations named in the text, built from the forms Vietnamese administration uses: a head word (Ủy ban nhân
 * dân, UBND, Hội đồng nhân dân, Sở, Bộ, Ban, Văn phòng, Thành ủy, Quốc hội, Tổ công tác...), the field of a
 * department or ministry from a lexicon (so that "Sở Tư pháp" ends where the lexicon's name ends), an optional
 * parent body, and an optional scope ("tỉnh Bình Dương", "Thành phố", "Quận 10"). Elided lists are expanded:
 * "các Bộ Tư pháp, Văn hóa và Thể thao, Khoa học và Công nghệ" names three ministries.
 */
public final class OrganizationExtractor {

    private static final String SCOPE_WORD = "(?:tỉnh|Tỉnh|thành phố|Thành phố|Thành Phố|TP\\.?\\s?|quận|Quận|huyện|Huyện|thị xã|Thị xã)";
    private static final String PARENT = "(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Thành ủy|Tỉnh ủy)";

    /** The first letters of every organization {@code head} can read: "Văn phòng", "Ủy ban", "UBND", "Sở", "Bộ", "Ban", "Tổ"… */
    private static final String HEAD_LETTERS = "VỦUHTQSB";
    private static final Pattern KIND_OF_BODY = Pattern.compile("(?U)\\s(?:quận|huyện|xã|phường)$");

    private final Pattern head;
    private final Pattern scope;
    private final Pattern elidedList;
    private final Pattern field;

    public OrganizationExtractor(Gazetteer gazetteer) {
        String units = gazetteer.unitNames().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String fields = alternation(Gazetteer.FIELDS);
        String boards = alternation(Gazetteer.BOARDS);
        this.field = Pattern.compile("(?U)\\s*(?:,|và)\\s*(" + fields + ")(?![\\p{L}])");
        this.scope = Pattern.compile("(?U)\\s+(?:cấp (?:tỉnh|huyện|xã)|" + SCOPE_WORD + "(?:\\s*(?:" + units
                + "|\\d{1,2}|Thủ Đức)(?![\\p{L}\\d]))?|(?:" + units + ")(?![\\p{L}\\d]))");
        this.elidedList = Pattern.compile("(?U)các\\s+(Sở|Bộ)\\s+(" + fields + ")(?![\\p{L}])");
        this.head = Pattern.compile("(?U)(?<![\\p{L}/-])(?:"
                + "Văn phòng\\s+" + PARENT
                + "|Ủy ban Mặt trận Tổ quốc Việt Nam|Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Thành ủy|Tỉnh ủy|Quốc hội"
                + "|(?:Sở|Bộ)\\s+(?:" + fields + ")"
                + "|Tổ giúp việc\\s+Ban Chỉ đạo(?:,\\s*biên tập)?\\s+xây dựng Đề án[^.,;]*?(?=\\s+(?:thành phố|tỉnh)\\s)"
                + "|Ban Chỉ đạo(?:,\\s*biên tập)?\\s+xây dựng Đề án[^.,;]*?(?=\\s+(?:thành phố|tỉnh)\\s)"
                + "|Ban\\s+(?:" + boards + ")(?:\\s+" + PARENT + ")?"
                + "|Tổ [Cc]ông tác(?:\\s+xây dựng(?:\\s+\\p{Lu}\\p{L}*)(?:\\s+\\p{L}+){0,3}?(?=[.,;]|\\s+\\p{Ll}+\\s))?"
                + ")(?![\\p{L}])");
    }

    private static String alternation(List<String> names) {
        return names.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|"));
    }

    public List<Fact<String>> extract(String text) {
        List<Fact<String>> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean[] taken = new boolean[text.length() + 1];
        Matcher list = elidedList.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (Anchors.Window w : Anchors.aroundWords(text, List.of("các Sở", "các Bộ"), 0, 200)) {
            list.region(w.start(), w.end());
            while (list.find()) {
                String kind = list.group(1);
                add(found, seen, taken, kind + " " + list.group(2), list.start(2), list.end(2), 0.8);
                Matcher more = field.matcher(text);
                int at = list.end();
                while (more.region(at, Math.min(text.length(), at + 120)).lookingAt()) {
                    add(found, seen, taken, kind + " " + more.group(1), more.start(1), more.end(1), 0.8);
                    at = more.end();
                }
            }
        }
        Matcher m = head.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // Every organization starts with a capital letter ("Sở", "UBND", "Ủy ban"): try only at capitalized word starts.
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (HEAD_LETTERS.indexOf(c) < 0 || at > 0 && Character.isLetter(text.charAt(at - 1))
                    || !m.region(at, Math.min(text.length(), at + 250)).lookingAt()) {
                continue;
            }
            if (taken[m.start()]) {
                continue;
            }
            int end = m.end();
            // lookingAt on a short region: find(from) would scan to the end of the text each time
            Matcher s = scope.matcher(text).region(end, Math.min(text.length(), end + 80));
            if (s.lookingAt()) {
                end = s.end();
            }
            String name = text.substring(m.start(), end).strip();
            if (KIND_OF_BODY.matcher(name).find()) {
                continue; // "UBND quận, phường": a kind of body, not one organization
            }
            add(found, seen, taken, name, m.start(), m.start() + name.length(), 0.85);
            at = m.start() + name.length() - 1;
        }
        found.sort(java.util.Comparator.comparingInt(f -> f.span().start()));
        return found;
    }

    private static void add(List<Fact<String>> found, Set<String> seen, boolean[] taken, String name, int start, int end,
            double confidence) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        if (seen.add(VietnameseText.fold(name).toLowerCase(Locale.ROOT))) {
            found.add(new Fact<>(name, new Span(start, end), confidence));
        }
    }
}
