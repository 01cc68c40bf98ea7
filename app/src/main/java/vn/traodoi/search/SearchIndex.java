package vn.traodoi.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.PlaceLookup;

/**
 * The search index that every feature writes in the transaction of its own change (a caller without a transaction is
 * refused), so that the index says what the records say once they are committed, and nothing if they are rolled back.
 * A feature either puts the documents it has just described, or asks for a {@link #refresh} of some of its records,
 * which its {@link SearchSource} describes again. The provinces of a document are stored as they were and, through
 * the place feature, as they are today, with both names searchable.
 */
@Service
public class SearchIndex {

    private final JdbcClient jdbc;
    private final PlaceLookup places;
    private final ObjectProvider<SearchSource> sources;

    private final Clock clock;


    SearchIndex(JdbcClient jdbc, PlaceLookup places, ObjectProvider<SearchSource> sources, Clock clock) {

        this.clock = clock;
        this.jdbc = jdbc;
        this.places = places;
        this.sources = sources;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void put(SearchDocument document) {
        putAll(List.of(document));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void putAll(Collection<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        Set<Long> unitIds = new HashSet<>();
        documents.forEach(d -> unitIds.addAll(d.units()));
        Map<Long, AdministrativeUnit> then = places.units(unitIds);
        LocalDate today = LocalDate.now(clock);
        Map<Long, AdministrativeUnit> now = places.unitsAt(then.values(), today);
        for (SearchDocument d : documents) {
            Set<String> placeNames = new LinkedHashSet<>(d.places());
            List<Long> unitsNow = new ArrayList<>();
            for (long id : d.units()) {
                AdministrativeUnit unit = then.get(id);
                if (unit != null) {
                    placeNames.add(unit.fullNameAt(d.dateFrom() != null ? d.dateFrom() : today));
                }
                AdministrativeUnit current = now.get(id);
                if (current != null) {
                    placeNames.add(current.fullNameVi());
                    if (!unitsNow.contains(current.id())) {
                        unitsNow.add(current.id());
                    }
                }
            }
            jdbc.sql("""
                            INSERT INTO search_documents (kind, record_id, owner_id, audience, public_from, title, context,
                                body, symbols, names, places, units_then, units_now, date_from, date_to, link, public_link,
                                indexed_at)
                            VALUES (:kind, :id, :owner, :audience, :publicFrom, :title, :context, :body, :symbols, :names,
                                :places, :unitsThen, :unitsNow, :dateFrom, :dateTo, :link, :publicLink, clock_timestamp())
                            ON CONFLICT (kind, record_id) DO UPDATE SET owner_id = EXCLUDED.owner_id,
                                audience = EXCLUDED.audience, public_from = EXCLUDED.public_from, title = EXCLUDED.title,
                                context = EXCLUDED.context, body = EXCLUDED.body, symbols = EXCLUDED.symbols,
                                names = EXCLUDED.names, places = EXCLUDED.places, units_then = EXCLUDED.units_then,
                                units_now = EXCLUDED.units_now, date_from = EXCLUDED.date_from, date_to = EXCLUDED.date_to,
                                link = EXCLUDED.link, public_link = EXCLUDED.public_link, indexed_at = EXCLUDED.indexed_at""")
                    .param("kind", d.kind().name()).param("id", d.recordId()).param("owner", d.ownerId())
                    .param("audience", d.audience().stream().sorted().toArray(Long[]::new))
                    .param("publicFrom", d.publicFrom() == null ? null : OffsetDateTime.ofInstant(d.publicFrom(), ZoneOffset.UTC))
                    .param("title", d.title()).param("context", d.context()).param("body", d.body())
                    .param("symbols", String.join("\n", d.symbols())).param("names", String.join("\n", d.names()))
                    .param("places", String.join("\n", placeNames))
                    .param("unitsThen", d.units().toArray(Long[]::new)).param("unitsNow", unitsNow.toArray(Long[]::new))
                    .param("dateFrom", d.dateFrom()).param("dateTo", d.dateTo()).param("link", d.link())
                    .param("publicLink", d.publicLink())
                    .update();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(SearchKind kind, long recordId) {
        jdbc.sql("DELETE FROM search_documents WHERE kind = ? AND record_id = ?").params(kind.name(), recordId).update();
    }

    /**
     * Describes these records of {@code kind} again through the source of the feature that owns them: the ones that
     * exist are put, the ones that are gone removed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(SearchKind kind, Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return;
        }
        List<SearchDocument> documents = source(kind).documents(recordIds);
        putAll(documents);
        Set<Long> gone = new HashSet<>(recordIds);
        documents.forEach(d -> gone.remove(d.recordId()));
        if (!gone.isEmpty()) {
            jdbc.sql("DELETE FROM search_documents WHERE kind = ? AND record_id = ANY (?)")
                    .params(kind.name(), gone.toArray(Long[]::new)).update();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(SearchKind kind, long recordId) {
        refresh(kind, List.of(recordId));
    }

    SearchSource source(SearchKind kind) {
        return sources.orderedStream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no search source describes " + kind));
    }

    List<SearchSource> sources() {
        return sources.orderedStream().toList();
    }
}
