package vn.traodoi.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsArticleTests {

    private static final OffsetDateTime MORNING = OffsetDateTime.of(2026, 5, 4, 8, 0, 0, 0, ZoneOffset.ofHours(7));

    @ParameterizedTest(name = "\"{0}\", category {1}, body {2}")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            # title                                               | category | body                                                       | problems
            Đoàn công tác tỉnh Tuyên Quang học tập tại Đà Nẵng      | 3        | '<p>Sáng 04/5, đoàn đã làm việc với Sở Nội vụ.</p>'         | ''
            ''                                                    | 3        | '<p>Sáng 04/5, đoàn đã làm việc với Sở Nội vụ.</p>'         | title:news.title.required
            Đoàn công tác tỉnh Tuyên Quang học tập tại Đà Nẵng      | ∅        | '<p> </p><p><br></p>'                                       | categoryId:news.category.required bodyHtml:news.body.required
            Đoàn công tác tỉnh Tuyên Quang học tập tại Đà Nẵng      | 3        | '<figure><img src="/anh.jpg"></figure>'                    | bodyHtml:news.body.required
            """)
    void anArticleIsPublishedWithATitleACategoryAndText(String title, Long category, String body, String problems) {
        // given an article in review
        NewsArticle article = new NewsArticle(1, 10, "doan-cong-tac", category, title, null, body, null, null,
                NewsArticle.Status.IN_REVIEW, null, null, null, null, null, 0, MORNING, List.of());
        // when the editor publishes it; then this is what it lacks
        assertThat(article.missingForPublication()).extracting(p -> p.field() + ":" + p.messageCode())
                .containsExactly(problems.isBlank() ? new String[0] : problems.split(" "));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            # status    | publish at                | public | scheduled
            PUBLISHED   | 2026-05-04T08:00:00+07:00 | true   | false
            PUBLISHED   | 2026-05-04T09:00:00+07:00 | false  | true
            PUBLISHED   | ∅                         | false  | false
            UNPUBLISHED | 2026-05-04T07:00:00+07:00 | false  | false
            IN_REVIEW   | 2026-05-04T07:00:00+07:00 | false  | false
            """)
    void anArticleIsPublicOncePublishedAndItsTimeHasCome(NewsArticle.Status status, OffsetDateTime publishAt,
            boolean isPublic, boolean scheduled) {
        // given an article at 08:00 on 04/05/2026
        Instant now = MORNING.toInstant();
        NewsArticle article = new NewsArticle(1, 10, "doan-cong-tac", 3L, "Đoàn công tác", null, "<p>Nội dung</p>", null,
                null, status, publishAt, null, null, null, null, 0, MORNING, List.of());
        // when its readers ask; then it is public, or still to come, or neither
        assertThat(article.publicAt(now)).isEqualTo(isPublic);
        assertThat(article.scheduled(now)).isEqualTo(scheduled);
    }
}
