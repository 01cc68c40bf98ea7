package vn.traodoi.ingest;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The archives' two tables, {@code archive_imports} and {@code archive_items}: storing the entries, their progress, the
 * review queue and the review; the workers' side is {@link ArchiveClaims}. Every query of a user's data names the
 * user's organization.
 */
@Repository
class Archives {

    /** The proposal as the review queue lists it. */
    record Summary(@Nullable String kind, @Nullable LocalDate startDate, @Nullable LocalDate endDate, boolean monthOnly,
            @Nullable String organizer, @Nullable String hosts, @Nullable String head, int facts, int lessons) {
    }

    /** An entry's review, with the state it had before. */
    record Reviewed(long itemId, long archiveId, ArchiveItem.State before, String entryName, String archiveName) {
    }

    /** The filters of a review queue; {@code after}/{@code before} page by id (keyset). */
    record Query(@Nullable Long archiveId, ArchiveItem.@Nullable State state, @Nullable String kind,
            @Nullable Long after, @Nullable Long before, int limit) {
    }

    private static final String ITEM = """
            SELECT i.id, i.archive_id, i.position, i.entry_name, i.state, i.failure, i.article_import_id, i.headline,
                   i.kind, i.start_date, i.end_date, i.month_only, i.organizer, i.hosts, i.head, i.facts, i.lessons,
                   i.review_note, i.reviewed_at, a.delegation_id, a.workshop_id, CAST(i.draft AS text) AS draft_json,
                   CAST(i.workshop AS text) AS workshop_json
            FROM archive_items i LEFT JOIN article_imports a ON a.id = i.article_import_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Archives(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long insert(long organizationId, String name, @Nullable Long createdBy, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO archive_imports (organization_id, name, total, created_by, created_at)
                        VALUES (?, ?, 0, ?, ?) RETURNING id""")
                .params(organizationId, name, createdBy, now).query(Long.class).single();
    }

    /** Stores entries from {@code position} on, in one batch; refused ones as FAILED with their reason. */
    void insertEntries(long archiveId, long organizationId, int position, List<ArchiveEntries.Entry> entries,
            OffsetDateTime now) {
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            ArchiveEntries.Entry e = entries.get(i);
            rows.add(new Object[] {archiveId, organizationId, position + i, e.name(), e.bytes(),
                    e.refusal() == null ? "PENDING" : "FAILED", e.refusal(), null});
        }
        template.batchUpdate("""
                        INSERT INTO archive_items (archive_id, organization_id, position, entry_name, content, state, failure,
                            processed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows,
                new int[] {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.BINARY, Types.VARCHAR,
                        Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE});
    }

    void setTotal(long archiveId, int total) {
        jdbc.sql("UPDATE archive_imports SET total = ? WHERE id = ?").params(total, archiveId).update();
    }

    Optional<ArchiveImport> find(long organizationId, long id) {
        return jdbc.sql("SELECT * FROM archive_imports WHERE id = ? AND organization_id = ?").params(id, organizationId)
                .query(ArchiveImport.class).optional();
    }

    /** The archive, locked until the transaction ends. */
    Optional<ArchiveImport> lock(long organizationId, long id) {
        return jdbc.sql("SELECT * FROM archive_imports WHERE id = ? AND organization_id = ? FOR UPDATE")
                .params(id, organizationId).query(ArchiveImport.class).optional();
    }

    List<ArchiveImport> recent(long organizationId, int limit) {
        return jdbc.sql("SELECT * FROM archive_imports WHERE organization_id = ? ORDER BY id DESC LIMIT ?")
                .params(organizationId, limit).query(ArchiveImport.class).list();
    }

    void setStatus(long id, ArchiveImport.Status status, @Nullable OffsetDateTime finishedAt) {
        jdbc.sql("UPDATE archive_imports SET status = ?, finished_at = ? WHERE id = ?")
                .params(status.name(), finishedAt, id).update();
    }

    /** The entries not read yet are left unread; returns how many. */
    int cancelPending(long archiveId, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE archive_items SET state = 'CANCELLED', content = NULL, claimed_by = NULL,
                            claimed_until = NULL, processed_at = ?
                        WHERE archive_id = ? AND state = 'PENDING'""").params(now, archiveId).update();
    }

    /** How many entries of each archive are in each state. */
    Map<Long, Map<ArchiveItem.State, Long>> counts(Collection<Long> archiveIds) {
        Map<Long, Map<ArchiveItem.State, Long>> out = new HashMap<>();
        if (archiveIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        SELECT archive_id, state, count(*) AS n FROM archive_items WHERE archive_id = ANY(?)
                        GROUP BY archive_id, state""")
                .param(archiveIds.toArray(Long[]::new))
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong("archive_id"), k -> new EnumMap<>(ArchiveItem.State.class))
                            .put(ArchiveItem.State.valueOf(rs.getString("state")), rs.getLong("n"));
                });
        return out;
    }

    /** Entries of the archive read since that instant, and the first reading's instant. */
    record Pace(long readSince, @Nullable OffsetDateTime firstRead) {
    }

    Pace pace(long archiveId, OffsetDateTime since) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE processed_at >= ?) AS read_since, min(processed_at) AS first_read
                        FROM archive_items WHERE archive_id = ? AND processed_at IS NOT NULL AND state <> 'CANCELLED'""")
                .params(since, archiveId).query(Pace.class).single();
    }

    /** A page of a review queue: an archive's, or every archive's of the organization; ordered by id. */
    List<ArchiveItem> items(long organizationId, Query q) {
        boolean backwards = q.before() != null;
        String sql = ITEM + """
                WHERE i.organization_id = :org
                  AND (CAST(:archive AS bigint) IS NULL OR i.archive_id = :archive)
                  AND (CAST(:state AS text) IS NULL OR i.state = :state)
                  AND (CAST(:kind AS text) IS NULL OR i.kind = :kind)
                  AND (CAST(:after AS bigint) IS NULL OR i.id > :after)
                  AND (CAST(:before AS bigint) IS NULL OR i.id < :before)
                ORDER BY i.id""" + (backwards ? " DESC" : "") + " LIMIT :limit";
        List<ArchiveItem> items = new ArrayList<>(jdbc.sql(sql).param("org", organizationId).param("archive", q.archiveId())
                .param("state", q.state() == null ? null : q.state().name()).param("kind", q.kind())
                .param("after", q.after()).param("before", q.before()).param("limit", q.limit())
                .query(ArchiveItem.class).list());
        if (backwards) {
            Collections.reverse(items);
        }
        return items;
    }

    /** Whether the queue has an entry past {@code id} in that direction, under the same filters. */
    boolean more(long organizationId, Query q, long id, boolean forward) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM archive_items i WHERE i.organization_id = :org
                          AND (CAST(:archive AS bigint) IS NULL OR i.archive_id = :archive)
                          AND (CAST(:state AS text) IS NULL OR i.state = :state)
                          AND (CAST(:kind AS text) IS NULL OR i.kind = :kind)
                          AND (CASE WHEN :forward THEN i.id > :id ELSE i.id < :id END))""")
                .param("org", organizationId).param("archive", q.archiveId())
                .param("state", q.state() == null ? null : q.state().name()).param("kind", q.kind())
                .param("forward", forward).param("id", id).query(Boolean.class).single();
    }

    long count(long organizationId, Query q) {
        return jdbc.sql("""
                        SELECT count(*) FROM archive_items i WHERE i.organization_id = :org
                          AND (CAST(:archive AS bigint) IS NULL OR i.archive_id = :archive)
                          AND (CAST(:state AS text) IS NULL OR i.state = :state)
                          AND (CAST(:kind AS text) IS NULL OR i.kind = :kind)""")
                .param("org", organizationId).param("archive", q.archiveId())
                .param("state", q.state() == null ? null : q.state().name()).param("kind", q.kind())
                .query(Long.class).single();
    }

    Optional<ArchiveItem> item(long organizationId, long archiveId, long itemId) {
        return jdbc.sql(ITEM + " WHERE i.id = ? AND i.archive_id = ? AND i.organization_id = ?")
                .params(itemId, archiveId, organizationId).query(ArchiveItem.class).optional();
    }

    /** The entry of any archive of the organization. */
    Optional<ArchiveItem> item(long organizationId, long itemId) {
        return jdbc.sql(ITEM + " WHERE i.id = ? AND i.organization_id = ?").params(itemId, organizationId)
                .query(ArchiveItem.class).optional();
    }

    /** The archive entry an import was made from, if it was: its archive's id and name, and its place in it. */
    record Origin(long archiveId, String archiveName, long itemId, int position, ArchiveItem.State state) {
    }

    Optional<Origin> origin(long organizationId, long articleImportId) {
        return jdbc.sql("""
                        SELECT i.archive_id, a.name AS archive_name, i.id AS item_id, i.position, i.state
                        FROM archive_items i JOIN archive_imports a ON a.id = i.archive_id
                        WHERE i.article_import_id = ? AND i.organization_id = ? AND i.state <> 'DUPLICATE'
                        ORDER BY i.id LIMIT 1""").params(articleImportId, organizationId).query(Origin.class).optional();
    }

    /** The entry's state, its row locked until the transaction ends. */
    Optional<ArchiveItem.State> lockItem(long organizationId, long itemId) {
        return jdbc.sql("SELECT state FROM archive_items WHERE id = ? AND organization_id = ? FOR UPDATE")
                .params(itemId, organizationId).query(ArchiveItem.State.class).optional();
    }

    void reject(long itemId, long userId, @Nullable String reason, OffsetDateTime now) {
        jdbc.sql("UPDATE archive_items SET state = 'REJECTED', review_note = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?")
                .params(reason, userId, now, itemId).update();
    }

    /**
     * The entry of that import, reviewed: accepted or merged, from the queue or from the import page (a rejected entry
     * may still be corrected and confirmed there). Nothing when the import is no archive's entry.
     */
    Optional<Reviewed> markReviewed(long articleImportId, ArchiveItem.State state, long userId, @Nullable String note,
            OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE archive_items i SET state = :state, reviewed_by = :user, reviewed_at = :now, review_note = :note
                        FROM (SELECT id, state FROM archive_items WHERE article_import_id = :import
                              AND state IN ('PROPOSED', 'REJECTED') FOR UPDATE) old, archive_imports a
                        WHERE i.id = old.id AND a.id = i.archive_id
                        RETURNING i.id AS item_id, i.archive_id, old.state AS before, i.entry_name, a.name AS archive_name""")
                .param("state", state.name()).param("user", userId).param("now", now).param("note", note)
                .param("import", articleImportId).query(Reviewed.class).optional();
    }

    /** The running archives among these with no entry left to read are DONE; returns them. */
    List<ArchiveImport> finishRead(Collection<Long> archiveIds, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE archive_imports a SET status = 'DONE', finished_at = ?
                        WHERE a.id = ANY(?) AND a.status = 'RUNNING'
                          AND NOT EXISTS (SELECT 1 FROM archive_items i WHERE i.archive_id = a.id AND i.state = 'PENDING')
                        RETURNING a.*""")
                .params(now, archiveIds.toArray(Long[]::new)).query(ArchiveImport.class).list();
    }
}
