package vn.traodoi.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.traodoi.text.VietnameseText;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.text.extract.Fact;
import vn.traodoi.text.extract.Span;

/**
 * What an article says was learned: each sentence that states a lesson ("rút ra bài học …", "kinh nghiệm hay …",
 * "cách làm hay …"), and each topic discussed (nội dung làm việc) with the sentence it is written in. Nothing is
 * written that the article does not say.
 *
 * <pre>
 * "Hai bên trao đổi về phát triển du lịch cộng đồng. Qua chuyến công tác, đoàn rút ra bài học về huy động người dân."
 *   → Lesson(null, "Qua chuyến công tác, đoàn rút ra bài học về huy động người dân."),
 *     Lesson("phát triển du lịch cộng đồng", "Hai bên trao đổi về phát triển du lịch cộng đồng.")
 * </pre>
 */
final class ArticleLessons {

    static final int MOST = 20;
    private static final int LONGEST = 1000;
    /** Folded words that say a sentence states a lesson. */
    private static final Pattern CUE = Pattern.compile(
            "\\b(?:bai hoc|rut ra|kinh nghiem hay|kinh nghiem quy|cach lam hay|mo hinh hay|hoc tap duoc|hoc hoi duoc)\\b");
    /** A sentence ends at a stop followed by a space or the line's end, or at the end of a line. */
    private static final Pattern END = Pattern.compile("[.!?](?=\\s|$)|\\n");

    private ArticleLessons() {
    }

    static List<ArticleAccepted.Lesson> of(ExtractedRecord record) {
        String text = record.text();
        List<Span> sentences = sentences(text);
        List<ArticleAccepted.Lesson> lessons = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Span> stated = new ArrayList<>();
        for (Span s : sentences) {
            String sentence = text.substring(s.start(), s.end()).strip();
            if (CUE.matcher(VietnameseText.fold(sentence)).find()
                    && sentence.length() <= LONGEST && !sentence.equals(record.headline())) {
                add(lessons, seen, null, sentence);
                stated.add(s);
            }
        }
        for (Fact<String> topic : record.topics()) {
            Span at = topic.span();
            if (stated.stream().anyMatch(s -> s.start() <= at.start() && at.end() <= s.end())) {
                continue;
            }
            Span sentence = sentences.stream().filter(s -> s.start() <= at.start() && at.start() < s.end()).findFirst()
                    .orElse(at);
            String content = text.substring(sentence.start(), Math.max(sentence.end(), Math.min(text.length(), at.end())))
                    .strip();
            add(lessons, seen, VietnameseText.normalize(topic.value()),
                    content.length() <= LONGEST ? content : VietnameseText.normalize(topic.value()));
        }
        return lessons.size() > MOST ? List.copyOf(lessons.subList(0, MOST)) : List.copyOf(lessons);
    }

    private static void add(List<ArticleAccepted.Lesson> lessons, Set<String> seen, @Nullable String topic,
            String content) {
        if (!content.isBlank() && seen.add(VietnameseText.fold(topic == null ? "" : topic) + "|" + VietnameseText.fold(content))) {
            lessons.add(new ArticleAccepted.Lesson(topic, content));
        }
    }

    /** The sentences of the text, each with its closing stop. */
    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        int start = 0;
        while (m.find()) {
            int end = text.charAt(m.start()) == '\n' ? m.start() : m.end();
            if (text.substring(start, end).strip().length() > 0) {
                out.add(new Span(start, end));
            }
            start = m.end();
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(new Span(start, text.length()));
        }
        return out;
    }
}
