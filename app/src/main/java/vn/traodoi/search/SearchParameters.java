package vn.traodoi.search;

import org.jspecify.annotations.Nullable;

/**
 * The search's parameters as the page's address and the API take them, bound by name: {@code q}, {@code kind},
 * {@code year}, {@code unit} (a province as it was), {@code unitNow} (as it is), {@code organization} (the owner),
 * {@code sort} (RELEVANCE or DATE) and {@code page} (from 1).
 */
record SearchParameters(@Nullable String q, @Nullable SearchKind kind, @Nullable Integer year, @Nullable Long unit,
        @Nullable Long unitNow, @Nullable Long organization, SearchQuery.@Nullable Sort sort, @Nullable Integer page) {

    SearchQuery query() {
        return new SearchQuery(q, kind, year, unit, unitNow, organization,
                sort == null ? SearchQuery.Sort.RELEVANCE : sort, page == null ? 1 : page);
    }
}
