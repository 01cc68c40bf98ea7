package vn.traodoi.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;

/**
 * Archive imports of the user's organization: an upload is stored entry by entry and answered at once, the workers read
 * it in the background, paused, resumed or cancelled here; each proposal is then reviewed in the {@link ArchiveQueue}.
 * Every archive is its organization's only: another organization gets 404 for it.
 */
@Service
class ArchiveService {

    /** Entries stored per batch while an upload is read. */
    private static final int STORE_BATCH = 500;

    /** An archive and where its reading stands. */
    record Progress(ArchiveImport archive, Map<ArchiveItem.State, Long> counts, double perSecond,
            @Nullable Long secondsLeft) {

        public long count(ArchiveItem.State state) {
            return counts.getOrDefault(state, 0L);
        }

        /** For pages: the count of the state of that name. */
        public long countOf(String state) {
            return count(ArchiveItem.State.valueOf(state));
        }

        /** Entries read (or refused) so far. */
        public long read() {
            return counts.entrySet().stream().filter(e -> e.getKey().read()).mapToLong(Map.Entry::getValue).sum();
        }

        public long waiting() {
            return count(ArchiveItem.State.PENDING);
        }

        /** The proposals still to review. */
        public long toReview() {
            return count(ArchiveItem.State.PROPOSED);
        }

        public int percent() {
            long total = archive.total();
            return total == 0 ? 100 : (int) Math.min(100, (total - waiting()) * 100 / total);
        }

        public boolean running() {
            return archive.status() == ArchiveImport.Status.RUNNING;
        }
    }

    private final Archives archives;
    private final ArchiveWorkers workers;
    private final AuditLog audit;
    private final Clock clock;

    ArchiveService(Archives archives, ArchiveWorkers workers, AuditLog audit, Clock clock) {
        this.archives = archives;
        this.workers = workers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores every entry of the uploaded files (the refused ones with their reasons) and answers; the workers read the
     * others from the database once this commits. An upload that cannot be read at all is refused whole, storing
     * nothing.
     */
    @Transactional
    ArchiveImport upload(CurrentUser user, List<ArchiveEntries.Upload> files) {
        ImportService.requireOrganizer(user);
        if (files.isEmpty()) {
            throw new InvalidInputException("file", "import.archive.empty");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = archives.insert(user.orgId(), ArchiveEntries.title(files), user.userId(), now);
        List<ArchiveEntries.Entry> batch = new ArrayList<>(STORE_BATCH);
        int[] stored = {0, 0};
        ArchiveEntries.read(files, entry -> {
            batch.add(entry);
            if (entry.refusal() != null) {
                stored[1]++;
            }
            if (batch.size() == STORE_BATCH) {
                archives.insertEntries(id, user.orgId(), stored[0], batch, now);
                stored[0] += batch.size();
                batch.clear();
            }
        });
        archives.insertEntries(id, user.orgId(), stored[0], batch, now);
        int total = stored[0] + batch.size();
        archives.setTotal(id, total);
        boolean nothingToRead = stored[1] == total;
        if (nothingToRead) {
            archives.setStatus(id, ArchiveImport.Status.DONE, now);
        }
        ArchiveImport archive = get(user, id);
        audit.record("ARCHIVE_UPLOADED", "archive_import", id, archive.name(), null,
                Map.of("total", total, "refused", stored[1], "status", archive.status()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workers.wake();
            }
        });
        return archive;
    }

    /** The archive if it is the user's organization's; otherwise 404, as if it did not exist. */
    ArchiveImport get(CurrentUser user, long id) {
        return archives.find(user.orgId(), id).orElseThrow(() -> new NotFoundException("archive import", id));
    }

    /** The organization's latest archives with their progress. */
    List<Progress> recent(CurrentUser user) {
        List<ArchiveImport> list = archives.recent(user.orgId(), 50);
        Map<Long, Map<ArchiveItem.State, Long>> counts = archives.counts(list.stream().map(ArchiveImport::id).toList());
        return list.stream().map(a -> new Progress(a, counts.getOrDefault(a.id(), Map.of()), 0, null)).toList();
    }

    Progress progress(CurrentUser user, long id) {
        ArchiveImport archive = get(user, id);
        Map<ArchiveItem.State, Long> counts = new EnumMap<>(ArchiveItem.State.class);
        counts.putAll(archives.counts(List.of(id)).getOrDefault(id, Map.of()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        double perSecond;
        Long left = null;
        long waiting = counts.getOrDefault(ArchiveItem.State.PENDING, 0L);
        if (archive.status() == ArchiveImport.Status.RUNNING) {
            // The pace of the last minute (or since the first entry was read, when that is less).
            Archives.Pace pace = archives.pace(id, now.minusSeconds(60));
            double window = pace.firstRead() == null ? 60
                    : Math.clamp(Duration.between(pace.firstRead(), now).toMillis() / 1000.0, 1, 60);
            perSecond = pace.readSince() / window;
            left = perSecond > 0 ? Math.round(waiting / perSecond) : null;
        } else {
            Archives.Pace pace = archives.pace(id, archive.createdAt());
            OffsetDateTime end = archive.finishedAt() != null ? archive.finishedAt() : now;
            double seconds = Math.max(1, Duration.between(archive.createdAt(), end).toMillis() / 1000.0);
            perSecond = pace.readSince() / seconds;
        }
        return new Progress(archive, counts, perSecond, left);
    }

    /** Pauses, resumes or cancels the reading; 409 when the archive's state does not allow it. */
    @Transactional
    Progress control(CurrentUser user, long id, ArchiveImport.Control control) {
        ImportService.requireOrganizer(user);
        ArchiveImport before = archives.lock(user.orgId(), id).orElseThrow(() -> new NotFoundException("archive import", id));
        if (!control.allowedFrom(before.status())) {
            throw new StateConflictException("import.archive.control.refused." + control.name());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ArchiveImport.Status to = control.to;
        int cancelled = 0;
        if (control == ArchiveImport.Control.CANCEL) {
            cancelled = archives.cancelPending(id, now);
        }
        archives.setStatus(id, to, to == ArchiveImport.Status.CANCELLED ? now : null);
        if (to == ArchiveImport.Status.RUNNING) {
            archives.finishRead(List.of(id), now);
        }
        ArchiveImport after = get(user, id);
        audit.record("ARCHIVE_" + control.name(), "archive_import", id, before.name(), Map.of("status", before.status()),
                Map.of("status", after.status(), "cancelledEntries", cancelled));
        if (to == ArchiveImport.Status.RUNNING) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    workers.wake();
                }
            });
        }
        return new Progress(after, Map.of(), 0, null);
    }
}
