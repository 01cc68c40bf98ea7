package vn.traodoi.text.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.traodoi.text.VietnameseText;

/**
 * The topics discussed and the places toured, lifted from the phrases that introduce them:
 *
 * <pre>
 * "hai bên trao đổi kinh nghiệm về A; B và C."            → A, B, C
 * "tập trung vào các nội dung: A, B, C"                   → A, B, C
 * "trao đổi kinh nghiệm phát triển du lịch" (headline)     → phát triển du lịch
 * "Đoàn đã đến thăm A, tham quan B; viếng C."              → sites A, B, C
 * </pre>
 *
 * A list is cut at its sentence's end or where the sentence turns to a purpose ("để", "nhằm", "góp phần"); its parts
 * are split at semicolons, or at commas and "và" when the list has no semicolon.
 */
final class Phrases {

    private static final Pattern TOPIC_LEAD = Pattern.compile("(?iU)(?<![\\p{L}])(?:"
            + "(?:trao đổi|chia sẻ|chia sẽ|thông tin cho nhau|thông tin)(?:,\\s*(?:chia sẻ|chia sẽ|trao đổi|học tập|thảo luận))*(?:\\s+(?:cho nhau|với nhau|thông tin|nhiều thông tin))?"
            + "(?:,?\\s+(?:kinh nghiệm|những kinh nghiệm|các kinh nghiệm|một số kinh nghiệm|thông tin|những nét cơ bản))?"
            + "(?:\\s+(?:thực tiễn|quý báu|quý|hay|lẫn nhau))?"
            + "(?:\\s+(?:về|trong|liên quan(?:\\s+đến)?|xung quanh))|"
            + "(?:học tập|tìm hiểu|chia sẻ|trao đổi|học hỏi)\\s+kinh nghiệm(?:\\s+(?:về|trong))?|"
            + "(?:về|với)\\s+(?:các|một số|những)\\s+nội dung(?:\\s+(?:chính|như|sau))?\\s*:?|"
            + "tập trung (?:vào|thảo luận|trao đổi|cho ý kiến)(?:\\s+(?:về|vào))?(?:\\s+(?:các|một số)\\s+nội dung)?"
            + "(?:\\s+nhiệm vụ trọng tâm là)?\\s*:?|"
            + "nhất là (?:trong|về)(?:\\s+lĩnh vực)?|đặc biệt là(?:\\s+kinh nghiệm)?(?:\\s+(?:về|trong))?|"
            + "góp ý (?:vào|về|cho)|góp ý(?=\\s+dự thảo)|thảo luận (?:về|các nội dung)\\s*:?|"
            + "(?:báo cáo|thông tin|lấy ý kiến|cho ý kiến|bàn|thảo luận|đánh giá)(?:\\s+(?:khái quát|ngắn gọn|cụ thể|những nét cơ bản|"
            + "thêm))?\\s+về|tìm hiểu(?!\\s+thực tế)(?:\\s+về)?|(?:nội dung|vấn đề)(?:\\s+quan trọng)?\\s+như\\s*:?|với chủ đề\\s*:?|"
            + "(?:hội thảo|hội nghị|tọa đàm)(?:\\s+(?:tư vấn|phản biện|khoa học|chuyên đề)(?:,\\s*(?:tư vấn|phản biện))*)?\\s+về"
            // "thúc đẩy hợp tác kinh tế, đầu tư trong …", "tăng cường hợp tác toàn diện …": the cooperation sought
            + "|(?:thúc đẩy|tăng cường|mở rộng)(?=\\s+hợp tác\\s)"
            // "tổ chức Hội nghị công bố Chỉ số …", "tổ chức Hội đàm thường niên …": the meeting's name says what it is about
            + "|tổ chức(?=\\s+(?:hội nghị|hội thảo|tọa đàm|hội đàm)\\s+(?!(?:tại|vào|với|do|để|nhằm|này|trên|trực tuyến)(?![\\p{L}]))\\p{L})"
            + ")\\s+(?:một số nội dung liên quan đến\\s+(?:vấn đề\\s+)?|các vấn đề\\s+|vấn đề\\s+|các nội dung\\s*:?\\s*)?");
    private static final Pattern LIST_END = Pattern.compile("(?U)\\.(?=\\s|$|/)|[!?\\n]|…|\\.\\.\\.|\\s+(?:để|nhằm|góp phần|qua đó|từ đó|nhằm mục đích|"
            + "tại|giữa|trong buổi|vào buổi|của hai|của 2|đồng thời|đồng chí|ông|bà|hai bên|hai địa phương|các đại biểu|lãnh đạo|trên cơ sở|"
            + "thời gian qua|thời gian tới|trong thời gian|đã đạt|đạt được|với tinh thần|với phương châm|mong muốn|cùng với)(?![\\p{L}])|;\\s*(?=(?:đồng thời|qua đó|từ đó)\\b)|\\s*\\(");
    private static final Pattern PART_START = Pattern.compile("(?iU)^(?:(?:cũng như|và|về|trong|những|các|việc|kinh nghiệm|"
            + "một số|vấn đề|kết quả|của|là|như|đó là|triển khai thực hiện|triển khai|thực hiện|cách thức|nổi bật trong|quý báu|quý"
            // "Hội thảo góp ý dự thảo Đề án …" is about the draft
            + "|(?:hội nghị|hội thảo|tọa đàm)\\s+(?:góp ý|lấy ý kiến|cho ý kiến|thẩm định|phản biện)(?:\\s+(?:vào|về|cho))?"
            + "(?=\\s+(?:dự thảo|đề án|đồ án|quy hoạch|báo cáo|kế hoạch|luật)(?![\\p{L}])))"
            + "(?:\\s+|$)|[:\\-]\\s*)+");
    private static final Pattern NOT_A_TOPIC = Pattern.compile("(?iU)^(?:tại|với|để|nhằm|ở|tỉnh|huyện|xã|thành phố|các tỉnh|"
            + "các địa phương|địa phương|lẫn nhau|nhau|đoàn|lãnh đạo|hai bên|ông|bà|đồng chí|giữa|đều là|cao hơn|thấp hơn|đề xuất|"
            + "lĩnh vực (?:với|của)|tháng \\d|ngày \\d|năm \\d|chưa|không|giúp|học tập|thăm|tham quan|dâng hương|"
            + "bí thư|chủ tịch|phó|giám đốc|trưởng ban|đoàn công tác|của|cùng|lĩnh vực khác|các lĩnh vực khác)(?![\\p{L}])"
            + "|^tình hình,|^(?:cách làm hay|mô hình mới|tiềm năng|lợi thế|mô hình|quý báu|quý|kinh nghiệm|công tác chuyên môn|công tác quản lý|thực tế|ngoài tỉnh|"
            + "cấp cơ sở|hoạt động thiết thực|kết quả|thông tin|nội dung|ý kiến|các nội dung|hai bên|thời gian tới)$|\\d{1,2}:\\d{2}");
    /** A headline that starts with what is to be done: its words are the topic. */
    private static final Pattern HEADLINE_TOPIC = Pattern.compile("(?U)(?:Chấn chỉnh|Tăng cường|Nâng cao|Cải thiện|Lấy ý kiến|"
            + "Đẩy mạnh|Thúc đẩy|Góp ý|Công bố|Phát huy|Khẩn trương|Rà soát|Hoàn thiện|Tìm giải pháp|Giải pháp)(?![\\p{L}])");
    private static final Pattern SECOND_VERB = Pattern.compile("(?iU)\\s*(?:và|cũng như)\\s+(?:thúc đẩy|thắt chặt|tăng cường|"
            + "củng cố|mở rộng|góp phần|hỗ trợ|giúp|tạo)(?![\\p{L}])");
    /** "các mô hình của tỉnh A", "kinh nghiệm của huyện B": about a place, not a subject. */
    private static final Pattern ONLY_A_PLACE = Pattern.compile("(?iU)^(?:các\\s+|những\\s+)?(?:mô hình|kinh nghiệm|cách làm(?:\\s+hay)?)"
            + "\\s+(?:của|tại|ở)\\s+(?:tỉnh|huyện|thành phố|xã|địa phương|bạn|\\p{Lu})[^,;]*$");
    private static final Pattern PROPER_NAME = Pattern.compile("(?U)^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)*$");
    private static final Pattern SITE_LEAD = Pattern.compile("(?iU)(?<![\\p{L}])(?:(?:đến|đi|đã|cũng đã|và)\\s+)?(?:"
            + "tham quan(?:\\s+thực tế|\\s+trực tiếp)?|thăm quan|đến thăm|đi thăm|viếng hương|viếng|dâng hương(?:,\\s*dâng hoa)?(?:\\s+tưởng niệm)?|"
            + "dâng hoa(?:,\\s*dâng hương)?|khảo sát thực tế|thăm(?=\\s+(?:mô hình|khu|cơ sở|nhà máy|làng|di tích|Khu|Đền|đền|"
            + "Lăng|lăng|Nhà|nhà|trang trại|vườn|hợp tác xã|Hợp tác xã|HTX|công ty|Công ty|Trung tâm|trung tâm|bảo tàng|Bảo tàng|"
            + "quê hương|quê|mộ|Phủ|chùa|Chùa|điểm|một số|các))"
            // "đoàn đã đến Trung tâm Hội chợ …": arriving at a named place (a province or a district is a host, not a site)
            + "|(?<=đã\\s)đến(?=\\s+(?-i:Trung tâm|Khu|Nhà|Đền|Chùa|Bảo tàng|Làng|Công ty|Nhà máy|Hợp tác xã|HTX|Di tích|Lăng|"
            + "Văn Miếu|Vườn|Đảo|Mũi|Cụm|Cảng)\\s))(?:\\s+(?:tri ân|tưởng niệm))?(?:\\s+(?:tại|ở))?\\s+");
    private static final Pattern SITE_END = Pattern.compile("(?U)\\.(?=\\s|$|/)|[!?\\n;]|…|(?<=\\p{Lu}\\p{Ll}{0,6})\\s+(?:chế biến|hoạt động|chuyên|sản xuất|là|có)\\s|\\s+(?:để|nhằm|và (?:làm việc|trao đổi|nghe|học tập|tham quan|thăm|viếng|khảo sát|đến|"
            + "tìm hiểu|chụp)|học tập|tìm hiểu|trao đổi|chia sẻ|được|đã|cùng|với)(?![\\p{L}])|,\\s*(?=(?:tham quan|thăm|viếng|"
            + "dâng|khảo sát|học tập|tìm hiểu|trao đổi|đến|đoàn|đồng thời|sau đó|gặp gỡ|làm việc)(?![\\p{L}]))|\\s+và\\s+cho\\s");
    private static final Pattern NOT_A_SITE = Pattern.compile("(?iU)^(?:và|,|học tập|trao đổi|làm việc|tìm hiểu|"
            + "hỏi|động viên|tặng|chúc|giao lưu|tri ân|thực tế|có|tỉnh|thành phố|huyện|-|các đồng chí|đồng chí|lãnh đạo"
            // a visit to people, not to a place: "thăm Bà mẹ Việt Nam anh hùng", "thăm gia đình chính sách"
            + "|(?:các\\s+)?(?:bà mẹ|mẹ|thương binh|gia đình|hộ nghèo|người có công|cựu chiến binh|bà con|nhân dân))(?![\\p{L}])");
    private static final Pattern SITE_EXAMPLES = Pattern.compile("(?iU)^(?:các|một số|nhiều|những)\\s[^:;]*?\\s+như\\s*:?\\s+(?=\\p{Lu})");
    /** Where a list of sites divides: "A và B", "A, B" when B is a place of its own ("Vườn chim …", "Mũi …"). */
    private static final Pattern SITE_SPLIT = Pattern.compile("(?U)\\s+và\\s+(?=\\p{Lu})|,\\s+(?=\\p{Lu})(?!(?:TP|Thành phố|Tỉnh|Huyện|Xã|Quận)\\b)");

    /** The words a topic's lead starts with: the lead is tried only where one of them starts a word. */
    private static final List<String> TOPIC_WORDS = List.of("trao đổi", "chia sẻ", "thông tin", "học tập", "tìm hiểu",
            "học hỏi", "về các", "về một số", "về những", "với các", "với một số", "với những", "tập trung", "nhất là",
            "đặc biệt", "góp ý", "thảo luận", "báo cáo", "lấy ý kiến", "cho ý kiến", "bàn", "đánh giá", "nội dung", "vấn đề",
            "với chủ đề", "hội thảo", "hội nghị", "tọa đàm", "tổ chức", "thúc đẩy", "tăng cường", "mở rộng", "chia sẽ");
    private static final List<String> SITE_WORDS = List.of("đến", "đến thăm", "đi thăm", "đã thăm", "thăm", "tham quan", "thăm quan",
            "viếng", "dâng hương", "dâng hoa", "khảo sát thực tế");

    private Phrases() {
    }

    static List<Fact<String>> topics(String text, @org.jspecify.annotations.Nullable String headline) {
        List<Fact<String>> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (headline != null && HEADLINE_TOPIC.matcher(headline).lookingAt() && !headline.matches("(?U).*\\d+/\\p{Lu}.*")) {
            // "Chấn chỉnh việc tổ chức các đoàn đi học tập …", "Cải thiện, nâng cao Chỉ số …": the headline states the subject
            int at = text.indexOf(headline);
            add(found, seen, text, Math.max(0, at), Math.max(0, at) + headline.length(), 0.7, true);
        }
        Matcher m = TOPIC_LEAD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (int at : Anchors.wordStarts(Anchors.lower(text), TOPIC_WORDS)) {
            if (at < next || found.size() >= 12 || !m.region(at, Math.min(text.length(), at + 160)).lookingAt()) {
                continue;
            }
            next = m.end();
            int start = m.end();
            int limit = Math.min(text.length(), start + 400);
            Matcher end = LIST_END.matcher(text).region(start, limit);
            int stop = limit;
            while (end.find()) {
                if (!insideQuotes(text, start, end.start())) {
                    stop = end.start();
                    break;
                }
            }
            if (stop - start < 4) {
                continue;
            }
            String list = text.substring(start, stop);
            if (SECOND_VERB.matcher(list).lookingAt()) {
                continue; // "chia sẻ kinh nghiệm và thúc đẩy giao lưu": the lead names no topic, a second act follows
            }
            // the text stops mid-phrase, or the list runs past what is read of it: its last phrase is not whole
            boolean cut = stop == text.length() && !ENDS_WHOLE.matcher(text.stripTrailing()).find()
                    || stop == limit && limit < text.length();
            List<int[]> parts = split(list);
            if (cut && !parts.isEmpty()) {
                parts = parts.subList(0, parts.size() - 1);
            }
            for (int[] part : parts) {
                add(found, seen, text, start + part[0], start + part[1], 0.6, true);
            }
        }
        return found;
    }

    /** "thăm - tưởng nhớ tại", "tri ân tại": the act before the place. */
    private static final Pattern MOURNING = Pattern.compile("(?iU)\\s*(?:thăm\\s*-\\s*)?(?:tưởng nhớ|tri ân|tưởng niệm)\\s+(?:tại\\s+)?");

    /** "khảo sát tại các điểm như: A; B; C, D." */
    private static final Pattern SITE_LIST = Pattern.compile("(?iU)(?:tham quan|khảo sát|thăm|đến)(?:(?:\\s+thực tế)?(?:\\s+tại)?\\s+"
            + "(?:các|một số)\\s+(?:điểm|địa điểm|nơi|di tích)(?:\\s+như)?"
            // "tham quan, học tập một số công trình văn hóa, khu, điểm du lịch nổi tiếng … như: A; B; C"
            + "|,?\\s+(?:học tập\\s+)?(?:các|một số|nhiều)\\s[^.:;\\n]{3,140}?\\s+như)\\s*:\\s*([^.\\n]{5,600})");
    /** Where the parts of such a list divide: semicolons, and commas before a place's name or a kind of place. */
    private static final Pattern SITE_LIST_PART = Pattern.compile("(?U);|,\\s+(?=\\p{Lu})(?!(?:TP|Thành phố|Tỉnh|Huyện|Xã|Quận)\\b)"
            + "|,\\s+(?=(?:chợ|bến|khu|làng|chùa|đền|nhà|vườn|cù lao|mũi|đảo|bảo tàng|di tích|mô hình|cơ sở|hợp tác xã)\\s)");

    static List<Fact<String>> sites(String text) {
        List<Fact<String>> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Matcher list = SITE_LIST.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int[] listStarts = text.contains(":")
                ? Anchors.wordStarts(Anchors.lower(text), List.of("tham quan", "khảo sát", "thăm", "đến")) : new int[0];
        for (int listAt : listStarts) {
            if (!list.region(listAt, Math.min(text.length(), listAt + 700)).lookingAt()) {
                continue;
            }
            int from = list.start(1);
            String[] parts = SITE_LIST_PART.split(list.group(1));
            boolean cut = cutShort(text, list.end(1));
            for (int k = 0; k < parts.length; k++) {
                String part = parts[k];
                int at = text.indexOf(part, from);
                if (k == parts.length - 1 && cut) {
                    break; // "…, Khu du lịch M⏎": the page was cut in the middle of the last name
                }
                if (at >= 0 && !part.isBlank()) {
                    Matcher verb = SITE_LEAD.matcher(part.stripLeading());
                    // "…; tham quan lò kẹo dừa …": the act repeated before a part
                    int lead = part.length() - part.stripLeading().length() + (verb.lookingAt() ? verb.end() : 0);
                    add(found, seen, text, at + lead, at + part.stripTrailing().length(), 0.6, false);
                    from = at + part.length();
                }
            }
        }
        Matcher m = SITE_LEAD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (int at : Anchors.wordStarts(Anchors.lower(text), SITE_WORDS)) {
            if (at < next || found.size() >= 12 || !m.region(at, Math.min(text.length(), at + 80)).lookingAt()) {
                continue;
            }
            next = m.end();
            int start = m.end();
            if (NOT_A_SITE.matcher(text.substring(start, Math.min(text.length(), start + 30))).find()) {
                continue;
            }
            Matcher end = SITE_END.matcher(text).region(start, Math.min(text.length(), start + 250));
            int stop = end.find() ? end.start() : Math.min(text.length(), start + 250);
            String raw = text.substring(start, stop);
            Matcher mourn = MOURNING.matcher(raw);
            if (mourn.lookingAt()) {
                start += mourn.end();
                raw = raw.substring(mourn.end());
            }
            String site = raw.strip().replaceFirst("[,:\\s]+$", "");
            // a long run is a list of places when it divides ("A, B và C"), a sentence that ran on otherwise
            if (site.length() < 6 || words(site) > 30 && !SITE_SPLIT.matcher(site).find() || ONLY_UNITS.matcher(site).lookingAt()) {
                continue;
            }
            Matcher like = SITE_EXAMPLES.matcher(site);
            if (like.find()) {
                // "một số mô hình phát triển kinh tế tại thành phố A như HTX B": the places are the ones named
                start += like.end();
                site = site.substring(like.end());
            }
            Matcher split = SITE_SPLIT.matcher(site);
            int from = 0;
            while (split.find()) {
                add(found, seen, text, start + from, start + split.start(), 0.6, false);
                from = split.end();
            }
            if (!cutShort(text, stop)) {
                add(found, seen, text, start + from, start + site.length(), 0.6, false);
            }
        }
        return found;
    }

    /**
     * Whether the paragraph or the text ends at {@code stop} in the middle of a sentence ("… tham quan một số điểm tại khu
     * dự⏎"): a body paragraph, long and without its full stop, was cut when the page was saved.
     */
    private static boolean cutShort(String text, int stop) {
        if (stop < text.length() && text.charAt(stop) != '\n') {
            return false;
        }
        int last = stop - 1;
        while (last >= 0 && text.charAt(last) == ' ') {
            last--;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, last)) + 1;
        return last >= 0 && Character.isLetter(text.charAt(last)) && last - lineStart > 160;
    }

    private static boolean contains(String a, String b) {
        // letters and digits only: "kinh tế- xã hội" in capitals is "kinh tế - xã hội"
        String x = VietnameseText.matchKey(a);
        String y = VietnameseText.matchKey(b);
        return x.contains(y) || y.contains(x);
    }

    /** Whether two phrases begin with the same two syllables: "Đền thờ vua A" and "Đền thờ vua A tại B". */
    private static boolean sameStart(String a, String b) {
        String[] x = VietnameseText.fold(a).toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String[] y = VietnameseText.fold(b).toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return x.length >= 2 && y.length >= 2 && x[0].equals(y[0]) && x[1].equals(y[1]);
    }

    /** Shared syllables over the shorter phrase's syllables, folded. */
    static double overlap(String a, String b) {
        Set<String> x = new HashSet<>(List.of(VietnameseText.fold(a).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\d]+")));
        Set<String> y = new HashSet<>(List.of(VietnameseText.fold(b).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\d]+")));
        int smaller = Math.min(x.size(), y.size());
        x.retainAll(y);
        return smaller == 0 ? 0 : (double) x.size() / smaller;
    }

    /** Whether a position falls within a quotation opened after {@code from} and not yet closed. */
    private static boolean insideQuotes(String text, int from, int at) {
        int open = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”' && open > 0) {
                open--;
            } else if (c == '"') {
                open = open > 0 ? open - 1 : open + 1;
            }
        }
        return open > 0;
    }

    /** "A và công tác B", "A và việc B": a second subject of its own. */
    private static final String AND_ANOTHER = "|\\s+và\\s+(?=(?:công tác|việc)\\s)";
    private static final Pattern SEMICOLONS = Pattern.compile("(?U);|\\s+cũng như\\s+" + AND_ANOTHER);
    private static final Pattern COMMAS = Pattern.compile("(?U),\\s+(?:và\\s+)?|\\s+cũng như\\s+" + AND_ANOTHER);
    private static final Pattern AS_WELL_AS = Pattern.compile("(?U),?\\s+cũng như\\s+" + AND_ANOTHER);

    /** The list with every quotation's inside replaced by letters, positions kept. */
    private static String maskQuotes(String list) {
        char[] out = list.toCharArray();
        int open = -1;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (open < 0 && (c == '“' || c == '"')) {
                open = i;
            } else if (open >= 0 && (c == '”' || c == '"')) {
                for (int j = open + 1; j < i; j++) {
                    out[j] = 'x';
                }
                open = -1;
            }
        }
        return new String(out);
    }

    private static final Pattern NAMED = Pattern.compile("(?iU)^(?:(?:các |bản )?(?:dự thảo|đề án|quy hoạch|kế hoạch|chiến lược|luật|"
            + "nghị quyết|báo cáo|chương trình)|hội nghị|hội thảo|tọa đàm|hội đàm)(?![\\p{L}]).*", Pattern.DOTALL);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ONLY_UNITS = Pattern.compile("(?iU)(?:các|một số)\\s+(?:tỉnh|huyện|xã|địa phương)");
    private static final Pattern ENDS_WHOLE = Pattern.compile("[.!?…”\")]$");

    private static int words(String phrase) {
        return phrase.isEmpty() ? 0 : SPACES.split(phrase).length;
    }

    private static final Pattern SOCIETY_END = Pattern.compile("(?iU)xã hội\\s*$");
    private static final Pattern DEFENCE = Pattern.compile("(?iU)^(?:quốc phòng|an ninh)(?:\\s*[-,]\\s*|\\s+và\\s+)(?:an ninh|quốc phòng)$");

    /** Parts of a list as [start, end) within it. */
    private static List<int[]> split(String list) {
        List<int[]> parts = new ArrayList<>();
        boolean semicolons = list.indexOf(';') >= 0;
        // commas divide a list only when every part is a phrase of its own (three syllables or more): "tiếp cận, sử
        // dụng vốn" or "kinh tế, văn hóa, xã hội" are one topic
        // a draft's or a document's name is one topic, commas and all: "dự thảo Luật sửa đổi, bổ sung một số điều …"
        // so is a meeting's: "Hội nghị trao đổi, học tập kinh nghiệm trong …"
        boolean named = NAMED.matcher(list.strip()).matches();
        // what is quoted is a name, commas and all: separators are looked for with the quotations masked
        String masked = maskQuotes(list);
        boolean commas = !semicolons && !named && java.util.Arrays.stream(masked.split(",\\s+|,?\\s+cũng như\\s+"))
                .filter(p -> words(p.strip()) < 3).count() <= 1;
        Pattern separator = semicolons ? SEMICOLONS : commas ? COMMAS : AS_WELL_AS;
        Matcher s = separator.matcher(masked);
        int from = 0;
        int pending = -1;
        while (true) {
            boolean more = s.find();
            int to = more ? s.start() : list.length();
            int begin = pending >= 0 ? pending : from;
            String piece = list.substring(from, to).strip();
            if (words(piece) < 2 && more) {
                pending = begin; // "tiếp cận, sử dụng vốn": a single word belongs to what follows
            } else if (!parts.isEmpty() && commas && pending < 0 && (words(piece) < 3 || DEFENCE.matcher(piece).matches()
                    && SOCIETY_END.matcher(list.substring(parts.getLast()[0], parts.getLast()[1])).find())) {
                // "cách làm ăn, làm giàu", "kinh tế - xã hội, quốc phòng - an ninh": a short last word or the pair
                // officials write as one belongs to what precedes
                parts.getLast()[1] = to;
            } else {
                parts.add(new int[] {begin, to});
                pending = -1;
            }
            if (!more) {
                break;
            }
            from = s.end();
        }
        return parts;
    }


    private static void add(List<Fact<String>> found, Set<String> seen, String text, int start, int end, double confidence,
            boolean topic) {
        String raw = text.substring(start, end);
        Matcher lead = PART_START.matcher(raw);
        int skip = lead.find() ? lead.end() : 0;
        String phrase = raw.substring(skip).strip().replaceFirst("[,:;\\s/]+$", "").strip();
        int words = words(phrase);
        if (words < 2 || words > 25 || !Character.isLetter(phrase.charAt(0)) || topic && (NOT_A_TOPIC.matcher(phrase).find() || PROPER_NAME.matcher(phrase).find()
                || ONLY_A_PLACE.matcher(phrase).matches())) {
            return;
        }
        phrase = phrase.replaceFirst("(?U)\\s+(?:của|và|với|cho|ở|tại)$", "");
        int shortName = phrase.indexOf(" gọi tắt là ");
        if (shortName >= 0 && phrase.length() - shortName - 12 >= 4) {
            phrase = phrase.substring(shortName + 12).strip(); // "Đề án “…” gọi tắt là chương trình OCOP": the name used
        }
        if (phrase.endsWith("”") && phrase.indexOf('“') < 0 || phrase.endsWith("\"") && phrase.indexOf('"') == phrase.length() - 1) {
            phrase = phrase.substring(0, phrase.length() - 1).strip();
        }
        if (seen.add(VietnameseText.matchKey(phrase))) {
            // "Đền thờ vua A" and "Đền thờ vua A tại thôn B": one place, named twice; the fuller name stays
            for (int i = 0; i < found.size(); i++) {
                if (!topic && !sameStart(found.get(i).value(), phrase)) {
                    continue;
                }
                double overlap = topic ? 0 : overlap(found.get(i).value(), phrase);
                if (topic && contains(found.get(i).value(), phrase)) {
                    // the shorter wording ("lĩnh vực A" after "thông tin trong lĩnh vực A"), but for a name cut short:
                    // "dự thảo Luật" is no more than the start of "dự thảo Luật sửa đổi …"; a topic in the middle of a
                    // longer one ("xây dựng nông thôn mới" within a campaign's name) is a topic of its own
                    String kept = found.get(i).value();
                    String longer = VietnameseText.matchKey(phrase.length() < kept.length() ? kept : phrase);
                    String shorter = VietnameseText.matchKey(phrase.length() < kept.length() ? phrase : kept);
                    boolean truncation = longer.startsWith(shorter);
                    if (!truncation && !longer.endsWith(shorter)) {
                        continue;
                    }
                    if (truncation ? phrase.length() > kept.length() : phrase.length() < kept.length()) {
                        int at = text.indexOf(phrase, start);
                        found.set(i, new Fact<>(phrase, new Span(at, at + phrase.length()), confidence));
                    }
                    return; // "lĩnh vực A, B" inside "thông tin trong lĩnh vực A, B": one topic, the shorter wording
                }
                if (!topic && overlap >= 0.6 && sameStart(found.get(i).value(), phrase)) {
                    if (phrase.length() > found.get(i).value().length()) {
                        int at = text.indexOf(phrase, start);
                        found.set(i, new Fact<>(phrase, new Span(at, at + phrase.length()), confidence));
                    }
                    return;
                }
            }
            int at = text.indexOf(phrase, start);
            found.add(new Fact<>(phrase, new Span(at, at + phrase.length()), confidence));
        }
    }
}
