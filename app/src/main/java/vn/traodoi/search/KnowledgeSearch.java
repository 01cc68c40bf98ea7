package vn.traodoi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.search.SearchResult.Count;
import vn.traodoi.search.SearchResult.Facets;
import vn.traodoi.search.SearchResult.Hit;
import vn.traodoi.system.InvalidInputException;

/**
 * The search over the index ({@code search_documents}) and nothing else: one folded full-text query, so that "chinh
 * quyen do thi" finds "chính quyền đô thị" and "196/KH-UBND", "196 KH UBND" and "196" find Kế hoạch số 196/KH-UBND,
 * over what the user's organization may see (its audience, or public). Best matches first (title and symbols weigh
 * most, then names and places, then the text) or newest first; facets by kind, year, province then and now, and
 * owning organization, counted over the same visible documents (the chosen facets narrow the search, and the counts);
 * 20 hits a page with a highlighted snippet. A query that matches more than {@link #CAP} of the organization's
 * documents or of the public ones is answered from the newest of them. When no document has the words, names that look
 * like them are tried ("Vo Van Hoang" finds Võ Văn Hoan).
 */
@Service
public class KnowledgeSearch {

    /** The statement, shared with bench/search, which runs it as it is. */
    static final String SQL = read("search.sql");
    /** The page's documents, read again with the same visibility, each with the link this user follows. */
    static final String HITS = """
            SELECT d.kind, d.record_id, d.title, d.context, d.body, d.date_from, d.date_to,
                   CASE WHEN d.public_link IS NULL OR d.audience @> ARRAY[CAST(:org AS bigint)] THEN d.link
                        ELSE d.public_link END AS link
            FROM search_documents d
            JOIN unnest(CAST(:kinds AS text[]), CAST(:ids AS bigint[])) AS k (kind, record_id)
              ON d.kind = k.kind AND d.record_id = k.record_id
            WHERE d.audience @> ARRAY[CAST(:org AS bigint)] OR d.public_from <= :now""";
    /** The query's function written where it is used, so that a custom plan folds it into a constant it can estimate. */
    static final String MATCH = "d.tsv @@ public.vn_search_query(:q)";
    static final String RANK = "ts_rank(d.tsv, public.vn_search_query(:q))";
    static final String FUZZY_MATCH = "public.vn_fold(d.names) %> public.vn_fold(:q)";
    static final String FUZZY_RANK = "word_similarity(public.vn_fold(:q), public.vn_fold(d.names))";
    static final String RELEVANCE = "rank DESC, date_from DESC NULLS LAST, kind, record_id";
    static final String NEWEST = "date_from DESC NULLS LAST, rank DESC, kind, record_id";
    /**
     * At most this many candidates of the organization's audience and as many public ones, the newest first: a query
     * that matches more is answered from those, its total a lower bound ({@link SearchResult#capped}).
     */
    static final int CAP = 1000;
    /**
     * Custom plans: the planner sees the query's words and the chosen facets, not placeholders; and memory enough that a
     * common word's bitmap stays exact (ADR 0009).
     */
    static final String PLAN = "SET LOCAL plan_cache_mode = force_custom_plan; SET LOCAL work_mem = '32MB'";
    /** Facet values shown for the provinces and the organizations, the largest counts first. */
    static final int FACET_VALUES = 15;
    static final int SNIPPET = 240;

    private final JdbcClient jdbc;
    private final PlaceLookup places;
    private final OrganizationService organizations;
    private final MessageSource messages;
    private final Clock clock;

    KnowledgeSearch(JdbcClient jdbc, PlaceLookup places, OrganizationService organizations, MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.organizations = organizations;
        this.messages = messages;
        this.clock = clock;
    }

    /** The statement for a match ({@code MATCH}, {@code FUZZY_MATCH}, or {@code true} for facets alone) and an order. */
    static String statement(String match, String rank, String order) {
        return SQL.replace("{match}", match).replace("{rank}", rank).replace("{order}", order);
    }

    /** One read-only transaction, so that the plan setting holds for its statements only. */
    @Transactional(readOnly = true)
    public SearchResult search(CurrentUser user, SearchQuery query) {
        check(query);
        if (query.empty()) {
            return SearchResult.none(query);
        }
        String order = query.sort() == SearchQuery.Sort.DATE ? NEWEST : RELEVANCE;
        boolean words = query.text() != null;
        if (words && Boolean.TRUE.equals(jdbc.sql("SELECT numnode(public.vn_search_query(?)) = 0")
                .param(query.text()).query(Boolean.class).single())) {
            return SearchResult.none(query);
        }
        jdbc.sql(PLAN).update();
        Rows rows = rows(user, query, words ? statement(MATCH, RANK, order) : statement("true", "0", NEWEST));
        boolean fuzzy = false;
        if (words && rows.total == 0 && query.text().codePointCount(0, query.text().length()) >= 4) {
            rows = rows(user, query, statement(FUZZY_MATCH, FUZZY_RANK, order));
            fuzzy = rows.total > 0;
        }
        Set<String> terms = query.text() == null ? Set.of() : Highlighter.terms(query.text());
        List<Hit> hits = hits(user, rows.page, terms);
        int pages = (int) Math.max(1, Math.min(SearchQuery.MAX_PAGE,
                (rows.total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE));
        return new SearchResult(query, hits, rows.total, rows.capped, query.page(), pages, fuzzy, facets(query, rows));
    }

    private static void check(SearchQuery query) {
        if (query.text() != null && query.text().length() > SearchQuery.MAX_LENGTH) {
            throw new InvalidInputException("q", "search.q.tooLong", SearchQuery.MAX_LENGTH);
        }
        if (query.page() < 1 || query.page() > SearchQuery.MAX_PAGE) {
            throw new InvalidInputException("page", "search.page.range", SearchQuery.MAX_PAGE);
        }
        if (query.year() != null && (query.year() < 1900 || query.year() > 2200)) {
            throw new InvalidInputException("year", "search.year.range");
        }
    }

    /**
     * What the statement answers: the total (a lower bound when {@code capped}), the facets' counts by value, and the
     * page's documents in order.
     */
    private record Rows(long total, boolean capped, Map<String, Map<String, Long>> counts, List<String> page) {
    }

    private Rows rows(CurrentUser user, SearchQuery query, String sql) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        List<String> page = new ArrayList<>();
        long[] total = {0};
        boolean[] capped = {false};
        jdbc.sql(sql)
                .param("q", Objects.requireNonNullElse(query.text(), ""))
                .param("org", user.orgId())
                .param("now", OffsetDateTime.now(clock))
                .param("kind", query.kind() == null ? null : query.kind().name())
                .param("year", query.year())
                .param("unit", query.unit())
                .param("unitNow", query.unitNow())
                .param("owner", query.organization())
                .param("cap", CAP)
                .param("limit", SearchQuery.PAGE_SIZE)
                .param("offset", (query.page() - 1) * SearchQuery.PAGE_SIZE)
                .query(rs -> {
                    String facet = rs.getString("facet");
                    switch (facet) {
                        case "TOTAL" -> total[0] = rs.getLong("n");
                        case "CAPPED" -> capped[0] = true;
                        case "HIT" -> page.add(rs.getString("value"));
                        default -> counts.computeIfAbsent(facet, k -> new HashMap<>()).put(rs.getString("value"),
                                rs.getLong("n"));
                    }
                });
        return new Rows(total[0], capped[0], counts, page);
    }

    private List<Hit> hits(CurrentUser user, List<String> keys, Set<String> terms) {
        if (keys.isEmpty()) {
            return List.of();
        }
        String[] kinds = keys.stream().map(k -> k.substring(0, k.indexOf(':'))).toArray(String[]::new);
        Long[] ids = keys.stream().map(k -> Long.valueOf(k.substring(k.indexOf(':') + 1))).toArray(Long[]::new);
        Map<String, Hit> found = new HashMap<>();
        jdbc.sql(HITS).param("org", user.orgId()).param("kinds", kinds).param("ids", ids)
                .param("now", OffsetDateTime.now(clock))
                .query(rs -> {
                    String body = rs.getString("body");
                    String context = rs.getString("context");
                    String snippet = body.isBlank() && context != null ? context : body;
                    found.put(rs.getString("kind") + ":" + rs.getLong("record_id"),
                            new Hit(SearchKind.valueOf(rs.getString("kind")), rs.getLong("record_id"),
                                    rs.getString("title"), Highlighter.html(rs.getString("title"), terms, 0), context,
                                    Highlighter.html(snippet, terms, SNIPPET), rs.getString("link"),
                                    rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class)));
                });
        return keys.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private Facets facets(SearchQuery query, Rows rows) {
        Map<String, Long> kinds = rows.counts.getOrDefault("KIND", Map.of());
        List<Count> kindCounts = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            Long n = kinds.get(kind.name());
            if (n != null) {
                kindCounts.add(new Count(kind.name(), messages.getMessage("search.kind." + kind.name(), null,
                        kind.name(), LocaleContextHolder.getLocale()), n, kind == query.kind()));
            }
        }
        List<Count> years = rows.counts.getOrDefault("YEAR", Map.of()).entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getKey(), e.getValue(), e.getKey().equals(String.valueOf(query.year()))))
                .sorted(Comparator.comparing(Count::value).reversed()).toList();
        Map<String, Long> unitsThen = rows.counts.getOrDefault("UNIT", Map.of());
        Map<String, Long> unitsNow = rows.counts.getOrDefault("UNIT_NOW", Map.of());
        Map<String, Long> owners = rows.counts.getOrDefault("OWNER", Map.of());
        List<Long> unitIds = new ArrayList<>();
        unitsThen.keySet().forEach(k -> unitIds.add(Long.valueOf(k)));
        unitsNow.keySet().forEach(k -> unitIds.add(Long.valueOf(k)));
        Map<Long, AdministrativeUnit> units = places.units(unitIds);
        Map<Long, Organization> orgs = organizations.byIds(owners.keySet().stream().map(Long::valueOf).toList());
        return new Facets(kindCounts, years,
                named(unitsThen, query.unit(), id -> units.containsKey(id) ? units.get(id).fullNameVi() : null),
                named(unitsNow, query.unitNow(), id -> units.containsKey(id) ? units.get(id).fullNameVi() : null),
                named(owners, query.organization(), id -> orgs.containsKey(id) ? orgs.get(id).name() : null));
    }

    /** The largest counts first (the chosen value always among them), each with its name. */
    private static List<Count> named(Map<String, Long> counts, @Nullable Long selected,
            Function<Long, @Nullable String> name) {
        List<Count> named = new ArrayList<>();
        counts.forEach((value, n) -> {
            String label = name.apply(Long.valueOf(value));
            if (label != null) {
                named.add(new Count(value, label, n, value.equals(String.valueOf(selected))));
            }
        });
        named.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label));
        List<Count> shown = new ArrayList<>(named.stream().limit(FACET_VALUES).toList());
        named.stream().skip(FACET_VALUES).filter(Count::selected).forEach(shown::add);
        return shown;
    }

    private static String read(String name) {
        try (var in = new ClassPathResource(name, KnowledgeSearch.class).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
