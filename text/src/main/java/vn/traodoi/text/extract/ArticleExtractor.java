package vn.traodoi.text.extract;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The pipeline: normalize the article (NFC, one kind of dash and space, paragraphs kept), find its publication date
 * and headline, then run every extractor over it. Thread-safe; build one and reuse it.
 *
 * <pre>
 * ArticleExtractor.standard().extract(articleText, importDate) → ExtractedRecord
 * </pre>
 */
public final class ArticleExtractor {

    private static final Pattern PUBLISHED = Pattern.compile(
            "(?iU)(?:Thứ\\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\\s+nhật)\\s*,\\s*(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})");

    private static final ArticleExtractor STANDARD = new ArticleExtractor(Gazetteer.standard());

    private final DateExtractor dates = new DateExtractor();
    private final DocumentExtractor documents = new DocumentExtractor();
    private final PersonExtractor people;
    private final OrganizationExtractor organizations;
    private final TaskExtractor tasks = new TaskExtractor();
    private final Gazetteer gazetteer;

    public ArticleExtractor(Gazetteer gazetteer) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        this.gazetteer = gazetteer;
        this.people = new PersonExtractor(gazetteer);
        this.organizations = new OrganizationExtractor(gazetteer);
    }

    public static ArticleExtractor standard() {
        return STANDARD;
    }

    /** NFC, every dash as "-", runs of spaces as one, paragraphs as single line breaks; nothing else changes. */
    public static String normalize(String article) {
        String text = Normalizer.isNormalized(article, Normalizer.Form.NFC) ? article
                : Normalizer.normalize(article, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        boolean lineBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineBreak = true;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B || c == 0x00A0 || c == 0x2007
                    || c == 0x202F || c == 0x200B || c == 0xFEFF) {
                space = true;
            } else {
                if (lineBreak || space) {
                    if (!out.isEmpty()) {
                        out.append(lineBreak ? '\n' : ' ');
                    }
                    lineBreak = false;
                    space = false;
                }
                out.append(c >= 0x2010 && c <= 0x2015 || c == 0x2212 ? '-' : c);
            }
        }
        return out.toString();
    }

    /**
     * @param importDate the day of the import: the reference for a date without a year when the article states
     *                   neither its publication date nor any full date; null leaves such dates out
     */
    public ExtractedRecord extract(String article, @Nullable LocalDate importDate) {
        Objects.requireNonNull(article, "article");
        String text = normalize(article);
        Dateline.Stamps stamps = Dateline.find(text);
        LocalDate published = stamps.published() != null ? stamps.published() : publishedOn(text);
        LocalDate reference = published != null ? published
                : stamps.month() != null ? stamps.month().atEndOfMonth() : null;
        List<Fact<DateMention>> allDates = dates.extractResolving(text, reference, importDate);
        List<Fact<DateMention>> eventDates = EventDates.select(text, allDates, stamps);
        String headline = headline(text);
        Roles.Result roles = Roles.read(text, headline, gazetteer);
        if (roles.kind().value() == EventKind.UNKNOWN) {
            roles = new Roles.Result(SimpleExtractors.eventKind(text), roles.from(), roles.hosts());
        }
        Leaders.Result leaders = Leaders.read(text, people.extract(text));
        return new ExtractedRecord(text, headline, published, roles.kind(), allDates, eventDates,
                documents.extract(text), leaders.people(), organizations.extract(text), roles.from(), roles.hosts(),
                leaders.head(), leaders.deputies(), SimpleExtractors.memberCounts(text), sites(text),
                topics(text, headline), tasks.extract(text), SimpleExtractors.indices(text));
    }

    /** Numbered lists first ("(1) … (2) …"), then the phrases that introduce topics. */
    private static List<Fact<String>> topics(String text, @Nullable String headline) {
        List<Fact<String>> numbered = SimpleExtractors.numberedTopics(text);
        return numbered.size() >= 2 ? numbered : Phrases.topics(text, headline);
    }

    private static List<Fact<String>> sites(String text) {
        List<Fact<String>> explicit = SimpleExtractors.sites(text);
        return explicit.isEmpty() ? Phrases.sites(text) : explicit;
    }

    private static @Nullable LocalDate publishedOn(String text) {
        Matcher m = PUBLISHED.matcher(text.substring(0, Math.min(text.length(), 300)));
        return m.find() ? DateMention.safeDate(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(1))) : null;
    }

    /**
     * The first line that reads like a headline: long enough, not a sentence, not the portal's own words (a category
     * repeated as "Tin chuyên ngành Tin chuyên ngành", "Quay lại", "Print …").
     */
    private static @Nullable String headline(String text) {
        boolean first = true;
        for (String line : text.lines().limit(7).toList()) {
            String l = line.strip();
            if (l.startsWith("SOURCE:") || l.isEmpty()) {
                continue;
            }
            // the first line may end with a full stop ("Cán bộ huyện A thăm huyện B."), a sentence of the body not
            boolean single = l.endsWith(".") && first && l.length() <= 160 && l.indexOf(". ") < 0;
            first = false;
            if (l.length() >= 25 && l.length() <= 300 && !l.startsWith("Print") && !l.startsWith("date ")
                    && (!l.endsWith(".") || single) && !repeated(l)) {
                return single ? l.substring(0, l.length() - 1) : l;
            }
        }
        return null;
    }

    private static boolean repeated(String line) {
        int half = line.length() / 2;
        return line.length() % 2 == 1 && line.charAt(half) == ' ' && line.substring(0, half).equals(line.substring(half + 1));
    }
}
