package vn.traodoi.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.traodoi.system.InvalidInputException.FieldProblem;

/** An article of an organization's portal, its editorial state, and the records it was written from. */
record NewsArticle(long id, long organizationId, String slug, @Nullable Long categoryId, String title,
        @Nullable String lead, String bodyHtml, @Nullable String author, @Nullable String source, Status status,
        @Nullable OffsetDateTime publishAt, @Nullable OffsetDateTime firstPublishedAt, @Nullable Long delegationId,
        @Nullable Long stopId, @Nullable Long workshopId, int version, OffsetDateTime updatedAt, List<Photo> photos) {

    /** DRAFT → IN_REVIEW → PUBLISHED → UNPUBLISHED (and back to DRAFT for more work). */
    public enum Status {
        DRAFT, IN_REVIEW, PUBLISHED, UNPUBLISHED
    }

    public record Photo(long id, int position, String contentType, long sizeBytes, @Nullable String caption) {
    }

    public NewsArticle {
        photos = List.copyOf(photos);
    }

    /** Public now: published, and its publication time has come. */
    public boolean publicAt(Instant now) {
        return status == Status.PUBLISHED && publishAt != null && !publishAt.toInstant().isAfter(now);
    }

    /** What the article lacks to be published, each on its field: a title, a category and a body with text. */
    List<FieldProblem> missingForPublication() {
        List<FieldProblem> problems = new ArrayList<>();
        if (title.isBlank()) {
            problems.add(new FieldProblem("title", "news.title.required"));
        }
        if (categoryId == null) {
            problems.add(new FieldProblem("categoryId", "news.category.required"));
        }
        if (Html.text(bodyHtml).isBlank()) {
            problems.add(new FieldProblem("bodyHtml", "news.body.required"));
        }
        return problems;
    }

    /** Published with a time still to come. */
    public boolean scheduled(Instant now) {
        return status == Status.PUBLISHED && publishAt != null && publishAt.toInstant().isAfter(now);
    }
}
