package vn.traodoi.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an archive and where it stands: waiting to be read (PENDING), refused with its reason (FAILED), an
 * article imported before (DUPLICATE, {@code articleImportId} is that import), a proposal to review (PROPOSED), then
 * ACCEPTED (a draft was made), MERGED (linked to a record on file), REJECTED, or CANCELLED with its archive before it
 * was read. The summary (headline, kind, dates, organizer, hosts, head, counts) is the proposal's, kept when the entry
 * was read so that the review queue lists thousands of entries without reading them again.
 */
record ArchiveItem(long id, long archiveId, int position, String entryName, State state, @Nullable String failure,
        @Nullable Long articleImportId, @Nullable String headline, @Nullable String kind, @Nullable LocalDate startDate,
        @Nullable LocalDate endDate, boolean monthOnly, @Nullable String organizer, @Nullable String hosts,
        @Nullable String head, int facts, int lessons, @Nullable String reviewNote, @Nullable OffsetDateTime reviewedAt,
        @Nullable Long delegationId, @Nullable Long workshopId, @Nullable String draftJson,
        @Nullable String workshopJson) {

    enum State {
        PENDING, FAILED, DUPLICATE, PROPOSED, ACCEPTED, MERGED, REJECTED, CANCELLED;

        public boolean read() {
            return this != PENDING && this != CANCELLED;
        }
    }

    /** The kind of proposal of an article about a workshop. */
    static final String WORKSHOP = "WORKSHOP";

    public boolean workshop() {
        return WORKSHOP.equals(kind);
    }

    public boolean reviewable() {
        return state == State.PROPOSED;
    }
}
