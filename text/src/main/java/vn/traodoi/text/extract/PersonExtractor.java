package vn.traodoi.text.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.traodoi.text.VietnameseText;

/**
 * People: a family name from a lexicon followed by one to three capitalized syllables ("Lê Hồng Sơn", "Ngô Thị
 * Hoàng Các"), not a place ("Hồ Chí Minh" after "Thành phố"); with the honorific before it and the titles written
 * around it, on the left ("Chủ tịch UBND thành phố Đà Nẵng Lê Trung Chinh", a chain of titles separated by commas)
 * or on the right ("ông Đặng Quốc Toàn, Chánh Văn phòng UBND Thành phố").
 */
public final class PersonExtractor {

    static final List<String> SURNAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tạ", "Đinh", "Trương", "Lương", "Trịnh", "Đào", "Cao", "Lâm",
            "Vương", "Hà", "Tô", "Triệu", "Chu", "Thái", "Mạc", "Kiều", "Châu", "Quách", "Tăng", "Lưu", "Doãn", "Thân",
            "Khúc", "Nông", "Lò", "Giang", "La", "Mai", "Từ", "Tôn", "Hứa", "Âu", "Nghiêm", "Lại", "Diệp", "Vi", "Hầu", "Lục",
            "Ma", "Sầm", "Lường", "Quàng", "Bế", "Phùng", "Trình", "Khổng", "Khương", "Ninh", "Phí", "Cù", "Đàm", "Đoàn", "Kim",
            "Mẫn", "Quan", "Thạch", "Tống", "Lã", "Lữ", "Mã", "Nhữ", "Quản", "Thiều", "Tiêu", "Ung", "Đậu", "Hàn",
            "Khiếu", "Kha", "Lạc", "Lù", "Ngũ", "Bạch", "Bồ", "Cấn", "Chế", "Đường", "Kiểu", "Lê",
            "Ngọ", "Nhâm", "Thân", "Tiết", "Vy", "Ôn",
            "Đới", "Lỗ", "Mông", "Ngạc", "Ngụy", "Trầm", "Viên", "Rơ", "Ksor", "Siu",
            "Rah", "Nay", "Kpă");

    /** Titles that may start a title phrase, longest first where one starts another. */
    static final List<String> TITLES = List.of("Ủy viên Trung ương Đảng", "Ủy viên Ban Thường vụ", "Phó Bí thư Thường trực",
            "Phó Bí thư", "Bí thư", "Phó Chủ tịch Thường trực", "Phó Chủ tịch", "Chủ tịch", "Phó Chánh Văn phòng",
            "Chánh Văn phòng", "Phó Giám đốc", "Giám đốc", "Phó Trưởng ban", "Phó Trưởng Ban", "Trưởng ban", "Trưởng Ban",
            "Phó Vụ trưởng", "Vụ trưởng", "Phó Cục trưởng", "Cục trưởng", "Bộ trưởng", "Thứ trưởng", "Phó Trưởng phòng",
            "Trưởng phòng", "Tổ trưởng", "Tổ phó", "Chủ nhiệm", "Phó Chủ nhiệm", "Đại biểu Quốc hội", "Tổng Giám đốc",
            "Phó Tổng Giám đốc", "Trưởng đoàn", "Phó Trưởng đoàn", "Thư ký", "Chuyên viên", "Tỉnh ủy viên", "Thành ủy viên",
            "Huyện ủy viên", "Ủy viên", "Phó Chi cục trưởng", "Chi cục trưởng", "Phó Thống đốc", "Thống đốc", "Phó Tỉnh trưởng",
            "Tỉnh trưởng", "Tổng Lãnh sự", "Đại sứ", "Phó Hiệu trưởng", "Hiệu trưởng", "Phó Viện trưởng", "Viện trưởng",
            "Phó Chánh Thanh tra", "Chánh Thanh tra", "Chánh án", "Viện trưởng", "Tổng Thư ký", "Phó Tổng Thư ký", "Trưởng nhóm",
            "Phó nhóm", "Phó Trưởng Ban", "Phó trưởng ban", "Trưởng Ban", "Phó giám đốc", "Phó chủ tịch", "Trưởng phòng",
            "Phó Trưởng phòng", "Trưởng Phòng", "PCT", "PBT", "Chủ nhiệm", "Phó Chủ nhiệm", "Đại tá", "Thiếu tướng",
            "Trung tướng", "Thượng tướng", "Đại tướng", "GS.TS.", "PGS.TS.", "GS.TSKH.", "TS.", "ThS.", "Nhà giáo", "Thầy thuốc",
            "Chủ tịch Hội đồng", "Tổng Biên tập", "Phó Tổng Biên tập", "Trưởng Đoàn", "Bộ trưởng", "Phó Bí thư", "Giám đốc");

    private static final String TITLE_START = TITLES.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    private static final Pattern NAME = Pattern.compile("(?U)(?<![\\p{L}])(?:" + String.join("|", SURNAMES)
            + ")(?:[ \\u00A0]+\\p{Lu}\\p{Ll}*){1,3}(?![\\p{L}])");
    private static final Pattern HONORIFIC = Pattern.compile("(?iU)(ông|bà|đồng chí|đ/c|đc|ngài)\\s+$");
    /** What a place name follows: "huyện Cao Lộc", "thôn Mai Lâm", "đường Lê Lợi". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?iU)(?:huyện|xã|tỉnh|thôn|thành phố|TP\\.?|quận|phường|thị xã|"
            + "thị trấn|đường|phố|bản|làng|ấp|khu|cụm|trường|chùa|đền|lăng|mộ|tượng đài|giải|cầu|sông|núi|châu|vua|quỹ|"
            + "mang tên|tên)\\s+$");
    /** A grave, a memorial or a household toured, up to three words before the name: "mộ Đại tướng", "gia đình ông". */
    private static final Pattern HONOURED_BEFORE = Pattern.compile("(?iU)(?<![\\p{L}])(?:mộ|phần mộ|đền thờ|nhà thờ|tượng|tượng đài|lăng|"
            + "nhà lưu niệm|khu lưu niệm|nhà tưởng niệm|khu tưởng niệm|di tích|quê hương|quê nội|quê ngoại|gia đình|hộ gia đình|"
            + "hộ)\\s+(?:\\p{L}+\\s+){0,3}$");
    private static final Pattern AND_NEXT = Pattern.compile("(?iU)\\s*(?:,|và)\\s*(?:ông|bà|cụ|anh|chị)?\\s*");
    /** Bylines and credits: "Ảnh: …", "Tin, ảnh: …", "Người cập nhật: …", "Nguồn: …". */
    private static final Pattern CREDIT_BEFORE = Pattern.compile("(?iU)(?:ảnh|tin|bài|tin, ảnh|bài, ảnh|người cập nhật|người đăng|"
            + "tác giả|nguồn|biên tập|người viết|theo)\\s*:?\\s*$");
    private static final Pattern TITLE_ANYWHERE = Pattern.compile("(?U)(?<![\\p{L}])(?:" + TITLE_START + ")(?![\\p{L}])");
    private static final Pattern TITLE_AT_START = Pattern.compile("(?U)^(?:" + TITLE_START + ")(?![\\p{L}])");
    private static final Pattern RIGHT_STOP = Pattern.compile(
            "(?U)[;.\\n]|\\s+(?:cùng|làm (?:Trưởng|trưởng|Phó)|chủ trì|đã|phát biểu|ghi nhận|cảm ơn|giao|và các|về|tiếp|trao đổi|"
                    + "báo cáo|dẫn đầu|cho biết|nhấn mạnh|đề nghị|tặng|trao|đón|bày tỏ|khẳng định|tại|đánh giá|giới thiệu|chào|"
                    + "và|thông tin|mong muốn|chúc mừng|khai mạc|kết luận|chỉ đạo|yêu cầu|gửi|đến|sẽ|vừa|được|là|có)(?=\\s|$)"
                    + "|,\\s+(?=\\p{Ll})(?!biên tập|thành viên)|\\s+[-–]\\s*$|\\s+[-–]\\s+(?=\\p{Ll})");
    /** A title never holds a verb of the sentence around it: "Chủ tịch UBND tỉnh đã đón tiếp và hội đàm với". */
    private static final Pattern VERB_IN_TITLE = Pattern.compile("(?U)(?<![\\p{L}])(?:đã|đón|với|bày tỏ|phát biểu|cho biết|"
            + "tiếp|trao đổi|báo cáo|chúc mừng|cảm ơn|nhấn mạnh|đề nghị)(?![\\p{L}])");

    private final Gazetteer gazetteer;

    /** Province names by their first word, so that a candidate is checked against the few that could match. */
    private final Map<String, List<String>> placesByFirstWord;

    public PersonExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.placesByFirstWord = gazetteer.unitNames().stream().collect(java.util.stream.Collectors.groupingBy(
                u -> u.indexOf(' ') < 0 ? u : u.substring(0, u.indexOf(' '))));
    }

    public List<Fact<PersonMention>> extract(String text) {
        Map<String, Fact<PersonMention>> byName = new LinkedHashMap<>();
        Matcher m = NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        int honouredEnd = -1;
        for (int at = nextSurname(text, 0); at >= 0; at = nextSurname(text, Math.max(at + 1, from))) {
            if (at < from || !m.region(at, Math.min(text.length(), at + 60)).lookingAt()) {
                continue;
            }
            from = m.end();
            String name = m.group();
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            int place = placeLength(name);
            if (place > 0) {
                from = m.start() + place; // "Hồ Chí Minh Phan Văn Mãi": the person starts after the place
                continue;
            }
            if (CREDIT_BEFORE.matcher(tail(lineBefore(text, m.start()), 22)).find() || name.contains("Việt Nam")) {
                continue; // a byline; "Bà Mẹ Việt Nam Anh hùng", a title of honour
            }
            if (HONOURED_BEFORE.matcher(before).find()
                    || honouredEnd >= 0 && honouredEnd <= m.start() && m.start() - honouredEnd < 12
                    && AND_NEXT.matcher(text.substring(honouredEnd, m.start())).matches()) {
                // "viếng mộ Đại tướng A", "thăm vườn của gia đình ông B và ông C": someone the visit is about, not in it
                honouredEnd = m.end();
                continue;
            }
            Matcher h = HONORIFIC.matcher(before);
            String honorific = h.find() ? h.group(1).toLowerCase(Locale.ROOT) : null;
            List<String> titles = new ArrayList<>(leftTitles(text, honorific == null ? m.start() : m.start() - h.group().length()));
            String right = rightTitle(text, m.end());
            if (right != null && (titles.isEmpty() || !personIn(right))) {
                titles.add(right);
            }
            if (honorific == null && (titles.isEmpty()
                    || PLACE_BEFORE.matcher(tail(before, 18)).find() && right == null && name.split("\\s+").length < 3)) {
                continue; // a name with neither "ông/bà/đồng chí" nor a title: a place, a street, a byline more often than not
            }
            String key = VietnameseText.fold(name);
            Fact<PersonMention> earlier = byName.get(key);
            if (earlier == null) {
                byName.put(key, new Fact<>(new PersonMention(name, honorific, titles), new Span(m.start(), m.end()),
                        honorific != null || !titles.isEmpty() ? 0.9 : 0.6));
            } else if (!titles.isEmpty()) {
                List<String> merged = new ArrayList<>(earlier.value().titles());
                for (String t : titles) {
                    // "Bí thư Tỉnh ủy" after "Bí thư Tỉnh ủy Đồng Tháp" says nothing new; the fuller form replaces the shorter
                    String folded = VietnameseText.fold(t).toLowerCase(Locale.ROOT);
                    int contained = -1;
                    boolean known = false;
                    for (int i = 0; i < merged.size(); i++) {
                        String m2 = VietnameseText.fold(merged.get(i)).toLowerCase(Locale.ROOT);
                        if (m2.contains(folded)) {
                            known = true;
                        } else if (folded.contains(m2)) {
                            contained = i;
                        }
                    }
                    if (contained >= 0) {
                        merged.set(contained, t);
                    } else if (!known) {
                        merged.add(t);
                    }
                }
                PersonMention p = earlier.value();
                byName.put(key, new Fact<>(new PersonMention(p.name(), p.honorific() != null ? p.honorific() : honorific,
                        merged), earlier.span(), Math.max(earlier.confidence(), 0.9)));
            }
        }
        foreign(text, byName);
        listed(text, byName);
        // in the order the text names them
        return byName.values().stream().sorted(java.util.Comparator.comparingInt(f -> f.span().start())).toList();
    }

    /** Names without a Vietnamese family name, by their shape after an honorific: "ông Fshidera Junichi – Phó Thống đốc". */
    private static final Pattern FOREIGN_NAME = Pattern.compile("(?U)(?<![\\p{L}])(ông|bà|Ngài|ngài|Ông|Bà)\\s+"
            + "(\\p{Lu}[\\p{L}'’]*(?:-\\p{L}+)?(?:\\s+\\p{Lu}[\\p{L}'’]*(?:-\\p{L}+)?){1,3})(?![\\p{L}])");

    private void foreign(String text, Map<String, Fact<PersonMention>> byName) {
        Matcher m = FOREIGN_NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (String word : List.of("ông ", "bà ", "Ông ", "Bà ", "Ngài ", "ngài ")) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
                        && m.region(i, Math.min(text.length(), i + 90)).lookingAt()) {
                    foreignOne(text, m, byName);
                }
            }
        }
    }

    private void foreignOne(String text, Matcher m, Map<String, Fact<PersonMention>> byName) {
        {
            String name = m.group(2);
            String first = name.split("\\s+")[0];
            if (SURNAME_SET.contains(first) || placeLength(name) > 0 || byName.containsKey(VietnameseText.fold(name))
                    || TITLE_AT_START.matcher(name).find() || name.contains("Việt Nam")) {
                return;
            }
            String right = rightTitle(text, m.end(2));
            List<String> titles = right == null ? List.of() : List.of(right);
            byName.put(VietnameseText.fold(name), new Fact<>(new PersonMention(name, m.group(1).toLowerCase(Locale.ROOT), titles),
                    new Span(m.start(2), m.end(2)), 0.7));
        }
    }

    /** "Tiếp đón đoàn có các ông: A - Chủ tịch …; B - Trưởng nhóm …": a list of people, each with a title after a dash. */
    private static final Pattern PEOPLE_LIST = Pattern.compile("(?U)(?:các|gồm(?:\\s+các)?)\\s+(?:ông|bà|đồng chí)(?:,?\\s+(?:bà|ông))?\\s*:\\s*"
            + "([^.\\n]{5,600})");
    private static final Pattern LISTED_PERSON = Pattern.compile("(?U)^\\s*(\\p{Lu}[\\p{L}'’]*(?:-\\p{L}+)?(?:\\s+\\p{Lu}[\\p{L}'’]*"
            + "(?:-\\p{L}+)?){1,3})\\s+[-–]\\s+");

    private void listed(String text, Map<String, Fact<PersonMention>> byName) {
        if (text.indexOf(':') < 0) {
            return;
        }
        Matcher list = PEOPLE_LIST.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (Anchors.Window w : Anchors.aroundWords(text, List.of("các ông", "các bà", "các đồng chí", "gồm"), 0, 640)) {
            list.region(w.start(), w.end());
            while (list.find()) {
            int at = list.start(1);
            for (String item : list.group(1).split(";")) {
                Matcher person = LISTED_PERSON.matcher(item);
                if (person.find()) {
                    String name = person.group(1);
                    int start = at + person.start(1);
                    String key = VietnameseText.fold(name);
                    String title = rightTitle(text, start + name.length());
                    if (!byName.containsKey(key) && title != null && placeLength(name) == 0 && !TITLE_AT_START.matcher(name).find()) {
                        byName.put(key, new Fact<>(new PersonMention(name, null, List.of(title)), new Span(start,
                                start + name.length()), 0.7));
                    }
                }
                at += item.length() + 1;
            }
            }
        }
    }

    private static final java.util.Set<String> SURNAME_SET = java.util.Set.copyOf(SURNAMES);

    /** Whether a phrase names a person, not only a place such as "Hồ Chí Minh". */
    private boolean personIn(String phrase) {
        Matcher n = NAME.matcher(phrase);
        for (int at = nextSurname(phrase, 0); at >= 0; at = nextSurname(phrase, at + 1)) {
            if (n.region(at, phrase.length()).lookingAt() && placeLength(n.group()) == 0) {
                return true;
            }
        }
        return false;
    }

    /** The last characters of a string: the patterns that end at a name need no more. */
    private static String tail(String s, int length) {
        return s.length() <= length ? s : s.substring(s.length() - length);
    }

    /** The text of the line before a position: a credit ("Ảnh: ") is on the same line as the name it credits. */
    private static String lineBefore(String text, int at) {
        int line = text.lastIndexOf('\n', at - 1) + 1;
        return text.substring(Math.max(line, at - 40), at);
    }

    /** The next word start at or after {@code from} that is a family name of the lexicon, or -1. */
    private static int nextSurname(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                int end = i + 1;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                if (SURNAME_SET.contains(text.substring(i, end))) {
                    return i;
                }
                i = end;
            }
        }
        return -1;
    }

    /** The length of the province name the candidate starts with, or 0. */
    private int placeLength(String name) {
        int space = name.indexOf(' ');
        List<String> candidates = placesByFirstWord.get(space < 0 ? name : name.substring(0, space));
        if (candidates == null) {
            return 0;
        }
        int best = 0;
        for (String u : candidates) {
            if ((u.equals(name) || name.startsWith(u + " ")) && u.length() > best) {
                best = u.length();
            }
        }
        return best;
    }

    /** The chain of title phrases just before the name: "Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch …". */
    private List<String> leftTitles(String text, int nameStart) {
        // Titles come right before the name: look back a few hundred characters, never to the start of a long text.
        int windowStart = Math.max(0, nameStart - 300);
        String window = text.substring(windowStart, nameStart);
        int sentenceStart = Math.max(window.lastIndexOf(". "), Math.max(window.lastIndexOf(';'), window.lastIndexOf('\n'))) + 1;
        String segment = window.substring(sentenceStart).replaceFirst(",\\s*$", "");
        List<String> titles = new ArrayList<>();
        int end = segment.length();
        while (end > 0) {
            int comma = segment.lastIndexOf(',', end - 1);
            String part = segment.substring(comma + 1, end).strip();
            String title = titleSuffix(part);
            if (title == null || title.endsWith(" là") || personIn(title) || VERB_IN_TITLE.matcher(title).find()) {
                break; // "Trưởng đoàn là ông …" names a role in the delegation, not a title; a title ends at another name
            }
            titles.addFirst(title);
            if (!title.equals(part) || comma < 0) {
                break;
            }
            end = comma;
        }
        return titles;
    }

    /** The last title phrase within {@code part}: "do Chủ tịch UBND thành phố" → "Chủ tịch UBND thành phố". */
    private static @org.jspecify.annotations.Nullable String titleSuffix(String part) {
        Matcher starts = TITLE_ANYWHERE.matcher(part).useTransparentBounds(true).useAnchoringBounds(false);
        int at = -1;
        for (int i = 0; i < part.length() && at < 0; i++) {
            // every title starts with a capital letter at a word's start: try there only
            if (Character.isUpperCase(part.charAt(i)) && (i == 0 || !Character.isLetter(part.charAt(i - 1)))
                    && starts.region(i, part.length()).lookingAt()) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        String title = part.substring(at).strip();
        return title.isEmpty() ? null : title;
    }

    private @org.jspecify.annotations.Nullable String rightTitle(String text, int nameEnd) {
        String rest = text.substring(nameEnd, Math.min(text.length(), nameEnd + 180));
        if (!rest.startsWith(", ") && !rest.startsWith(" - ")) {
            return null;
        }
        rest = rest.substring(rest.startsWith(" - ") ? 3 : 2);
        if (!TITLE_AT_START.matcher(rest).find()) {
            return null;
        }
        Matcher stop = RIGHT_STOP.matcher(rest);
        String title = stop.find() ? rest.substring(0, stop.start()) : rest;
        Matcher other = NAME.matcher(title);
        if (other.find() && personIn(title)) {
            if (other.start() < 80) {
                return null; // "A, Phó Chủ tịch HĐND tỉnh B": the title after the comma is B's
            }
            title = title.substring(0, other.start()).replaceFirst("(?U)[,\\s]*(?:và|cùng)?[,\\s]*(?:ông|bà|đồng chí)?\\s*$", "");
        }
        int line = title.indexOf('\n');
        if (line >= 0) {
            title = title.substring(0, line);
        }
        title = title.strip();
        if (title.contains(",") && title.length() > 120) {
            title = title.substring(0, title.indexOf(','));
        }
        return title.isEmpty() ? null : title;
    }
}
