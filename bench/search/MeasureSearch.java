import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times 20 fixed queries, in one run on one connection: through the search service's statements (taken from the app's
 * own classes, so the bench runs what KnowledgeSearch runs: the facets and the page, then the page's documents and their
 * highlighting), beside the same queries as {@code ILIKE '%word%'} scans over the same texts of the same visible
 * documents, and beside the search before the index (bench/search/previous-search.sql) over the features' tables.
 * Prints each query's median and the p50 and p95 over every timing.
 *
 * <pre>
 * java -cp "$APP/BOOT-INF/classes:$APP/BOOT-INF/lib/*" bench/search/MeasureSearch.java JDBC_URL ORG [RUNS] [SCAN_RUNS]
 * (from the checkout's root; the queries are bench/search/queries.txt)
 * </pre>
 */
public final class MeasureSearch {

    /** The 20 fixed queries, one a line: symbols, names, places, topics, a phrase, without diacritics too. */
    static final Path QUERIES_FILE = Path.of("bench/search/queries.txt");

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long org = Long.parseLong(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int scanRuns = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        List<String> queries = Files.readAllLines(QUERIES_FILE, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .toList();
        Class<?> service = Class.forName("vn.traodoi.search.KnowledgeSearch");
        Method statement = service.getDeclaredMethod("statement", String.class, String.class, String.class);
        statement.setAccessible(true);
        String search = (String) statement.invoke(null, field(service, "MATCH"), field(service, "RANK"),
                field(service, "RELEVANCE"));
        String hits = field(service, "HITS");
        String plan = field(service, "PLAN");
        Field capField = service.getDeclaredField("CAP");
        capField.setAccessible(true);
        int cap = capField.getInt(null);
        Class<?> highlighter = Class.forName("vn.traodoi.search.Highlighter");
        Method terms = highlighter.getDeclaredMethod("terms", String.class);
        Method html = highlighter.getDeclaredMethod("html", String.class, Set.class, int.class);
        terms.setAccessible(true);
        html.setAccessible(true);
        List<String> previous = Arrays.stream(Files.readString(Path.of("bench/search/previous-search.sql"))
                .replaceAll("(?m)^--.*$", "").split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();

        try (SingleConnectionDataSource data = new SingleConnectionDataSource(url, "postgres", "", true)) {
            JdbcClient jdbc = JdbcClient.create(data);
            TransactionTemplate readOnly = new TransactionTemplate(new DataSourceTransactionManager(data));
            readOnly.setReadOnly(true);
            Search once = q -> readOnly.execute(s -> {
                jdbc.sql(plan).update();
                try {
                    return searchOnce(jdbc, search, hits, terms, html, q, org, cap);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
            System.out.println("documents: " + jdbc.sql("SELECT count(*) FROM search_documents").query(Long.class).single()
                    + ", visible to organization " + org + ": " + jdbc.sql("""
                            SELECT count(*) FROM search_documents d
                            WHERE d.audience @> ARRAY[CAST(? AS bigint)] OR d.public_from <= now()""")
                    .param(org).query(Long.class).single()
                    + ", delegations for the previous search: "
                    + jdbc.sql("SELECT count(*) FROM delegations").query(Long.class).single());
            Map<String, long[]> indexed = new TreeMap<>();
            Map<String, long[]> scanned = new TreeMap<>();
            Map<String, long[]> before = new TreeMap<>();
            Map<String, Long> totals = new TreeMap<>();
            for (String q : queries) {
                for (int warm = 0; warm < 2; warm++) {
                    once.run(q);
                }
                long[] t = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    totals.put(q, once.run(q));
                    t[i] = System.nanoTime() - start;
                }
                indexed.put(q, t);
            }
            for (String q : queries) {
                scan(jdbc, q, org);
                long[] s = new long[scanRuns];
                long[] p = new long[scanRuns];
                for (int i = 0; i < scanRuns; i++) {
                    long start = System.nanoTime();
                    scan(jdbc, q, org);
                    s[i] = System.nanoTime() - start;
                    start = System.nanoTime();
                    for (String sql : previous) {
                        jdbc.sql(sql).param("org", org).param("q", q)
                                .param("raw", URLEncoder.encode(q, StandardCharsets.UTF_8)).param("limit", 20)
                                .query((rs, n) -> rs.getString(1)).list();
                    }
                    p[i] = System.nanoTime() - start;
                }
                scanned.put(q, s);
                before.put(q, p);
            }
            System.out.printf("%-40s %10s %12s %12s %14s%n", "query", "candidates", "index p50", "ILIKE p50",
                    "previous p50");
            for (String q : queries) {
                System.out.printf("%-40s %10d %9.1f ms %9.1f ms %11.1f ms%n", q, totals.get(q), median(indexed.get(q)),
                        median(scanned.get(q)), median(before.get(q)));
            }
            double[] i = percentiles(indexed);
            double[] s = percentiles(scanned);
            double[] p = percentiles(before);
            System.out.printf(Locale.ROOT, "index:    p50 %.1f ms, p95 %.1f ms (%d timings)%n", i[0], i[1], queries.size() * runs);
            System.out.printf(Locale.ROOT, "ILIKE:    p50 %.1f ms, p95 %.1f ms (%d timings); p50 %.0f times, p95 %.0f times the index's%n",
                    s[0], s[1], queries.size() * scanRuns, s[0] / i[0], s[1] / i[1]);
            System.out.printf(Locale.ROOT, "previous: p50 %.1f ms, p95 %.1f ms (%d timings); p50 %.0f times, p95 %.0f times the index's%n",
                    p[0], p[1], queries.size() * scanRuns, p[0] / i[0], p[1] / i[1]);
        }
    }

    /** One search in its read-only transaction; the number of candidates. */
    interface Search {
        long run(String q);
    }

    /** The search as KnowledgeSearch runs it for page 1: facets and page, the page's documents, their highlighting. */
    static long searchOnce(JdbcClient jdbc, String search, String hits, Method terms, Method html, String q, long org,
            int cap) throws ReflectiveOperationException {
        List<String> page = new ArrayList<>();
        long[] total = {0};
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql(search).param("q", q).param("org", org).param("now", now).param("kind", null).param("year", null)
                .param("unit", null).param("unitNow", null).param("owner", null).param("cap", cap).param("limit", 20)
                .param("offset", 0)
                .query(rs -> {
                    switch (rs.getString("facet")) {
                        case "TOTAL" -> total[0] = rs.getLong("n");
                        case "HIT" -> page.add(rs.getString("value"));
                        default -> {
                        }
                    }
                });
        if (page.isEmpty()) {
            return total[0];
        }
        Object words = terms.invoke(null, q);
        List<String[]> texts = jdbc.sql(hits).param("org", org).param("now", now)
                .param("kinds", page.stream().map(k -> k.substring(0, k.indexOf(':'))).toArray(String[]::new))
                .param("ids", page.stream().map(k -> Long.valueOf(k.substring(k.indexOf(':') + 1))).toArray(Long[]::new))
                .query((rs, n) -> new String[] {rs.getString("title"), rs.getString("body")}).list();
        for (String[] t : texts) {
            html.invoke(null, t[0], words, 0);
            html.invoke(null, t[1], words, 240);
        }
        return total[0];
    }

    /** The same query as ILIKE over the same texts of the documents the organization sees: every word, newest first. */
    static void scan(JdbcClient jdbc, String q, long org) {
        List<String> words = Arrays.stream(q.replace("\"", "").split("\\s+")).filter(w -> !w.isBlank()).toList();
        StringBuilder sql = new StringBuilder("""
                SELECT kind, record_id, count(*) OVER () AS total FROM search_documents d
                WHERE (d.audience @> ARRAY[CAST(:org AS bigint)] OR d.public_from <= now())""");
        for (int w = 0; w < words.size(); w++) {
            sql.append(" AND concat_ws(' ', d.title, d.context, d.body, d.symbols, d.names, d.places) ILIKE :w").append(w);
        }
        sql.append(" ORDER BY d.date_from DESC NULLS LAST LIMIT 20");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("org", org);
        for (int w = 0; w < words.size(); w++) {
            spec = spec.param("w" + w, "%" + words.get(w) + "%");
        }
        spec.query((rs, n) -> rs.getLong(2)).list();
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    /** p50 and p95, in milliseconds, over every timing of every query (nearest rank). */
    static double[] percentiles(Map<String, long[]> timings) {
        long[] all = timings.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new double[] {all[(int) Math.ceil(0.50 * all.length) - 1] / 1e6, all[(int) Math.ceil(0.95 * all.length) - 1] / 1e6};
    }

    private static String field(Class<?> type, String name) throws ReflectiveOperationException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return (String) f.get(null);
    }
}
