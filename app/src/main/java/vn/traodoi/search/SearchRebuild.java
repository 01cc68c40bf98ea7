package vn.traodoi.search;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.audit.AuditLog;

/**
 * Rebuilds the index from every feature's {@link SearchSource}: each kind in batches, each batch in its own short
 * transaction, then the documents of that kind not written since the kind's pass began (records that are gone) are
 * removed. A rebuild is requested in {@code search_index_state} (by the migration that created the index, by an
 * administrator on {@code /admin/search}, or with {@code TRAODOI_SEARCH_REBUILD=true} at start); one node claims the
 * request for a lease and clears it only when done, so a node that dies mid-way leaves it for the next start.
 */
@Component
class SearchRebuild {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);
    static final int BATCH = 200;

    /** What the index holds and when it was last rebuilt, for the administrators' page. */
    record State(@Nullable OffsetDateTime requestedAt, @Nullable OffsetDateTime claimedUntil,
            @Nullable OffsetDateTime rebuiltAt, @Nullable Long rebuiltDocuments, Map<SearchKind, Long> documents) {
    }

    private final JdbcClient jdbc;
    private final SearchIndex index;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final boolean atStart;

    SearchRebuild(JdbcClient jdbc, SearchIndex index, TransactionTemplate transactions, AuditLog audit,
            @Value("${traodoi.search.rebuild:false}") boolean atStart) {
        this.jdbc = jdbc;
        this.index = index;
        this.transactions = transactions;
        this.audit = audit;
        this.atStart = atStart;
    }

    /** Before the demo data (order 10), so that a new database's seeds are indexed by their own features after it. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void rebuildIfRequested() {
        if (atStart) {
            transactions.executeWithoutResult(s -> request("TRAODOI_SEARCH_REBUILD"));
        }
        runRequested();
    }

    /** An administrator asks for a rebuild; audited. */
    void requestAudited() {
        transactions.executeWithoutResult(s -> {
            OffsetDateTime at = request(null);
            audit.record("SEARCH_INDEX_REBUILD_REQUESTED", "search_index", null, null, null,
                    Map.of("requestedAt", at.toString()));
        });
    }

    /** Asks for a rebuild (kept until one is done); returns when it was asked. */
    private OffsetDateTime request(@Nullable String setting) {
        if (setting != null) {
            log.info("Search index: rebuild asked by {}", setting);
        }
        return jdbc.sql("""
                        UPDATE search_index_state SET rebuild_requested_at = coalesce(rebuild_requested_at, now())
                        RETURNING rebuild_requested_at""").query(OffsetDateTime.class).single();
    }

    /** Runs the pending request if no other node holds it; the number of documents written, or empty. */
    Optional<Long> runRequested() {
        OffsetDateTime claimed = transactions.execute(s -> jdbc.sql("""
                        UPDATE search_index_state SET rebuild_claimed_until = now() + interval '1 hour'
                        WHERE rebuild_requested_at IS NOT NULL
                          AND (rebuild_claimed_until IS NULL OR rebuild_claimed_until < now())
                        RETURNING rebuild_requested_at""").query(OffsetDateTime.class).optional().orElse(null));
        if (claimed == null) {
            return Optional.empty();
        }
        long[] written = {0};
        boolean[] done = {false};
        try {
            written[0] = rebuild();
            done[0] = true;
        } finally {
            transactions.executeWithoutResult(s -> jdbc.sql("""
                            UPDATE search_index_state SET rebuild_claimed_until = NULL,
                                rebuilt_at = CASE WHEN :done THEN now() ELSE rebuilt_at END,
                                rebuilt_documents = CASE WHEN :done THEN :total ELSE rebuilt_documents END,
                                rebuild_requested_at = CASE WHEN :done AND rebuild_requested_at = :claimed THEN NULL
                                                            ELSE rebuild_requested_at END""")
                    .param("done", done[0]).param("total", written[0]).param("claimed", claimed).update());
        }
        return Optional.of(written[0]);
    }

    /** Every kind from its source; the number of documents written. */
    long rebuild() {
        long started = System.nanoTime();
        long written = 0;
        for (SearchSource source : index.sources()) {
            written += rebuild(source);
        }
        log.info("Search index rebuilt: {} documents in {} ms", written, (System.nanoTime() - started) / 1_000_000);
        return written;
    }

    private long rebuild(SearchSource source) {
        record Pass(OffsetDateTime start, List<Long> ids) {
        }
        Pass pass = transactions.execute(s -> new Pass(
                jdbc.sql("SELECT clock_timestamp()").query(OffsetDateTime.class).single(), source.ids()));
        long written = 0;
        for (int from = 0; from < pass.ids().size(); from += BATCH) {
            List<Long> batch = new ArrayList<>(pass.ids().subList(from, Math.min(pass.ids().size(), from + BATCH)));
            written += transactions.execute(s -> {
                List<SearchDocument> documents = source.documents(batch);
                index.putAll(documents);
                return (long) documents.size();
            });
        }
        int removed = transactions.execute(s -> jdbc.sql("DELETE FROM search_documents WHERE kind = ? AND indexed_at < ?")
                .params(source.kind().name(), pass.start()).update());
        log.debug("Search index: {} {} documents written, {} removed", written, source.kind(), removed);
        return written;
    }

    State state() {
        Map<SearchKind, Long> documents = new LinkedHashMap<>();
        jdbc.sql("SELECT kind, count(*) AS n FROM search_documents GROUP BY kind").query(rs -> {
            documents.put(SearchKind.valueOf(rs.getString("kind")), rs.getLong("n"));
        });
        Map<SearchKind, Long> ordered = new LinkedHashMap<>();
        for (SearchKind kind : SearchKind.values()) {
            ordered.put(kind, documents.getOrDefault(kind, 0L));
        }
        return jdbc.sql("SELECT rebuild_requested_at, rebuild_claimed_until, rebuilt_at, rebuilt_documents FROM search_index_state")
                .query((rs, n) -> new State(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class), (Long) rs.getObject(4), ordered))
                .single();
    }
}
