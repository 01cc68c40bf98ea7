package vn.traodoi.news;

import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** What the editor edits; the body is HTML, cleaned to an allow-list on saving. */
record ArticleForm(
        @Size(max = 300, message = "{validation.tooLong}") @Nullable String title,
        @Size(max = 2000, message = "{validation.tooLong}") @Nullable String lead,
        @Size(max = 200000, message = "{validation.tooLong}") @Nullable String bodyHtml,
        @Nullable Long categoryId,
        @Size(max = 200, message = "{validation.tooLong}") @Nullable String author,
        @Size(max = 300, message = "{validation.tooLong}") @Nullable String source,
        @DateTimeFormat(pattern = "dd/MM/yyyy HH:mm") @Nullable LocalDateTime publishAt,
        int version) {

    static ArticleForm of(NewsArticle a, ZoneId zone) {
        return new ArticleForm(a.title(), a.lead(), a.bodyHtml(), a.categoryId(), a.author(), a.source(),
                a.publishAt() == null ? null : a.publishAt().atZoneSameInstant(zone).toLocalDateTime(), a.version());
    }
}
