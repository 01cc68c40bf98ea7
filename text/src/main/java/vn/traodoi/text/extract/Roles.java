package vn.traodoi.text.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.traodoi.text.VietnameseText;

/**
 * Who visits whom, read from the sentences that say it, and from whose side the article is written:
 *
 * <pre>
 * "UBND tỉnh A tiếp và làm việc với Đoàn công tác của UBND tỉnh B"        → from B, host A
 * "Đoàn công tác tỉnh B do … dẫn đầu đến thăm và làm việc tại huyện C"    → from tỉnh B, host huyện C
 * "Huyện B (tỉnh D) tìm hiểu kinh nghiệm … ở C"                          → from huyện B (tỉnh D), host C
 * "Hội thảo góp ý dự thảo …", "Hội nghị góp ý dự thảo …"                  → a workshop
 * </pre>
 *
 * The kind is the publisher's point of view: the address in a {@code SOURCE:} line names a place, and a side written
 * without its province ("huyện Phú Giáo" beside "huyện Hồng Dân (tỉnh Bạc Liêu)") is the publisher's own.
 */
final class Roles {

    record Result(Fact<EventKind> kind, @Nullable Fact<String> from, List<Fact<String>> hosts) {
    }

    private static final String STOP_AFTER_GUEST = "(?=\\s+(?:do|đã|vừa|đến|về|sang|có(?!\\s+uy tín)|tham|học|thăm|làm|để|nhằm|trao|khảo"
            + "|tìm|nghiên|dâng|đi|cùng|gồm|tới|ra|vào|tiến hành|chia|giao lưu|gặp|kết thúc|tổ chức|dự|viếng|thực hiện|tại|ở"
            + "|và (?:cán bộ|lãnh đạo|các|đại diện))\\b|\\s*[.;:\\n“\"]"
            + "|,\\s+(?!(?:tỉnh|huyện|thành phố|TP|xã|quận|thị xã|thị trấn|phường|\\p{Lu})))";
    private static final String STOP_AFTER_HOST = "(?=\\s+(?:để|nhằm|về|trao|và (?:trao|học|tham|chia|làm|có|thăm|dự)|từ ngày|vào|"
            + "trong|theo|do|nhân dịp|với mục đích|học tập|tìm hiểu|tham quan|khảo sát|chia sẻ|có|như|cùng)\\b|\\s*[.;:\\n“\"]"
            + "|,\\s+(?!(?:tỉnh|huyện|thành phố|TP|xã|quận|thị xã|thị trấn|phường)\\b"
            + "|\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,2}\\s*(?:\\)|,|\\.|\\s+và\\s|$)))";
    private static final String DELEGATION = "(?:[Đđ]oàn\\s+(?:công tác|cán bộ|đại biểu|lãnh đạo|khảo sát|nghiên cứu(?: thực tế)?|"
            + "học tập(?: kinh nghiệm)?|trao đổi(?: kinh nghiệm)?|Công tác|cán bộ, công chức|công tác liên ngành)?"
            + "(?:,\\s*(?:học tập(?: thực tế| kinh nghiệm)?|trao đổi kinh nghiệm|nghiên cứu thực tế|doanh nghiệp))*\\s*(?:của\\s+)?)";
    private static final String PHRASE = "((?:\\p{Lu}|tỉnh |huyện |thành phố |xã |quận |thị xã |các |Thành phố )[^.;:\\n]{1,140}?)";

    /** "UBND tỉnh A (đã) tiếp (và làm việc với) đoàn … B". */
    private static final Pattern HOST_RECEIVES = Pattern.compile("(?U)(?:^|[,.;\\n)]\\s*|\\s-\\s)(?:lãnh đạo\\s+)?"
            + "((?:\\p{Lu}|tỉnh |huyện |thành phố |xã )[^.;:\\n,]{1,120}?)\\s+(?:đã\\s+|vừa\\s+|đã có buổi\\s+)?"
            + "(?:tiếp(?:,| và)?(?:\\s+làm việc)?|đón tiếp|tiếp đón|chào đón|đón|gặp gỡ, giao lưu|hội đàm với|làm việc với|tiếp"
            + " và làm việc với|tiếp, làm việc với)\\s+(?:và làm việc với\\s+|với\\s+)?" + DELEGATION + PHRASE + STOP_AFTER_GUEST);
    /** "(Tiếp và làm việc với|Đón) Đoàn … B" without a subject: the host is the publisher. */
    private static final Pattern RECEIVES_NO_SUBJECT = Pattern.compile("(?U)(?:^|\\n)\\s*(?:Tiếp|Đón|Đón tiếp|Tiếp đón)"
            + "(?:\\s+và\\s+làm\\s+việc)?\\s+(?:cùng|với)?\\s*" + DELEGATION + PHRASE + STOP_AFTER_GUEST);
    /** Who received, named after the guests: "… có ông A - Trưởng ban, cùng lãnh đạo Ban Dân tộc tỉnh C." */
    private static final Pattern RECEIVED_BY = Pattern.compile("(?U)\\s*có\\s+(?:ông|bà|đồng chí|các đồng chí)\\s[^.\\n]*"
            + "(?<![\\p{L}])((?:Ban|Sở|UBND|Ủy ban|Huyện ủy|Tỉnh ủy|Thành ủy|Hội|Liên đoàn|Trung tâm)\\s[^.,;\\n]*?(?:tỉnh|huyện|thành phố)\\s+"
            + "\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,3})\\s*(?:\\.|$)");
    /** "Đoàn … B (do … dẫn đầu) (đã) đến thăm và làm việc tại/với C". */
    private static final Pattern GUEST_VISITS = Pattern.compile("(?U)" + DELEGATION + PHRASE
            + STOP_AFTER_GUEST + "(?:[^.;\\n]{0,160}?)\\s(?:tại|với|ở)\\s+(?:lãnh đạo\\s+|thực tế\\s+(?:tại\\s+)?)?"
            + "((?:\\p{Lu}|tỉnh |huyện |thành phố |xã |quận |thị xã |các |một số )[^.;:\\n]{1,140}?)" + STOP_AFTER_HOST);
    /** "B do … dẫn đầu (đã) đến thăm và làm việc tại C", the subject without "đoàn". */
    private static final Pattern LED_VISITS = Pattern.compile("(?U)(?:^|[,.;\\n]\\s*)((?:\\p{Lu}|tỉnh |huyện |đoàn )[^.;:\\n]{1,140}?)\\s+do\\s+"
            + "[^.;\\n]{3,150}?\\s+(?:dẫn đầu|làm [Tt]rưởng đoàn)\\s*,?\\s+[^.;\\n]{0,40}?"
            + "(?:thăm|làm việc|khảo sát|học tập|tìm hiểu|trao đổi|tham quan|nghiên cứu)[^.;\\n]{0,60}?\\s(?:tại|với|ở)\\s+"
            + "(?:lãnh đạo\\s+)?((?:\\p{Lu}|tỉnh |huyện |thành phố |xã )[^.;:\\n]{1,140}?)" + STOP_AFTER_HOST);
    /**
     * "A (vừa) tổ chức (cho|đưa) … đi học tập kinh nghiệm tại C", "40 người có uy tín … đã đi thăm, học tập … tại C",
     * "đoàn công tác gồm 26 đại biểu là những người có uy tín … đã đến tham quan … tại C".
     */
    private static final Pattern TRIP = Pattern.compile("(?U)(?:^|[,.;\\n]\\s*|\\s-\\s|là\\s+(?:những\\s+)?)(?:\\d{1,4}\\s+)?"
            + "((?:\\p{Lu}|người có uy tín|tỉnh |huyện )[^.;:\\n]{1,160}?)\\s+(?:đã\\s+|vừa\\s+)?"
            + "(?:tổ chức\\s+(?:cho\\s+|đưa\\s+)[^.;\\n]{0,160}?\\s+đi|đi|đến)\\s+(?:thăm,?\\s+)?(?:giao lưu,?\\s+)?"
            + "(?:học tập|nghiên cứu|khảo sát|tham quan)[^.;\\n]{0,220}?\\s(?:tại|ở)\\s+"
            + "((?:\\p{Lu}|tỉnh |huyện |thành phố |xã |các |một số )[^.;:\\n]{1,140}?)" + STOP_AFTER_HOST);
    private static final Pattern GUEST_ONLY = Pattern.compile("(?U)" + DELEGATION + PHRASE + STOP_AFTER_GUEST
            + "\\s+(?:đã\\s+|vừa\\s+)?(?:đến|về|sang|tới)\\s");
    private static final Pattern DELEGATION_MEETS = Pattern.compile("(?U)[Đđ]oàn\\s+(?:đã\\s+)?(?:có\\s+(?:những|các)?\\s*buổi\\s+"
            + "(?:tiếp xúc|làm việc|gặp gỡ)|đến làm việc|làm việc)(?:\\s+và\\s+trao đổi(?:\\s+kinh nghiệm)?(?:\\s+quý báu)?)?"
            + "\\s+(?:với|tại)\\s+(?:lãnh đạo\\s+)?"
            + "((?:\\p{Lu}|tỉnh |huyện |thành phố |xã |các (?:tỉnh|huyện|xã) )[^.;:\\n]{1,140}?)" + STOP_AFTER_HOST);
    /** "Đoàn công tác A và lãnh đạo B vừa có buổi làm việc": both sides as the subject of one meeting. */
    private static final Pattern BOTH_MEET = Pattern.compile("(?U)" + DELEGATION + PHRASE + "\\s+và\\s+(?:lãnh đạo\\s+|đại diện\\s+)?"
            + "((?:\\p{Lu}|tỉnh |huyện |thành phố |xã |các )[^.;:\\n]{1,140}?)\\s+(?:đã\\s+|vừa\\s+)(?:có\\s+)?(?:buổi|cuộc)\\s+"
            + "(?:làm việc|trao đổi|gặp gỡ|hội đàm|tọa đàm|giao lưu)");
    /** A headline: "B trao đổi kinh nghiệm với C", "B tìm hiểu kinh nghiệm … ở C", "B gặp gỡ, giao lưu C". */
    private static final Pattern HEADLINE = Pattern.compile("(?U)^((?:\\p{Lu})[^:;\\n]{2,100}?)\\s*:?\\s+(?:trao đổi kinh nghiệm|làm việc|"
            + "tìm hiểu kinh nghiệm|học tập kinh nghiệm|gặp gỡ, giao lưu|[Tt]hăm và [Ll]àm việc|thăm, làm việc|thăm làm việc|thăm|"
            + "tham quan|khảo sát)(?:[^:;\\n]{0,80}?)\\s(?:với|tại|ở)?\\s*((?:\\p{Lu}|tỉnh |huyện |thành phố )[^:;\\n]{1,100}?)\\s*$");
    private static final Pattern WORKSHOP = Pattern.compile("(?iU)hội thảo|tọa đàm|toạ đàm|góp ý (?:vào |cho )?(?:các |bản )?dự thảo"
            + "|lấy ý kiến[^.\\n]{0,60}dự thảo|(?:thẩm tra|rà soát)[^.\\n]{0,80}dự thảo|phản biện|cho ý kiến[^.\\n]{0,40}dự thảo|hoàn thiện (?:các )?(?:nội dung|dự thảo)[^.\\n]{0,40}trình");
    private static final Pattern DELEGATION_WORD = Pattern.compile("(?iU)\\bđoàn\\s+(?:công tác|cán bộ|đại biểu|khảo sát|"
            + "nghiên cứu|học tập)|tiếp (?:và làm việc với )?đoàn|học tập kinh nghiệm|trao đổi kinh nghiệm|thăm và làm việc|"
            + "chuyến (?:công tác|thăm)|tiếp,? làm việc với");
    private static final Pattern OUTBOUND = Pattern.compile("(?iU)\\b(?:đi|tổ chức (?:cho|đưa)[^.\\n]{0,80}?đi)\\s+(?:thăm,?\\s+)?"
            + "(?:giao lưu, )?(?:học tập|nghiên cứu thực tế|khảo sát|tham quan)");
    private static final Pattern CLEAN_LEAD = Pattern.compile("(?iU)^(?:lãnh đạo|đại diện|cán bộ|các đồng chí lãnh đạo)\\s+");

    private Roles() {
    }

    private static final Pattern HOLDS = Pattern.compile("(?U)(?:^|[,.;\\n]\\s*)((?:\\p{Lu})[^.;:\\n]{2,140}?"
            + "(?:\\s+phối hợp với\\s+[^.;:\\n]{2,120}?)?)\\s*(?:\\([^)]{0,40}\\))?\\s+(?:đã\\s+|vừa\\s+)?"
            + "tổ chức\\s+[“\"]?(?:[Hh]ội thảo|[Hh]ội nghị|[Tt]ọa đàm|buổi|phiên|cuộc họp)"
            + "|chủ trì\\s+(?:cuộc\\s+|phiên\\s+)?họp\\s+((?:\\p{Lu})[^.;:\\n,]{2,100}?)(?=\\s*[,.;]|\\s+(?:về|để|nhằm|thông qua)\\s)");
    private static final Pattern HELD_BY = Pattern.compile("(?U)(?:[Hh]ội thảo|[Hh]ội nghị|[Tt]ọa đàm)[^.;\\n]{0,160}?\\s+do\\s+"
            + "((?:\\p{Lu})[^.;:\\n]{2,140}?)\\s+(?:tổ chức|chủ trì)");
    private static final Pattern FOREIGN = Pattern.compile("(?U)Nhật Bản|Trung Quốc|Hàn Quốc|\\bLào\\b|Campuchia|Thái Lan|Hoa Kỳ|"
            + "\\bMỹ\\b|\\bPháp\\b|\\bĐức\\b|Nga\\b|Singapore|Malaysia|Indonesia|Philippines|Australia|Úc\\b|Ấn Độ|"
            + "Cuba|Belarus|Hungary|Ba Lan|Séc|Italia|Anh\\b|Canada|New Zealand|Mông Cổ|Myanmar|Israel|CHDCND|Triều Tiên|"
            + "Vân Nam|Quảng Tây|Quảng Đông|Khu tự trị");

    private static final Pattern OUTLET = Pattern.compile("(?mU)^\\s*\\(?((?:CTT-|TTXVN-)?[\\p{Lu}][\\p{L}. ]{1,20}?)\\)?\\s*[-–]\\s");

    /** Province names folded and run together ("quangnam"), as they appear in addresses; worked out once. */
    private static final java.util.Map<Gazetteer, java.util.Map<String, String>> FOLDED_UNITS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<String> RECEIVE_WORDS = List.of("tiếp đoàn", "tiếp và", "tiếp,", "tiếp làm việc", "đón tiếp",
            "tiếp đón", "chào đón", "đón đoàn", "làm việc với đoàn", "hội đàm", "gặp gỡ", "đã tiếp", "vừa tiếp");

    /**
     * The matches of a pattern in the windows around its key words, in text order, each once: these patterns can start
     * only near their verbs, and trying them at every position of a long article costs more than the rest together.
     * Found as they are asked for: the callers stop at the first that names a side.
     */
    private static Iterable<MatchResult> matches(Pattern pattern, String body, String lower, List<String> words, int before,
            int after) {
        return () -> new java.util.Iterator<>() {
            private final Matcher m = pattern.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
            private final java.util.Iterator<Anchors.Window> windows = Anchors.aroundWords(lower, words, before, after).iterator();
            private boolean inWindow;
            private int last = -1;
            private @Nullable MatchResult next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (inWindow && m.find()) {
                        if (m.start() > last) {
                            next = m.toMatchResult();
                            last = m.start();
                        }
                    } else if (windows.hasNext()) {
                        Anchors.Window w = windows.next();
                        m.region(w.start(), w.end());
                        inWindow = true;
                    } else {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public MatchResult next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                MatchResult found = next;
                next = null;
                return found;
            }
        };
    }

    /** A sender and a host read from one sentence. */
    private record Sides(Fact<String> from, Fact<String> host) {
    }

    /** The first match whose groups 1 and 2 are both a plausible sender and host. */
    private static @Nullable Sides firstPair(String text, Iterable<MatchResult> found, double confidence) {
        for (MatchResult m : found) {
            Fact<String> from = fact(text, m.group(1), m.start(1), confidence);
            Fact<String> host = fact(text, m.group(2), m.start(2), confidence);
            if (from != null && host != null) {
                return new Sides(from, host);
            }
        }
        return null;
    }

    /** The matches of a pattern that starts with one of the words, tried only where they start a word. */
    private static List<MatchResult> startingAt(Pattern pattern, String body, String lower, List<String> words, int reach) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at : Anchors.wordStarts(lower, words)) {
            if (m.region(at, Math.min(body.length(), at + reach)).lookingAt()) {
                found.add(m.toMatchResult());
            }
        }
        return found;
    }

    static Result read(String text, @Nullable String headline, Gazetteer gazetteer) {
        String source = source(text);
        Matcher outlet = OUTLET.matcher(text.substring(0, Math.min(text.length(), 1200)));
        if (outlet.find()) {
            source = source + " " + VietnameseText.fold(outlet.group(1)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }
        String body = text.substring(0, Math.min(text.length(), 2500));
        String lower = Anchors.lower(text).substring(0, body.length());
        Fact<String> from = null;
        Fact<String> host = null;
        boolean receiving = false;
        int guestEnd = -1; // where the guests' name ends in the sentence that receives them
        for (java.util.Iterator<MatchResult> it = matches(HOST_RECEIVES, body, lower, RECEIVE_WORDS, 135, 330).iterator();
                from == null && it.hasNext(); ) {
            MatchResult m = it.next();
            Fact<String> f = fact(text, m.group(2), m.start(2), 0.8);
            if (f != null) {
                from = f;
                guestEnd = m.end();
                String subject = m.group(1);
                int of = subject.lastIndexOf(" của ");
                if (of >= 0 && subject.matches("(?iU).*(?<![\\p{L}])đoàn(?![\\p{L}]).*")) {
                    host = fact(text, subject.substring(of + 5), m.start(1) + of + 5, 0.7); // "… và đoàn công tác của tỉnh A"
                } else {
                    host = subject.matches("(?iU).*(?<![\\p{L}])(?:đoàn|đồng chí|ông|bà)(?![\\p{L}]).*") ? null
                            : fact(text, subject, m.start(1), 0.8);
                }
                receiving = true;
            }
        }
        for (java.util.Iterator<MatchResult> it = (from != null ? List.<MatchResult>of() : matches(RECEIVES_NO_SUBJECT, body, lower, List.of("tiếp", "đón"), 3, 330)).iterator();
                from == null && it.hasNext(); ) {
            MatchResult r = it.next();
            from = fact(text, r.group(1), r.start(1), 0.75);
            receiving = from != null;
            guestEnd = r.end();
        }
        Matcher by = RECEIVED_BY.matcher(text).region(Math.max(0, guestEnd), Math.min(text.length(), Math.max(0, guestEnd) + 400));
        if (from != null && host == null && guestEnd >= 0 && by.lookingAt()) {
            // "Tiếp … Đoàn A có ông B - Trưởng Ban, cùng đại diện các phòng của Ban Dân tộc tỉnh C.": C receives
            host = fact(text, by.group(1), by.start(1), 0.7);
        }
        // a sentence naming both sides: "B do … dẫn đầu … tại C", "Đoàn … B … tại C", "A tổ chức cho … đi … tại C"
        Sides sides = from != null ? null : firstPair(text, matches(LED_VISITS, body, lower, List.of("dẫn đầu", "trưởng đoàn"),
                230, 220), 0.75);
        if (from == null && sides == null) {
            sides = firstPair(text, startingAt(GUEST_VISITS, body, lower, List.of("đoàn"), 450), 0.75);
        }
        if (from == null && sides == null) {
            sides = firstPair(text, matches(TRIP, body, lower, List.of("đi học tập", "đi nghiên cứu", "đi khảo sát",
                    "đi tham quan", "đi thăm", "đi giao lưu", "đến tham quan", "đến học tập", "đến khảo sát", "tổ chức cho",
                    "tổ chức đưa"), 200, 330), 0.7);
        }
        if (from == null && sides == null) {
            sides = firstPair(text, startingAt(BOTH_MEET, body, lower, List.of("đoàn"), 400), 0.7);
        }
        if (sides != null) {
            from = sides.from();
            host = sides.host();
        }
        if (from != null && host == null) {
            // the receiving sentence named no host: a sentence where the same delegation comes to its host may
            List<MatchResult> sameDelegation = new ArrayList<>(startingAt(GUEST_VISITS, body, lower, List.of("đoàn"), 450));
            sameDelegation.addAll(startingAt(BOTH_MEET, body, lower, List.of("đoàn"), 400)); // both lists are short
            for (java.util.Iterator<MatchResult> it = sameDelegation.iterator(); host == null && it.hasNext(); ) {
                MatchResult g = it.next();
                Fact<String> f = fact(text, g.group(1), g.start(1), 0.7);
                if (f != null && Phrases.overlap(f.value(), from.value()) >= 0.6) {
                    host = fact(text, g.group(2), g.start(2), 0.7);
                }
            }
        }
        if (from == null && headline != null) {
            Matcher h = HEADLINE.matcher(headline);
            int at = text.indexOf(headline);
            if (h.find() && at >= 0) {
                Fact<String> f = fact(text, h.group(1), at + h.start(1), 0.7);
                Fact<String> o = fact(text, h.group(2), at + h.start(2), 0.7);
                if (f != null && o != null) {
                    from = f;
                    host = o;
                }
            }
        }
        if (from == null && host == null) {
            // "Đoàn … của B đến dâng hương tại …": the sender named, the host not
            for (java.util.Iterator<MatchResult> it = startingAt(GUEST_ONLY, body, lower, List.of("đoàn"), 300).iterator();
                    from == null && it.hasNext(); ) {
                MatchResult g = it.next();
                from = fact(text, g.group(1), g.start(1), 0.6);
            }
        }
        if (host == null) {
            // "đoàn đã có những buổi tiếp xúc với Trung tâm Văn hóa tỉnh A"
            for (java.util.Iterator<MatchResult> it = startingAt(DELEGATION_MEETS, body, lower, List.of("đoàn"), 300).iterator();
                    host == null && it.hasNext(); ) {
                MatchResult g = it.next();
                host = fact(text, g.group(1), g.start(1), 0.6);
            }
        }
        Fact<EventKind> kind = kind(text, headline, source, from, host, receiving, gazetteer);
        if (kind.value() == EventKind.WORKSHOP || kind.value() == EventKind.OTHER) {
            Fact<String> holder = null;
            String lead = body.substring(0, Math.min(body.length(), 1200)); // who holds a meeting is said at its start
            for (java.util.Iterator<MatchResult> it = matches(HOLDS, lead, lower.substring(0, lead.length()), List.of("tổ chức", "chủ trì"), 170, 110).iterator();
                    holder == null && it.hasNext(); ) {
                MatchResult h = it.next();
                int g = h.group(1) != null ? 1 : 2;
                holder = fact(text, h.group(g), h.start(g), 0.7);
            }
            for (java.util.Iterator<MatchResult> it = matches(HELD_BY, body, lower, List.of("hội thảo", "hội nghị", "tọa đàm"), 2, 330).iterator();
                    holder == null && it.hasNext(); ) {
                MatchResult h = it.next();
                holder = fact(text, h.group(1), h.start(1), 0.7);
            }
            return new Result(kind, null, holder == null ? List.of() : List.of(holder));
        }
        List<Fact<String>> hosts = new ArrayList<>();
        // the country tells the kind ("Quảng Tây" meets "Việt Nam": incoming) but is no host to propose
        if (host != null && !COUNTRY_ONLY.matcher(host.value()).matches()) {
            hosts.add(host);
        }
        String publisher = province(source, gazetteer);
        if (hosts.isEmpty() && kind.value() == EventKind.INCOMING_DELEGATION && publisher != null) {
            // an incoming delegation on a province's portal with no host named (or only "Việt Nam"): the province that
            // publishes is the one that received; proposed with a low confidence, for the official to confirm
            int at = text.indexOf(publisher);
            if (at >= 0) {
                hosts.add(new Fact<>(publisher, new Span(at, at + publisher.length()), 0.5));
            }
        }
        return new Result(kind, from, hosts);
    }

    private static Fact<EventKind> kind(String text, @Nullable String headline, String source, @Nullable Fact<String> from,
            @Nullable Fact<String> host, boolean receiving, Gazetteer gazetteer) {
        String head = (headline == null ? "" : headline + "\n") + text.substring(0, Math.min(text.length(), 700));
        String title = headline == null ? text.substring(0, Math.min(text.length(), 200)) : headline;
        Matcher workshop = WORKSHOP.matcher(title);
        if (workshop.find()) {
            return new Fact<>(EventKind.WORKSHOP, span(text, workshop.group()), 0.85);
        }
        boolean delegation = from != null || DELEGATION_WORD.matcher(head).find();
        if (!delegation) {
            Matcher w = WORKSHOP.matcher(head);
            if (w.find()) {
                return new Fact<>(EventKind.WORKSHOP, span(text, w.group()), 0.7);
            }
            // too little text to say what it is about: unknown rather than "something else"
            return text.strip().length() < 300 ? new Fact<>(EventKind.UNKNOWN, new Span(0, 0), 0.1)
                    : new Fact<>(EventKind.OTHER, new Span(0, 0), 0.6);
        }
        boolean fromHere = from != null && publishedBy(source, from.value());
        boolean hostHere = host != null && publishedBy(source, host.value());
        String publisher = province(source, gazetteer);
        boolean fromForeign = from != null && foreign(text, from, gazetteer);
        boolean hostForeign = host != null && foreign(text, host, gazetteer);
        EventKind kind;
        if (fromForeign != hostForeign && (from != null && host != null || fromForeign)) {
            kind = fromForeign ? EventKind.INCOMING_DELEGATION : EventKind.OUTGOING_DELEGATION;
        } else if (fromHere && !hostHere) {
            kind = EventKind.OUTGOING_DELEGATION;
        } else if (hostHere && !fromHere) {
            kind = EventKind.INCOMING_DELEGATION;
        } else if (receiving) {
            kind = EventKind.INCOMING_DELEGATION;
        } else if (publisher != null && from != null && !from.value().contains(publisher) && mentionsProvince(from.value(), gazetteer)
                && (host == null || !mentionsProvince(host.value(), gazetteer) || host.value().contains(publisher))) {
            kind = EventKind.INCOMING_DELEGATION;
        } else if (OUTBOUND.matcher(head).find()) {
            kind = EventKind.OUTGOING_DELEGATION;
        } else if (from != null && host != null && mentionsProvince(from.value(), gazetteer)
                != mentionsProvince(host.value(), gazetteer)) {
            // "xã A (huyện B, tỉnh C)" visiting "xã D (huyện E)": the side named without its province is the publisher's
            kind = mentionsProvince(from.value(), gazetteer) ? EventKind.INCOMING_DELEGATION : EventKind.OUTGOING_DELEGATION;
        } else if (from != null && host != null && qualified(from.value()) && !qualified(host.value())) {
            kind = EventKind.INCOMING_DELEGATION;
        } else if (from != null && host != null && qualified(host.value()) && !qualified(from.value())) {
            kind = EventKind.OUTGOING_DELEGATION;
        } else if (from != null && host != null) {
            kind = EventKind.OUTGOING_DELEGATION;
        } else if (from == null && host != null && publisher != null && mentionsProvince(host.value(), gazetteer)) {
            // only the host is named: the publisher's own province receives, another one is visited
            kind = host.value().contains(publisher) ? EventKind.INCOMING_DELEGATION : EventKind.OUTGOING_DELEGATION;
        } else if (from == null && host == null
                && matches(HOLDS, head, Anchors.lower(head), List.of("tổ chức", "chủ trì"), 170, 110).iterator().hasNext()) {
            return new Fact<>(EventKind.OTHER, new Span(0, 0), 0.5); // a conference two bodies hold together
        } else {
            return new Fact<>(EventKind.UNKNOWN, new Span(0, 0), 0.3);
        }
        Fact<String> anchor = from != null ? from : host;
        return new Fact<>(kind, anchor == null ? new Span(0, 0) : anchor.span(), 0.7);
    }

    /** A side named with a place of a higher level: "huyện Hồng Dân (tỉnh Bạc Liêu)", "Ban Dân tộc tỉnh Bắc Giang". */
    private static boolean qualified(String side) {
        return side.matches("(?U).*(?:\\(|,\\s*)(?:tỉnh|huyện|thành phố|TP)?\\s*\\p{Lu}.*")
                || side.matches("(?U).*\\b(?:tỉnh|thành phố|TP\\.?)\\s+\\p{Lu}.*") && !side.matches("(?iU)^(?:tỉnh|thành phố)\\s+\\p{Lu}\\S*(\\s+\\p{Lu}\\S*)?$");
    }

    /** The proper names of a side, run together and folded, found in the publisher's address. */
    private static boolean publishedBy(String source, String side) {
        if (source.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>();
        Matcher names1 = Pattern.compile("(?U)(?:\\p{Lu}\\p{Ll}+)(?:\\s+\\p{Lu}\\p{Ll}+)+").matcher(side);
        while (names1.find()) {
            names.add(VietnameseText.fold(names1.group()).toLowerCase(Locale.ROOT).replace(" ", ""));
        }
        if (names.stream().filter(n -> n.length() >= 5).anyMatch(source::contains)) {
            return true;
        }
        // an outlet's code: "ĐNO" is Đà Nẵng Online, "NTO" Ninh Thuận Online
        Matcher words = Pattern.compile("(?U)\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+").matcher(side);
        while (words.find()) {
            StringBuilder initials = new StringBuilder(" ");
            for (String w : words.group().split("\\s+")) {
                initials.append(VietnameseText.fold(w).toLowerCase(Locale.ROOT).charAt(0));
            }
            if (initials.length() >= 3 && (source.contains(initials + "o") || source.endsWith(initials.toString()))) {
                return true;
            }
        }
        return false;
    }

    /** The province a publisher's address names ("baoquangnam.vn" → "Quảng Nam"), or null. */
    private static @Nullable String province(String source, Gazetteer gazetteer) {
        if (source.isEmpty()) {
            return null;
        }
        return FOLDED_UNITS.computeIfAbsent(gazetteer, g -> {
            java.util.Map<String, String> folded = new java.util.LinkedHashMap<>();
            g.unitNames().stream().filter(n -> n.contains(" ") && n.length() >= 6)
                    .forEach(n -> folded.putIfAbsent(VietnameseText.fold(n).toLowerCase(Locale.ROOT).replace(" ", ""), n));
            return folded;
        }).entrySet().stream().filter(e -> source.contains(e.getKey())).map(java.util.Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    /**
     * Whether a side is abroad: a foreign country or region in its name or right after it ("Sở Y tế tỉnh A, nước CHDCND
     * Lào"), or a "tỉnh" that is none of Vietnam's provinces, then or now ("tỉnh Luông Nặm Tha", "tỉnh Gyeonggi").
     */
    private static boolean foreign(String text, Fact<String> side, Gazetteer gazetteer) {
        if (FOREIGN.matcher(side.value()).find()) {
            return true;
        }
        int end = side.span().end();
        if (end > 0 && end <= text.length() && COUNTRY_AFTER.matcher(text).region(end, Math.min(text.length(), end + 80)).lookingAt()) {
            return true;
        }
        Matcher province = PROVINCE_NAMED.matcher(side.value());
        List<String> keys = UNIT_KEYS.computeIfAbsent(gazetteer, g -> g.unitNames().stream().map(VietnameseText::matchKey)
                .filter(k -> k.length() >= 3).distinct().toList());
        while (province.find()) {
            String rest = VietnameseText.matchKey(side.value().substring(province.start(1)));
            if (keys.stream().noneMatch(rest::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern COUNTRY_AFTER = Pattern.compile("(?U)\\s*(?:,|-|\\()\\s*(?:nước\\s+)?(?:Cộng hòa|Cộng hoà|CHDCND|"
            + "Vương quốc|Liên bang)?[^,.;()\\n]{0,40}?(?:" + FOREIGN.pattern() + ")");
    private static final Pattern PROVINCE_NAMED = Pattern.compile("(?U)(?<![\\p{L}])[Tt]ỉnh\\s+(\\p{Lu})");
    private static final java.util.Map<Gazetteer, List<String>> UNIT_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean mentionsProvince(String side, Gazetteer gazetteer) {
        return gazetteer.unitPattern().matcher(side).find();
    }

    /** The host name and path of the {@code SOURCE:} line, folded, without punctuation; empty when there is none. */
    private static String source(String text) {
        if (!text.startsWith("SOURCE:")) {
            return "";
        }
        int end = text.indexOf('\n');
        String url = (end < 0 ? text : text.substring(0, end)).substring(7).strip().toLowerCase(Locale.ROOT);
        url = url.replaceFirst("^https?://", "");
        int slash = url.indexOf('/');
        String host = slash < 0 ? url : url.substring(0, slash);
        return host.replaceAll("[^a-z0-9]", "");
    }

    private static final String DAY = "\\d{1,2}[/.-]\\d{1,2}(?:[/.-](?:19|20)\\d{2})?";
    private static final Pattern INNER_DATES = Pattern.compile("(?iU)(?:^|[,\\s])(?:từ\\s+)?ngày\\s+" + DAY + "(?:\\s*(?:đến|-)\\s*(?:ngày\\s+)?"
            + DAY + ")?\\s*,?\\s*(?=\\p{Lu})");
    private static final Pattern TRAILING_DATE = Pattern.compile("(?iU)\\s+(?:ký|ban hành|thành lập)?\\s*(?:vào\\s+)?ngày\\s+" + DAY + "\\s*$");
    private static final Pattern SIGNED = Pattern.compile("(?iU)\\s(?:ký|ký kết)\\s+(?:vào\\s+)?ngày\\s");
    private static final Pattern TRAILING_ADVERB = Pattern.compile("(?U)\\s+(?:không|đã|vừa|sẽ|cũng|đang|chưa|luôn)$");
    /** A country alone names no body that receives a delegation: "Việt Nam" beside "Khu tự trị Quảng Tây". */
    private static final Pattern COUNTRY_ONLY = Pattern.compile("(?U)(?:nước\\s+)?Việt Nam");
    private static final Pattern DATE_CLAUSE = Pattern.compile("(?U)^[^,]{0,25}\\d[^,]{0,12},\\s*");
    private static final Pattern SIDE_START = Pattern.compile("(?U)^(?:tỉnh|huyện|xã|thành phố|quận|thị xã|thị trấn|phường"
            + "|các (?:tỉnh|xã|huyện|thành phố|sở|địa phương)|một số (?:tỉnh|địa phương|huyện)|người có uy tín|đoàn |\\p{Lu})");
    private static final Pattern NOT_A_SIDE = Pattern.compile("(?U)^(?:Tại|Theo|Trong|Sau|Với|Nhằm|Đây|Đó|Cùng|Chiều|Sáng|"
            + "Ngày|Tối|Dịp|Nhân|Qua|Khi|Trước|Đến|Từ|Thực hiện|Buổi|Năm|Hai|Đồng chí|Ông|Bà|Chủ tịch|Phó|Bí thư|Giám đốc|"
            + "Trưởng|Nghĩa trang|Tượng đài|Đền|Khu di tích|Lăng|Nhà máy|Hợp tác xã|HTX|Cố đô|Di tích|Bảo tàng|Chùa|Khảo sát|"
            + "Đoàn công tác$|Đoàn$|Người$|Tiếp|Đón|Hội thảo|Hội nghị)(?![\\p{L}])|^(?:mô hình|một số mô hình|cơ sở)"
            + "|(?<![\\p{L}])(?:phát biểu|buổi|đồng chí|ông|bà)(?![\\p{L}])");
    private static final Pattern PLACE_TAIL = Pattern.compile("(?U)^(?:,\\s*|\\s+|\\s*\\()(?:tỉnh|thành phố|TP\\.?)\\s*\\p{Lu}\\p{L}*"
            + "(?:\\s+\\p{Lu}\\p{L}*){0,3}\\)?");

    private static @Nullable Fact<String> fact(String text, String phrase, int start, double confidence) {
        if (SIGNED.matcher(phrase).find()) {
            return null; // "… Đoàn B ký ngày 13/10/2013 tại C": the parties of a signed document, not this visit's sides
        }
        String clean = phrase.strip().replaceFirst("[,\\s]+$", "");
        Matcher date = DATE_CLAUSE.matcher(clean);
        if (date.find()) {
            clean = clean.substring(date.end());
        }
        // "…, từ ngày 5/9 đến ngày 8/9/2017 Trường A": the side follows the dates; "Sở B … ký ngày 13/10/2013": a date
        // after the side belongs to something else; "Sở C không": the verb's adverb is not part of the name
        Matcher inner = INNER_DATES.matcher(clean);
        if (inner.find()) {
            clean = clean.substring(inner.end());
        }
        clean = TRAILING_DATE.matcher(clean).replaceFirst("");
        clean = TRAILING_ADVERB.matcher(clean).replaceFirst("");
        Matcher lead = CLEAN_LEAD.matcher(clean);
        if (lead.find()) {
            clean = clean.substring(lead.end());
        }
        clean = clean.replaceFirst("\\s*\\((?:TP|tỉnh)?\\s*$", "").strip();
        if (clean.length() < 4 || clean.length() > 150 || !SIDE_START.matcher(clean).find() || NOT_A_SIDE.matcher(clean).find()
                || balance(clean) != 0) {
            return null;
        }
        int at = text.indexOf(clean, start);
        if (at < 0) {
            at = text.indexOf(clean);
        }
        if (at >= 0) {
            // "Huyện ủy Ngọc Hiển" in a headline, "Huyện ủy Ngọc Hiển, tỉnh Cà Mau" in the body: the fuller name
            int full = text.indexOf(clean);
            while (full >= 0) {
                Matcher tail = PLACE_TAIL.matcher(text).region(full + clean.length(), Math.min(text.length(),
                        full + clean.length() + 60));
                if (tail.lookingAt() && balance(tail.group()) == 0) {
                    clean = clean + tail.group();
                    at = full;
                    break;
                }
                full = text.indexOf(clean, full + 1);
            }
        }
        return new Fact<>(clean, at < 0 ? new Span(0, 0) : new Span(at, at + clean.length()), confidence);
    }

    private static int balance(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            open += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
        }
        return open;
    }

    private static Span span(String text, String phrase) {
        int at = text.indexOf(phrase);
        return at < 0 ? new Span(0, 0) : new Span(at, at + phrase.length());
    }
}
