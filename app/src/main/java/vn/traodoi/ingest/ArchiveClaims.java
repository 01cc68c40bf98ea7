package vn.traodoi.ingest;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The workers' side of {@code archive_items}: entries claimed with a lease (no other worker takes one until it ends),
 * and what a worker read of each: refused, a duplicate of an article imported before, or a proposal to review.
 */
@Repository
class ArchiveClaims {

    /** An entry a worker claimed: until its lease ends, no other worker takes it. */
    record Claimed(long id, long archiveId, long organizationId, String entryName, byte @Nullable [] content,
            String archiveName, @Nullable Long createdBy) {
    }

    /** What the reading of an entry came to. */
    sealed interface Outcome {

        long itemId();

        /** Refused: a message code. */
        record Failed(long itemId, String reason) implements Outcome {
        }

        /** An article, with the proposal's summary and the proposal itself (a delegation's or a workshop's, as JSON). */
        record Read(long itemId, String text, String hash, @Nullable String headline, Archives.Summary summary,
                @Nullable String draftJson, @Nullable String workshopJson) implements Outcome {
        }
    }

    private final JdbcClient jdbc;

    ArchiveClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Entries to read: pending, of a running archive, not under another worker's lease; locked while this runs. */
    record Candidate(long id, int attempts) {
    }

    List<Candidate> claimable(OffsetDateTime now, int max) {
        return jdbc.sql("""
                        SELECT i.id, i.attempts FROM archive_items i JOIN archive_imports a ON a.id = i.archive_id
                        WHERE i.state = 'PENDING' AND a.status = 'RUNNING'
                          AND (i.claimed_until IS NULL OR i.claimed_until < ?)
                        ORDER BY i.id LIMIT ? FOR UPDATE OF i SKIP LOCKED""")
                .params(now, max).query(Candidate.class).list();
    }

    List<Claimed> claim(List<Long> ids, String worker, OffsetDateTime until) {
        return jdbc.sql("""
                        UPDATE archive_items i SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1
                        FROM archive_imports a WHERE a.id = i.archive_id AND i.id = ANY(?)
                        RETURNING i.id, i.archive_id, i.organization_id, i.entry_name, i.content, a.name AS archive_name,
                                  a.created_by""")
                .params(worker, until, ids.toArray(Long[]::new)).query(Claimed.class).list();
    }

    /** Of these entries, those still pending under this worker's claim, locked until the transaction ends. */
    List<Long> stillOwned(Collection<Long> ids, String worker) {
        return jdbc.sql("SELECT id FROM archive_items WHERE id = ANY(?) AND claimed_by = ? AND state = 'PENDING' ORDER BY id FOR UPDATE")
                .params(ids.toArray(Long[]::new), worker).query(Long.class).list();
    }

    /** The archives of these entries, locked in id order, so that two workers finishing one archive take turns. */
    void lockArchivesOf(Collection<Long> itemIds) {
        jdbc.sql("""
                        SELECT a.id FROM archive_imports a WHERE a.id IN (SELECT archive_id FROM archive_items WHERE id = ANY(?))
                        ORDER BY a.id FOR UPDATE""").param(itemIds.toArray(Long[]::new)).query(Long.class).list();
    }

    void failed(long itemId, String reason, OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE archive_items SET state = 'FAILED', failure = ?, content = NULL, claimed_by = NULL,
                            claimed_until = NULL, processed_at = ? WHERE id = ?""").params(reason, now, itemId).update();
    }

    void duplicate(long itemId, long articleImportId, @Nullable String headline, OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE archive_items SET state = 'DUPLICATE', article_import_id = ?, headline = ?, content = NULL,
                            claimed_by = NULL, claimed_until = NULL, processed_at = ? WHERE id = ?""")
                .params(articleImportId, headline, now, itemId).update();
    }

    void proposed(long itemId, long articleImportId, Outcome.Read read, OffsetDateTime now) {
        Archives.Summary s = read.summary();
        jdbc.sql("""
                        UPDATE archive_items SET state = 'PROPOSED', article_import_id = :import, headline = :headline,
                            kind = :kind, start_date = :start, end_date = :end, month_only = :month, organizer = :organizer,
                            hosts = :hosts, head = :head, facts = :facts, lessons = :lessons, draft = CAST(:draft AS jsonb),
                            workshop = CAST(:workshop AS jsonb), content = NULL, claimed_by = NULL, claimed_until = NULL,
                            processed_at = :now
                        WHERE id = :id""")
                .param("import", articleImportId).param("headline", read.headline()).param("kind", s.kind())
                .param("start", s.startDate()).param("end", s.endDate()).param("month", s.monthOnly())
                .param("organizer", s.organizer()).param("hosts", s.hosts()).param("head", s.head())
                .param("facts", s.facts()).param("lessons", s.lessons()).param("draft", read.draftJson())
                .param("workshop", read.workshopJson()).param("now", now).param("id", itemId).update();
    }

    /** The entry's article, stored once per organization: empty when the same text was imported before. */
    Optional<Long> insertArticle(long organizationId, String hash, String sourceName, String text,
            @Nullable String headline, @Nullable Long createdBy) {
        return jdbc.sql("""
                        INSERT INTO article_imports (organization_id, content_hash, source_name, article_text, headline, created_by)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (organization_id, content_hash) DO NOTHING RETURNING id""")
                .params(organizationId, hash, sourceName, text, headline, createdBy).query(Long.class).optional();
    }

    long articleOf(long organizationId, String hash) {
        return jdbc.sql("SELECT id FROM article_imports WHERE organization_id = ? AND content_hash = ?")
                .params(organizationId, hash).query(Long.class).single();
    }

    /** Every running archive with no entry left to read is DONE (what a worker that died last left); returns them. */
    List<ArchiveImport> finishIdle(OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE archive_imports a SET status = 'DONE', finished_at = ?
                        WHERE a.status = 'RUNNING'
                          AND NOT EXISTS (SELECT 1 FROM archive_items i WHERE i.archive_id = a.id AND i.state = 'PENDING')
                        RETURNING a.*""")
                .params(now).query(ArchiveImport.class).list();
    }

    /** The archives of these entries. */
    List<Long> archivesOf(Collection<Long> itemIds) {
        return jdbc.sql("SELECT DISTINCT archive_id FROM archive_items WHERE id = ANY(?) ORDER BY 1")
                .param(itemIds.toArray(Long[]::new)).query(Long.class).list();
    }
}
