package vn.traodoi.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;

/**
 * The two short transactions of a worker: claiming a few pending entries (locked with {@code SKIP LOCKED}, so that
 * workers of every node take different ones, and leased, so that the entries of a worker that died are taken again
 * once the lease has passed), and storing what their reading came to, only for the entries still under this worker's
 * claim. The reading itself runs between the two, outside any transaction.
 */
@Component
class ArchiveWork {

    /** An entry claimed this many times without an outcome (a worker died on it each time) is given up. */
    static final int MOST_ATTEMPTS = 3;

    private final Archives archives;
    private final ArchiveClaims claims;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration lease;
    private final SearchIndex index;

    ArchiveWork(Archives archives, ArchiveClaims claims, AuditLog audit, Clock clock,
            @Value("${traodoi.archive.lease:PT2M}") Duration lease, SearchIndex index) {
        this.index = index;
        this.archives = archives;
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
        this.lease = lease;
    }

    /** What the audit log keeps of an entry's reading. */
    record ItemState(ArchiveItem.State state, @Nullable String failure, @Nullable Long articleImportId) {
    }

    Duration lease() {
        return lease;
    }

    @Transactional
    List<ArchiveClaims.Claimed> claim(String worker, int most) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ArchiveClaims.Candidate> candidates = claims.claimable(now, most);
        List<Long> take = new ArrayList<>();
        List<Long> givenUp = new ArrayList<>();
        for (ArchiveClaims.Candidate c : candidates) {
            (c.attempts() >= MOST_ATTEMPTS ? givenUp : take).add(c.id());
        }
        for (long id : givenUp) {
            claims.failed(id, "import.archive.entry.gaveUp", now);
            audit.recordAs(null, "system", null, "ARCHIVE_ITEM_READ", "archive_item", id, null,
                    new ItemState(ArchiveItem.State.PENDING, null, null),
                    new ItemState(ArchiveItem.State.FAILED, "import.archive.entry.gaveUp", null));
        }
        if (take.isEmpty()) {
            finished(claims.finishIdle(now));
            return List.of();
        }
        return claims.claim(take, worker, now.plus(lease));
    }

    /**
     * Stores the outcomes of the entries this worker still holds; an entry whose lease passed and that another worker
     * took meanwhile is left to that worker. An article imported before (by the organization, from any archive or
     * from the single import) is found and the entry marked DUPLICATE of it, not stored twice. Returns how many
     * entries were stored.
     */
    @Transactional
    int complete(String worker, List<ArchiveClaims.Claimed> claimed, List<ArchiveClaims.Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> ids = outcomes.stream().map(ArchiveClaims.Outcome::itemId).toList();
        claims.lockArchivesOf(ids);
        Set<Long> owned = new HashSet<>(claims.stillOwned(ids, worker));
        Map<Long, ArchiveClaims.Claimed> entries = claimed.stream()
                .collect(Collectors.toMap(ArchiveClaims.Claimed::id, Function.identity(), (a, b) -> a));
        int stored = 0;
        List<Long> imported = new ArrayList<>();
        for (ArchiveClaims.Outcome outcome : outcomes) {
            ArchiveClaims.Claimed entry = entries.get(outcome.itemId());
            if (entry == null || !owned.contains(outcome.itemId())) {
                continue;
            }
            ItemState after = switch (outcome) {
                case ArchiveClaims.Outcome.Failed f -> {
                    claims.failed(f.itemId(), f.reason(), now);
                    yield new ItemState(ArchiveItem.State.FAILED, f.reason(), null);
                }
                case ArchiveClaims.Outcome.Read r -> store(entry, r, now);
            };
            if (after.state() == ArchiveItem.State.PROPOSED && after.articleImportId() != null) {
                imported.add(after.articleImportId());
            }
            audit.recordAs(null, "system", entry.organizationId(), "ARCHIVE_ITEM_READ", "archive_item", entry.id(),
                    entry.entryName(), new ItemState(ArchiveItem.State.PENDING, null, null), after);
            stored++;
        }
        index.refresh(SearchKind.IMPORT, imported);
        finish(ids, now);
        return stored;
    }

    private ItemState store(ArchiveClaims.Claimed entry, ArchiveClaims.Outcome.Read read, OffsetDateTime now) {
        String source = entry.archiveName().equals(entry.entryName()) ? entry.entryName()
                : entry.archiveName() + " › " + entry.entryName();
        Optional<Long> made = claims.insertArticle(entry.organizationId(), read.hash(),
                source.length() > 500 ? source.substring(0, 500) : source, read.text(), read.headline(), entry.createdBy());
        if (made.isEmpty()) {
            long earlier = claims.articleOf(entry.organizationId(), read.hash());
            claims.duplicate(entry.id(), earlier, read.headline(), now);
            return new ItemState(ArchiveItem.State.DUPLICATE, null, earlier);
        }
        long id = made.get();
        claims.proposed(entry.id(), id, read, now);
        audit.recordAs(null, "system", entry.organizationId(), "ARTICLE_IMPORTED", "article_import", id, read.headline(),
                null, Map.of("sourceName", source, "hash", read.hash(), "archiveId", entry.archiveId()));
        return new ItemState(ArchiveItem.State.PROPOSED, null, id);
    }

    private void finish(List<Long> itemIds, OffsetDateTime now) {
        finished(archives.finishRead(claims.archivesOf(itemIds), now));
    }

    private void finished(List<ArchiveImport> archivesDone) {
        for (ArchiveImport done : archivesDone) {
            audit.recordAs(null, "system", done.organizationId(), "ARCHIVE_READ", "archive_import", done.id(),
                    done.name(), Map.of("status", ArchiveImport.Status.RUNNING), Map.of("status", done.status()));
        }
    }
}
