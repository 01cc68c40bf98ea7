package vn.traodoi.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An article of an organization's portal, its editorial state, and the records it was written from. */
public record NewsArticle(long id, long organizationId, String slug, @Nullable Long categoryId, String title,
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

    /** Published with a time still to come. */
    public boolean scheduled(Instant now) {
        return status == Status.PUBLISHED && publishAt != null && publishAt.toInstant().isAfter(now);
    }
}
