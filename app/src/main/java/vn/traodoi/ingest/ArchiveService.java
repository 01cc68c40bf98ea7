package vn.traodoi.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.workshop.WorkshopForm;

/**
 * Archive imports of the user's organization: an upload is stored entry by entry and answered at once, the workers read
 * it in the background, and each proposal is reviewed: accepted as proposed (the draft made as the single import's
 * confirmation makes it), merged into a record on file (the single import's link), or rejected with a reason; to
 * correct one, the user opens the entry's import page. Every archive and entry is its organization's only: another
 * organization gets 404 for each. A review runs once: a second one of the same entry (two clicks, two reviewers) is
 * refused with 409 and makes nothing.
 */
@Service
class ArchiveService {

    /** Entries stored per batch while an upload is read. */
    private static final int STORE_BATCH = 500;
    static final int MOST_PER_PAGE = 100;
    static final int LONGEST_REASON = 1000;

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

    /** One row of a review queue: the entry and, for a delegation to review, the records it may duplicate. */
    record Row(ArchiveItem item, List<Lookalikes.Candidate> candidates) {
    }

    /** A page of a queue; {@code first}/{@code last} are the ids to page from. */
    record QueuePage(List<Row> rows, long total, boolean hasPrevious, boolean hasNext) {

        public @Nullable Long first() {
            return rows.isEmpty() ? null : rows.getFirst().item().id();
        }

        public @Nullable Long last() {
            return rows.isEmpty() ? null : rows.getLast().item().id();
        }
    }

    /** The record an acceptance made: a delegation's draft or a workshop, and the workshop's tasks left unmatched. */
    record Accepted(@Nullable Long delegationId, @Nullable Long workshopId, List<String> unresolved) {
    }

    /** The outcome of one entry of a bulk review. */
    record BulkResult(long itemId, @Nullable String headline, boolean done, @Nullable Accepted accepted,
            List<FieldProblem> problems) {
    }

    enum BulkAction {
        ACCEPT, REJECT
    }

    private final Archives archives;
    private final ImportService imports;
    private final WorkshopImport workshopImport;
    private final ArchiveReading reading;
    private final ArchiveWorkers workers;
    private final Lookalikes lookalikes;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ArchiveService(Archives archives, ImportService imports, WorkshopImport workshopImport, ArchiveReading reading,
            ArchiveWorkers workers, Lookalikes lookalikes, AuditLog audit, Clock clock, TransactionTemplate transactions) {
        this.archives = archives;
        this.imports = imports;
        this.workshopImport = workshopImport;
        this.reading = reading;
        this.workers = workers;
        this.lookalikes = lookalikes;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
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

    /**
     * A page of the review queue, an archive's ({@code archiveId}) or every archive's of the organization, with the
     * records each delegation to review may duplicate among those the organization may see.
     */
    QueuePage queue(CurrentUser user, Archives.Query query) {
        if (query.archiveId() != null) {
            get(user, query.archiveId());
        }
        Archives.Query q = new Archives.Query(query.archiveId(), query.state(), query.kind(), query.after(), query.before(),
                Math.clamp(query.limit(), 1, MOST_PER_PAGE));
        List<ArchiveItem> items = archives.items(user.orgId(), q);
        List<Row> rows = new ArrayList<>(items.size());
        for (ArchiveItem item : items) {
            rows.add(new Row(item, candidates(user, item)));
        }
        boolean previous = !items.isEmpty() && archives.more(user.orgId(), q, items.getFirst().id(), false);
        boolean next = !items.isEmpty() && archives.more(user.orgId(), q, items.getLast().id(), true);
        return new QueuePage(rows, archives.count(user.orgId(), q), previous, next);
    }

    /** The entry if it is of that archive of the user's organization; otherwise 404. */
    ArchiveItem item(CurrentUser user, long archiveId, long itemId) {
        return archives.item(user.orgId(), archiveId, itemId)
                .orElseThrow(() -> new NotFoundException("archive item", itemId));
    }

    /** The records on file, among those the organization may see, that look like the visit a proposal is about. */
    List<Lookalikes.Candidate> candidates(CurrentUser user, ArchiveItem item) {
        if (item.state() != ArchiveItem.State.PROPOSED || item.workshop() || item.draftJson() == null) {
            return List.of();
        }
        return lookalikes.of(user, reading.draft(item.draftJson()));
    }

    /** The proposal of an entry as it was made when it was read. */
    @Nullable Draft draft(ArchiveItem item) {
        return item.draftJson() == null ? null : reading.draft(item.draftJson());
    }

    WorkshopImport.@Nullable Proposal workshop(ArchiveItem item) {
        return item.workshopJson() == null ? null : reading.workshop(item.workshopJson());
    }

    /** Accepts the proposal as it is: the draft delegation (or workshop) is made as the import page's confirmation. */
    @Transactional
    Accepted accept(CurrentUser user, long archiveId, long itemId) {
        return doAccept(user, item(user, archiveId, itemId));
    }

    @Transactional
    void reject(CurrentUser user, long archiveId, long itemId, @Nullable String reason) {
        doReject(user, item(user, archiveId, itemId), reason);
    }

    /** The article is about a record on file: the entry is linked to it, as the import page links, and nothing is made. */
    @Transactional
    long merge(CurrentUser user, long archiveId, long itemId, long delegationId) {
        ArchiveItem item = item(user, archiveId, itemId);
        if (item.workshop()) {
            throw new InvalidInputException("delegationId", "import.archive.merge.workshop");
        }
        long importId = lockReviewable(user, item);
        return imports.link(user, importId, delegationId);
    }

    /**
     * Accepts or rejects each of these entries (of one archive, or of any of the organization's when {@code archiveId}
     * is null), each in its own transaction: one that cannot be accepted as it is says why, and the others go on.
     */
    List<BulkResult> bulk(CurrentUser user, @Nullable Long archiveId, List<Long> itemIds, BulkAction action,
            @Nullable String reason) {
        ImportService.requireOrganizer(user);
        if (itemIds.isEmpty()) {
            throw new InvalidInputException("items", "import.archive.bulk.none");
        }
        if (itemIds.size() > MOST_PER_PAGE) {
            throw new InvalidInputException("items", "import.archive.bulk.tooMany", MOST_PER_PAGE);
        }
        checkReason(reason);
        List<BulkResult> results = new ArrayList<>();
        for (long id : itemIds.stream().distinct().toList()) {
            ArchiveItem item = (archiveId == null ? archives.item(user.orgId(), id) : archives.item(user.orgId(), archiveId, id))
                    .orElseThrow(() -> new NotFoundException("archive item", id));
            try {
                Accepted accepted = transactions.execute(status -> {
                    if (action == BulkAction.ACCEPT) {
                        return doAccept(user, item);
                    }
                    doReject(user, item, reason);
                    return null;
                });
                results.add(new BulkResult(id, item.headline(), true, accepted, List.of()));
            } catch (InvalidInputException e) {
                results.add(new BulkResult(id, item.headline(), false, null, e.problems()));
            } catch (StateConflictException e) {
                results.add(new BulkResult(id, item.headline(), false, null,
                        List.of(new FieldProblem("state", e.messageCode(), List.of(e.arguments())))));
            }
        }
        return results;
    }

    private Accepted doAccept(CurrentUser user, ArchiveItem item) {
        ImportService.requireOrganizer(user);
        long importId = lockReviewable(user, item);
        if (item.workshop()) {
            WorkshopImport.Proposal p = Objects.requireNonNull(workshop(item));
            WorkshopImport.Created created = workshopImport.confirm(user, importId, new WorkshopImport.Confirmation(
                    new WorkshopForm(p.title(), p.projectTitle(), null, null, null, p.heldOn(), p.partOfDay(), null,
                            p.chair(), null, p.conclusions(), 0), p.participants(), p.assignments()));
            return new Accepted(null, created.workshopId(), created.unresolved());
        }
        Draft draft = draft(item);
        if (draft == null) {
            throw new StateConflictException("import.archive.item.notReviewable");
        }
        return new Accepted(imports.confirm(user, importId, draft), null, List.of());
    }

    private void doReject(CurrentUser user, ArchiveItem item, @Nullable String reason) {
        ImportService.requireOrganizer(user);
        checkReason(reason);
        long importId = lockReviewable(user, item);
        ArticleImport stored = imports.get(user, importId);
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        archives.reject(item.id(), user.userId(), note, OffsetDateTime.now(clock));
        audit.record("ARCHIVE_ITEM_REJECTED", "archive_item", item.id(), stored.headline(),
                new ArchiveReviews.ReviewState(ArchiveItem.State.PROPOSED, null, null, null),
                new ArchiveReviews.ReviewState(ArchiveItem.State.REJECTED, null, null, note));
    }

    private static void checkReason(@Nullable String reason) {
        if (reason != null && reason.strip().length() > LONGEST_REASON) {
            throw new InvalidInputException("reason", "import.archive.reason.tooLong", LONGEST_REASON);
        }
    }

    /**
     * The entry's import, locked, then the entry, locked, still to review: in this order everywhere (the import page's
     * confirmation locks the import first too), so that two reviews of one entry run one after the other and the
     * second is refused (409).
     */
    private long lockReviewable(CurrentUser user, ArchiveItem item) {
        if (item.state() != ArchiveItem.State.PROPOSED || item.articleImportId() == null) {
            throw new StateConflictException("import.archive.item.reviewed");
        }
        long importId = item.articleImportId();
        imports.lockUnconfirmed(user, importId);
        ArchiveItem.State now = archives.lockItem(user.orgId(), item.id())
                .orElseThrow(() -> new NotFoundException("archive item", item.id()));
        if (now != ArchiveItem.State.PROPOSED) {
            throw new StateConflictException("import.archive.item.reviewed");
        }
        return importId;
    }
}
