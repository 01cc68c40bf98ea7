package vn.traodoi.search;

import org.jspecify.annotations.Nullable;

/**
 * What a user asks the search: words (with or without diacritics, "quoted phrases", {@code -excluded}), and the facets
 * chosen: a kind, a year, a province as it was ({@code unit}) or as it is ({@code unitNow}), the owning organization.
 * Without words, the chosen facets alone list their documents, newest first.
 */
public record SearchQuery(@Nullable String text, @Nullable SearchKind kind, @Nullable Integer year, @Nullable Long unit,
        @Nullable Long unitNow, @Nullable Long organization, Sort sort, int page) {

    /** The longest query; longer is refused. */
    public static final int MAX_LENGTH = 200;
    /** Hits on a page. */
    public static final int PAGE_SIZE = 20;
    /** The deepest page; the facets narrow a search further than that. */
    public static final int MAX_PAGE = 50;

    /** Best match first, or newest first. */
    public enum Sort {
        RELEVANCE, DATE
    }

    public SearchQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    public static SearchQuery of(@Nullable String text) {
        return new SearchQuery(text, null, null, null, null, null, Sort.RELEVANCE, 1);
    }

    /** Nothing asked: no words and no facet. */
    public boolean empty() {
        return text == null && kind == null && year == null && unit == null && unitNow == null && organization == null;
    }
}
