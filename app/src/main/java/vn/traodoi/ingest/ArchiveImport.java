package vn.traodoi.ingest;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An archive of articles uploaded at once: whose, its name, how many entries, and where its reading stands.
 * RUNNING → DONE when every entry is read; RUNNING ⇄ PAUSED; RUNNING or PAUSED → CANCELLED (the entries not read yet
 * are left unread, those read stay for review).
 */
record ArchiveImport(long id, long organizationId, String name, Status status, int total, @Nullable Long createdBy,
        OffsetDateTime createdAt, @Nullable OffsetDateTime finishedAt) {

    enum Status {
        RUNNING, PAUSED, CANCELLED, DONE
    }

    /** What the user may do with the archive's reading now. */
    enum Control {
        PAUSE(Status.PAUSED, Status.RUNNING), RESUME(Status.RUNNING, Status.PAUSED),
        CANCEL(Status.CANCELLED, Status.RUNNING, Status.PAUSED);

        final Status to;
        final Set<Status> from;

        Control(Status to, Status first, Status... more) {
            this.to = to;
            this.from = EnumSet.of(first, more);
        }

        boolean allowedFrom(Status status) {
            return from.contains(status);
        }
    }
}
