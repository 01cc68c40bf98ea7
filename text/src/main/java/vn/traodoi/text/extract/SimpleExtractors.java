package vn.traodoi.text.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small extractors: member counts, numbered topics, sites visited, indices named. Each is one pattern with its
 * examples; none guesses beyond what its pattern states.
 */
final class SimpleExtractors {

    // the delegation's size, never a cooperative's members: "Đoàn gồm 12 thành viên", "đoàn công tác gồm 26 đại biểu",
    // "cùng 90 đồng chí", "đưa 75 đại biểu … đi", "40 người có uy tín … đã đi thăm"
    private static final Pattern COUNT = Pattern.compile("(?U)(?:(?:[Đđ]oàn[^.;\\n]{0,60}?|[Tt]ham gia đoàn[^.;\\n]{0,30}?)(?:gồm|có|với)"
            + "|(?<![\\p{L}])(?:cùng|đưa|dẫn)|(?:^|\\n|[)]\\s*-\\s*|[-–]\\s))\\s+(\\d{1,5})\\s+(?:người|thành viên|đồng chí|cán bộ|đại biểu|"
            + "học viên)(?![\\p{L}])");
    /** A number of people: the counts are read only around such a phrase. */
    private static final Pattern COUNTED = Pattern.compile("(?U)\\d{1,5}\\s+(?:người|thành viên|đồng chí|cán bộ|đại biểu|học viên)(?![\\p{L}])");
    private static final Pattern COUNT_GOING = Pattern.compile("(?U)(?:^|[,\\n]\\s*|[)]\\s*-\\s*)(\\d{1,4})\\s+(?:người|đại biểu|cán bộ)"
            + "[^.;\\n]{0,90}?\\s(?:đã\\s+)?đi\\s+(?:thăm|học tập|tham quan|khảo sát|giao lưu)");
    private static final Pattern TOPIC = Pattern.compile(
            "\\((\\d{1,2})\\)\\s*([^;()]+?)(?=\\s*(?:;|\\s+và\\s+\\(\\d|\\(\\d|\\.\\s|\\.$|$))");
    private static final Pattern SITES = Pattern.compile(
            "(?:[Kk]hảo sát|[Tt]ìm hiểu|[Tt]ham quan)\\s+thực tế\\s+tại\\s+([^.;]+?)(?=\\s+(?:để|nhằm)\\s|[.;]|;|$)");
    private static final Pattern INDEX = Pattern.compile(
            "(?<![\\p{L}])(PAR[ -]?(?:Index|INDEX|index)|PARINDEX|SIPAS|Sipas|PAPI|PCI|DTI|(?:Vietnam )?ICT[ -]Index)(?![\\p{L}])");
    /** An index named in Vietnamese only, kept as written when its acronym is not in the text. */
    private static final Pattern INDEX_NAMED = Pattern.compile("(?U)Chỉ số (?:Năng lực cạnh tranh|năng lực cạnh tranh)"
            + "|Chỉ số CCHC|Chỉ số cải cách hành chính|Chỉ số hài lòng|Chỉ số chuyển đổi số|Chỉ số hiệu quả quản trị");
    private static final java.util.Map<String, String> ACRONYM_OF = java.util.Map.of("chi so nang luc canh tranh", "PCI",
            "chi so cchc", "PAR Index", "chi so cai cach hanh chinh", "PAR Index", "chi so hai long", "SIPAS",
            "chi so chuyen doi so", "DTI", "chi so hieu qua quan tri", "PAPI");

    private SimpleExtractors() {
    }

    /** "gồm 57 người" → 57; "Đoàn gồm 12 thành viên" → 12. */
    static List<Fact<Integer>> memberCounts(String text) {
        List<Fact<Integer>> found = new ArrayList<>();
        Matcher going = COUNT_GOING.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        if (text.contains(" đi ")) {
            for (Anchors.Window w : Anchors.aroundDigits(text, 4, 130)) {
                going.region(w.start(), w.end());
                while (going.find()) {
                    found.add(new Fact<>(Integer.parseInt(going.group(1)), new Span(going.start(1), going.end()), 0.75));
                }
            }
        }
        Matcher m = COUNT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<Anchors.Window> windows = new ArrayList<>();
        Matcher counted = COUNTED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (Anchors.Window digits : Anchors.aroundDigits(text, 0, 20)) {
            counted.region(digits.start(), digits.end());
            while (counted.find()) {
                windows.add(new Anchors.Window(Math.max(0, counted.start() - 90), counted.end()));
            }
        }
        for (Anchors.Window w : Anchors.union(windows, List.of())) {
            m.region(w.start(), w.end());
            while (m.find()) {
                found.add(new Fact<>(Integer.parseInt(m.group(1)), new Span(m.start(), m.end()), 0.9));
            }
        }
        return found;
    }

    /** "(1) kinh nghiệm …; (2) cơ chế … và (3) cơ chế …" → three topics, without their numbers. */
    static List<Fact<String>> numberedTopics(String text) {
        List<Fact<String>> found = new ArrayList<>();
        if (text.indexOf('(') < 0) {
            return List.of();
        }
        Matcher m = TOPIC.matcher(text);
        while (m.find()) {
            String topic = m.group(2).strip().replaceFirst("[,;.]$", "").strip();
            if (!topic.isEmpty()) {
                found.add(new Fact<>(topic, new Span(m.start(2), m.start(2) + m.group(2).strip().length()), 0.9));
            }
        }
        return found;
    }

    /**
     * Places visited: "khảo sát thực tế tại thành phố Thủ Đức", "tìm hiểu thực tế tại Sở Kế hoạch và Đầu tư,
     * Ủy ban nhân dân Quận 1 và Ủy ban nhân dân Quận 10 để …".
     */
    static List<Fact<String>> sites(String text) {
        List<Fact<String>> found = new ArrayList<>();
        if (!text.contains("thực tế")) {
            return List.of();
        }
        Matcher m = SITES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (Anchors.Window w : Anchors.aroundWords(text, List.of("thực tế"), 25, 400)) {
        m.region(w.start(), w.end());
        while (m.find()) {
            int start = m.start(1);
            for (String part : m.group(1).split(",\\s*|\\s+và\\s+(?=(?:Ủy ban|UBND|Sở|Bộ|Ban|Văn phòng|thành phố|Thành phố|tỉnh|huyện|quận|Quận)\\s)")) {
                int at = text.indexOf(part, start);
                if (!part.isBlank() && at >= 0) {
                    found.add(new Fact<>(part.strip(), new Span(at, at + part.length()), 0.85));
                    start = at + part.length();
                }
            }
        }
        }
        return found;
    }

    /** PAR Index, SIPAS, PAPI, PCI, DTI, each once. */
    static List<Fact<String>> indices(String text) {
        Map<String, Fact<String>> found = new LinkedHashMap<>();
        if (!text.contains("PAR") && !text.contains("SIPAS") && !text.contains("Sipas") && !text.contains("PAPI")
                && !text.contains("PCI") && !text.contains("DTI") && !text.contains("ICT") && !text.contains("Chỉ số")) {
            return List.of();
        }
        // each acronym where it is written, not a scan of the whole text per alternative
        Matcher m = INDEX.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (Anchors.Window w : Anchors.aroundWords(text, List.of("PAR", "SIPAS", "Sipas", "PAPI", "PCI", "DTI", "ICT"), 8, 14)) {
            m.region(w.start(), w.end());
            while (m.find()) {
                String raw = m.group(1);
                String name = raw.contains("ICT") ? raw.replace('-', ' ')
                        : raw.toUpperCase(java.util.Locale.ROOT).replaceAll("PAR[ -]?INDEX", "PAR Index");
                found.putIfAbsent(name, new Fact<>(name, new Span(m.start(), m.end()), 0.95));
            }
        }
        Matcher named = INDEX_NAMED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (Anchors.Window w : Anchors.aroundWords(text, List.of("Chỉ số"), 0, 40)) {
        named.region(w.start(), w.end());
        while (named.find()) {
            String acronym = ACRONYM_OF.get(vn.traodoi.text.VietnameseText.fold(named.group()).toLowerCase(java.util.Locale.ROOT));
            boolean sameAsAcronym = found.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(acronym))
                    || found.keySet().stream().anyMatch(k -> vn.traodoi.text.VietnameseText.fold(k)
                            .equalsIgnoreCase(vn.traodoi.text.VietnameseText.fold(named.group())));
            if (!sameAsAcronym && !found.containsKey(named.group())) {
                found.put(named.group(), new Fact<>(named.group(), new Span(named.start(), named.end()), 0.8));
            }
        }
        }
        return List.copyOf(found.values());
    }

    /** The kind of event the article reports, from its headline and first sentences. */
    static Fact<EventKind> eventKind(String text) {
        String head = text.substring(0, Math.min(text.length(), 600)).toLowerCase(java.util.Locale.ROOT);
        Fact<EventKind> incoming = first(head, EventKind.INCOMING_DELEGATION, 0.85, "tiếp đoàn", "đón tiếp đoàn",
                "tiếp và làm việc với đoàn");
        if (incoming != null) {
            return incoming;
        }
        Fact<EventKind> workshop = first(head, EventKind.WORKSHOP, 0.85, "hội thảo", "tọa đàm", "góp ý dự thảo");
        if (workshop != null) {
            return workshop;
        }
        Fact<EventKind> outgoing = first(head, EventKind.OUTGOING_DELEGATION, 0.6, "đoàn công tác", "đoàn nghiên cứu",
                "đoàn khảo sát", "đoàn học tập", "đoàn trao đổi");
        return outgoing != null ? outgoing : new Fact<>(EventKind.UNKNOWN, new Span(0, 0), 0.1);
    }

    private static @org.jspecify.annotations.Nullable Fact<EventKind> first(String head, EventKind kind, double confidence,
            String... phrases) {
        int best = -1;
        String found = null;
        for (String phrase : phrases) {
            int at = head.indexOf(phrase);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                found = phrase;
            }
        }
        return found == null ? null : new Fact<>(kind, new Span(best, best + found.length()), confidence);
    }
}
