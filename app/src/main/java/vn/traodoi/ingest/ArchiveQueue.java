package vn.traodoi.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.workshop.WorkshopForm;

/**
 * The review of an archive's proposals, one by one or in bulk: each is accepted as proposed (the draft made as the
 * single import's confirmation makes it), merged into a record on file (the single import's link), or rejected with a
 * reason; to correct one, the user opens the entry's import page. Every entry is its organization's only: another
 * organization gets 404 for it. A review runs once: a second one of the same entry (two clicks, two reviewers) is
 * refused with 409 and makes nothing.
 */
@Service
class ArchiveQueue {

    static final int MOST_PER_PAGE = 100;
    static final int LONGEST_REASON = 1000;

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

    private final ArchiveService archiveService;
    private final Archives archives;
    private final ImportService imports;
    private final WorkshopImport workshopImport;
    private final ArchiveReading reading;
    private final Lookalikes lookalikes;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ArchiveQueue(ArchiveService archiveService, Archives archives, ImportService imports, WorkshopImport workshopImport,
            ArchiveReading reading, Lookalikes lookalikes, AuditLog audit, Clock clock, TransactionTemplate transactions) {
        this.archiveService = archiveService;
        this.archives = archives;
        this.imports = imports;
        this.workshopImport = workshopImport;
        this.reading = reading;
        this.lookalikes = lookalikes;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * A page of the review queue, an archive's ({@code archiveId}) or every archive's of the organization, with the
     * records each delegation to review may duplicate among those the organization may see.
     */
    QueuePage queue(CurrentUser user, Archives.Query query) {
        if (query.archiveId() != null) {
            archiveService.get(user, query.archiveId());
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
        // An empty choice in the form ("items=") arrives as a null element: it chooses nothing.
        itemIds = itemIds.stream().filter(Objects::nonNull).toList();
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
