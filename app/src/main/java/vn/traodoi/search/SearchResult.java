package vn.traodoi.search;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a search: the hits, how many documents match in all, and the facets, every count over what the user's
 * organization may see. {@code capped}: more match than were read (the newest were), {@code total} and the counts are
 * of those; {@code fuzzy}: no document had the words, these are the names that look like them.
 */
public record SearchResult(SearchQuery query, List<Hit> hits, long total, boolean capped, int page, int pages,
        boolean fuzzy, Facets facets) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    static SearchResult none(SearchQuery query) {
        return new SearchResult(query, List.of(), 0, false, 1, 1, false,
                new Facets(List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    /**
     * A document found: its kind and record, its title and a snippet of its text as HTML with the query's words in
     * {@code <mark>} (everything else escaped), where it leads for this user, and its dates.
     */
    public record Hit(SearchKind kind, long recordId, String title, String titleHtml, @Nullable String context,
            String snippetHtml, String link, @Nullable LocalDate date, @Nullable LocalDate dateTo) {
    }

    /** The counts of the matching documents by kind, year, province then, province now and owning organization. */
    public record Facets(List<Count> kinds, List<Count> years, List<Count> units, List<Count> unitsNow,
            List<Count> organizations) {

        public Facets {
            kinds = List.copyOf(kinds);
            years = List.copyOf(years);
            units = List.copyOf(units);
            unitsNow = List.copyOf(unitsNow);
            organizations = List.copyOf(organizations);
        }
    }

    /** A facet's value (a kind's name, a year, a unit's or an organization's id), its name, and its count. */
    public record Count(String value, String label, long count, boolean selected) {
    }
}
