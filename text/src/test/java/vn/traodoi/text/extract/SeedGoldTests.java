package vn.traodoi.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The extraction against the gold annotations of the five seeds ({@code gold/*.tsv}, written by hand). */
class SeedGoldTests {

    @Test
    void findsTheHeadlineAndPublicationDateButNotThePortalsOwnWords() {
        ExtractedRecord seed000 = ArticleExtractor.standard().extract(Evaluation.seed(Evaluation.SEEDS.get(0)),
                Evaluation.IMPORT_DATE);
        assertThat(seed000.headline()).isEqualTo(
                "Ủy ban nhân dân Thành phố Hồ Chí Minh tiếp Đoàn khảo sát của Ủy ban nhân dân thành phố Hà Nội");
        assertThat(seed000.publishedOn()).isNull();
        ExtractedRecord seed003 = ArticleExtractor.standard().extract(Evaluation.seed(Evaluation.SEEDS.get(3)),
                Evaluation.IMPORT_DATE);
        assertThat(seed003.headline()).as("the article starts with its first sentence").isNull();
        assertThat(seed003.publishedOn()).isEqualTo(LocalDate.of(2023, 8, 2));
    }

    @Test
    void everyFieldGroupReachesF1OfAtLeast095OnTheSeeds() {
        Map<String, Evaluation.Score> scores = Evaluation.evaluate();
        List<String> below = new ArrayList<>();
        scores.forEach((group, s) -> {
            if (s.f1() < 0.95) {
                below.add(group + " F1=" + s.f1());
            }
        });
        assertThat(below).as("field groups below F1 0.95:%n%s", Evaluation.table(scores)).isEmpty();
        assertThat(scores.values().stream().mapToInt(Evaluation.Score::gold).sum()).as("gold facts").isGreaterThan(100);
    }

    @Test
    void aWrongExtractionLowersTheScore() {
        Evaluation.Score perfect = new Evaluation.Score(10, 10, 10);
        Evaluation.Score halfFound = new Evaluation.Score(5, 5, 10);
        assertThat(perfect.f1()).isEqualTo(1.0);
        assertThat(halfFound.recall()).isEqualTo(0.5);
        assertThat(halfFound.f1()).isLessThan(0.95);
    }
}
