package vn.traodoi.workshop;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One uploaded version of the draft: "Dự thảo lần 2", with its file and its sections. */
record DraftVersion(long id, long workshopId, int number, String fileName, String contentType, long sizeBytes,
        @Nullable String note, @Nullable String uploadedBy, OffsetDateTime uploadedAt, int sectionCount) {
}
