package vn.traodoi.text.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.traodoi.text.VietnameseText;

/**
 * The small extractors: member counts, numbered topics, sites visited, indices named. Each is one pattern with its
 * examples; none guesses beyond what its pattern states.
 */
final class SimpleExtractors {

    private SimpleExtractors() {
    }

    /** "gồm 57 người" → 57; "Đoàn gồm 12 thành viên" → 12. */
    static List<Fact<Integer>> memberCounts(String text) {
        List<Fact<Integer>> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?iU)(?:gồm|có|với)\\s+(\\d{1,5})\\s+(?:người|thành viên|đồng chí|cán bộ)").matcher(text);
        while (m.find()) {
            found.add(new Fact<>(Integer.parseInt(m.group(1)), new Span(m.start(), m.end()), 0.9));
        }
        return found;
    }

    /** "(1) kinh nghiệm …; (2) cơ chế … và (3) cơ chế …" → three topics, without their numbers. */
    static List<Fact<String>> numberedTopics(String text) {
        List<Fact<String>> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?U)\\((\\d{1,2})\\)\\s*([^;()]+?)(?=\\s*(?:;|\\s+và\\s+\\(\\d|\\(\\d|\\.\\s|\\.$|$))")
                .matcher(text);
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
        Matcher m = Pattern.compile("(?iU)(?:khảo sát|tìm hiểu|tham quan)\\s+thực tế\\s+tại\\s+([^.;]+?)(?=\\s+(?:để|nhằm)\\s|[.;]|;|$)")
                .matcher(text);
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
        return found;
    }

    /** PAR Index, SIPAS, PAPI, PCI, DTI, each once. */
    static List<Fact<String>> indices(String text) {
        Map<String, Fact<String>> found = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?U)(?<![\\p{L}])(PAR[ -]?Index|SIPAS|Sipas|PAPI|PCI|DTI)(?![\\p{L}])").matcher(text);
        while (m.find()) {
            String name = m.group(1).toUpperCase(java.util.Locale.ROOT).replaceAll("PAR[ -]?INDEX", "PAR Index");
            found.putIfAbsent(name, new Fact<>(name, new Span(m.start(), m.end()), 0.95));
        }
        return List.copyOf(found.values());
    }

    /** The kind of event the article reports, from its headline and first sentences. */
    static Fact<EventKind> eventKind(String text) {
        String head = text.substring(0, Math.min(text.length(), 600));
        String folded = VietnameseText.fold(head);
        Matcher incoming = Pattern.compile("tiep (?:doan|doan cong tac)|don tiep doan|tiep va lam viec voi doan").matcher(folded);
        if (incoming.find()) {
            return new Fact<>(EventKind.INCOMING_DELEGATION, new Span(incoming.start(), incoming.end()), 0.85);
        }
        Matcher workshop = Pattern.compile("hoi thao|toa dam|gop y du thao").matcher(folded);
        if (workshop.find()) {
            return new Fact<>(EventKind.WORKSHOP, new Span(workshop.start(), workshop.end()), 0.85);
        }
        Matcher outgoing = Pattern.compile("doan (?:cong tac|nghien cuu|khao sat|hoc tap|trao doi)").matcher(folded);
        if (outgoing.find()) {
            return new Fact<>(EventKind.OUTGOING_DELEGATION, new Span(outgoing.start(), outgoing.end()), 0.6);
        }
        return new Fact<>(EventKind.UNKNOWN, new Span(0, 0), 0.1);
    }
}
