package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleLessonsTests {

    static final String TEXT = "Đoàn tiếp đoàn\nTại buổi làm việc, hai bên trao đổi về phát triển kinh tế dưới tán rừng; "
            + "du lịch cộng đồng. Qua chuyến công tác, đoàn rút ra bài học về cách giao rừng cho cộng đồng. Đoàn ra về.";

    @Test
    void keepsEachSentenceThatStatesALessonAndEachTopicWithItsSentence() {
        ImportFixtures.Facts facts = new ImportFixtures.Facts(TEXT);
        facts.headline = "Đoàn tiếp đoàn";
        facts.topic("phát triển kinh tế dưới tán rừng").topic("du lịch cộng đồng");
        assertThat(ArticleLessons.of(facts.record())).containsExactly(
                new ArticleAccepted.Lesson(null, "Qua chuyến công tác, đoàn rút ra bài học về cách giao rừng cho cộng đồng."),
                new ArticleAccepted.Lesson("phát triển kinh tế dưới tán rừng",
                        "Tại buổi làm việc, hai bên trao đổi về phát triển kinh tế dưới tán rừng; du lịch cộng đồng."),
                new ArticleAccepted.Lesson("du lịch cộng đồng",
                        "Tại buổi làm việc, hai bên trao đổi về phát triển kinh tế dưới tán rừng; du lịch cộng đồng."));
    }

    @Test
    void saysNothingAnArticleDoesNotSay() {
        ImportFixtures.Facts facts = new ImportFixtures.Facts("Ngày 2/8/2023, Sở Nội vụ tiếp đoàn. Đoàn gồm 9 người.");
        assertThat(ArticleLessons.of(facts.record())).isEmpty();
    }

    @Test
    void cutsTheTextIntoSentencesKeepingAbbreviationsWhole() {
        String text = "UBND TP.HCM tiếp đoàn. Hai bên trao đổi!\nDòng mới";
        assertThat(ArticleLessons.sentences(text)).extracting(s -> s.of(text).strip())
                .containsExactly("UBND TP.HCM tiếp đoàn.", "Hai bên trao đổi!", "Dòng mới");
    }
}
