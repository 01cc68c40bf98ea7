package vn.traodoi.ingest;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A stored import: whose, the text, and the draft (a delegation or a workshop) made from it once confirmed, or
 * ({@code linked}) the delegation already on record that the article was linked to.
 */
record ArticleImport(long id, long organizationId, String contentHash, @Nullable String sourceName, String articleText,
        @Nullable String headline, @Nullable Long delegationId, OffsetDateTime createdAt, @Nullable Long workshopId,
        boolean linked) {

    public boolean confirmed() {
        return delegationId != null || workshopId != null;
    }
}
