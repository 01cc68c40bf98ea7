package vn.traodoi.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.traodoi.text.VietnameseText;

/**
 * A record as the search finds it, described by the feature that owns it: who may see it (the {@code audience} of
 * organizations, the owner among them, and from {@code publicFrom} on everyone), what it says, and where it leads.
 * Built with {@link #builder}:
 *
 * <pre>
 * SearchDocument.builder(SearchKind.DELEGATION, 12, "Đoàn khảo sát …", "/delegations/12")
 *         .owner(hanoi).audience(List.of(hcm)).symbols(List.of("196/KH-UBND")).names(List.of("Võ Văn Hoan"))
 *         .places(List.of("thành phố Thủ Đức")).units(List.of(hcm63)).dates(from, to).body(purpose, topics).build()
 * </pre>
 *
 * @param units the provinces (administrative unit ids) as they were on the record's dates; the index adds today's
 * @param body  the text, its parts one a line, at most {@link #MAX_BODY} characters
 */
public record SearchDocument(SearchKind kind, long recordId, @Nullable Long ownerId, Set<Long> audience,
        @Nullable Instant publicFrom, String title, @Nullable String context, String body, List<String> symbols,
        List<String> names, List<String> places, List<Long> units, @Nullable LocalDate dateFrom,
        @Nullable LocalDate dateTo, String link, @Nullable String publicLink) {

    /** Longer texts (an imported article of megabytes) are indexed by their beginning. */
    public static final int MAX_BODY = 100_000;

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a search document needs a title: " + kind + " " + recordId);
        }
        Objects.requireNonNull(link, "link");
        Set<Long> everyone = new LinkedHashSet<>();
        if (ownerId != null) {
            everyone.add(ownerId);
        }
        everyone.addAll(audience);
        audience = Set.copyOf(everyone);
        body = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
        symbols = List.copyOf(symbols);
        names = List.copyOf(names);
        places = List.copyOf(places);
        units = List.copyOf(new LinkedHashSet<>(units));
        if (dateFrom != null && dateTo != null && dateTo.isBefore(dateFrom)) {
            dateTo = dateFrom;
        }
    }

    public static Builder builder(SearchKind kind, long recordId, String title, String link) {
        return new Builder(kind, recordId, title, link);
    }

    /** Collects a document's parts; blank parts are left out, every text normalized, repeated ones kept once. */
    public static final class Builder {

        private final SearchKind kind;
        private final long recordId;
        private final String title;
        private final String link;
        private @Nullable Long owner;
        private final Set<Long> audience = new LinkedHashSet<>();
        private @Nullable Instant publicFrom;
        private @Nullable String context;
        private final List<String> body = new ArrayList<>();
        private final Set<String> symbols = new LinkedHashSet<>();
        private final Set<String> names = new LinkedHashSet<>();
        private final Set<String> places = new LinkedHashSet<>();
        private final Set<Long> units = new LinkedHashSet<>();
        private @Nullable LocalDate dateFrom;
        private @Nullable LocalDate dateTo;
        private @Nullable String publicLink;

        private Builder(SearchKind kind, long recordId, String title, String link) {
            this.kind = kind;
            this.recordId = recordId;
            this.title = VietnameseText.normalize(Objects.requireNonNull(title, "title"));
            this.link = link;
        }

        /** The organization whose record it is; it sees the document. */
        public Builder owner(@Nullable Long organizationId) {
            this.owner = organizationId;
            return this;
        }

        /** Other organizations that may see it. */
        public Builder audience(Collection<Long> organizationIds) {
            organizationIds.stream().filter(Objects::nonNull).forEach(audience::add);
            return this;
        }

        /** Every signed-in user sees it from this moment on (null: only the audience does). */
        public Builder publicFrom(@Nullable Instant from) {
            this.publicFrom = from;
            return this;
        }

        /** A line shown under the title: the delegation a lesson comes from, the organizer, the source. */
        public Builder context(@Nullable String text) {
            this.context = clean(text);
            return this;
        }

        public Builder body(@Nullable String... parts) {
            return body(Arrays.asList(parts));
        }

        public Builder body(Collection<? extends @Nullable String> parts) {
            parts.stream().map(Builder::clean).filter(Objects::nonNull).forEach(body::add);
            return this;
        }

        /** Document symbols ("196/KH-UBND"), found whole or by their parts. */
        public Builder symbols(Collection<? extends @Nullable String> values) {
            values.stream().map(Builder::clean).filter(Objects::nonNull).forEach(symbols::add);
            return this;
        }

        /** Names of people and organizations, found also when misspelled. */
        public Builder names(Collection<? extends @Nullable String> values) {
            values.stream().map(Builder::clean).filter(Objects::nonNull).forEach(names::add);
            return this;
        }

        /** Places written as text ("thành phố Thủ Đức"); the provinces come from {@link #units}. */
        public Builder places(Collection<? extends @Nullable String> values) {
            values.stream().map(Builder::clean).filter(Objects::nonNull).forEach(places::add);
            return this;
        }

        /** Provinces (administrative unit ids) as they were on the record's dates. */
        public Builder units(Collection<Long> unitIds) {
            unitIds.stream().filter(Objects::nonNull).forEach(units::add);
            return this;
        }

        public Builder dates(@Nullable LocalDate from, @Nullable LocalDate to) {
            this.dateFrom = from != null ? from : to;
            this.dateTo = to;
            return this;
        }

        /** Where someone outside the audience finds it when it is public (an article's portal page). */
        public Builder publicLink(@Nullable String path) {
            this.publicLink = path;
            return this;
        }

        public SearchDocument build() {
            return new SearchDocument(kind, recordId, owner, audience, publicFrom, title, context,
                    String.join("\n", body), List.copyOf(symbols), List.copyOf(names), List.copyOf(places),
                    List.copyOf(units), dateFrom, dateTo, link, publicLink);
        }

        private static @Nullable String clean(@Nullable String text) {
            if (text == null) {
                return null;
            }
            String normalized = VietnameseText.normalize(text);
            return normalized.isEmpty() ? null : normalized;
        }
    }
}
