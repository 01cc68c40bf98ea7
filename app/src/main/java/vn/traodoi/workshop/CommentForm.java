package vn.traodoi.workshop;

import org.jspecify.annotations.Nullable;

/**
 * A comment on the latest version ({@code draftId}), on one of its sections or on the whole draft; with
 * {@code authorName}, one the holder's secretary enters from the minutes.
 */
record CommentForm(@Nullable Long draftId, @Nullable Long sectionId, @Nullable String content,
        @Nullable String authorName, @Nullable String authorOrganization) {

    static CommentForm empty() {
        return new CommentForm(null, null, null, null, null);
    }
}
