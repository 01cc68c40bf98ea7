package vn.traodoi.text.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The extraction scorer of the dev set ({@code shared/eval/score.py}) in Java, with the same rules, figures and
 * output: every {@code NNN.gold.json} of a folder is compared with {@code NNN.pred.json} of another (a missing or
 * unreadable prediction counts as all-empty), per field group, and the micro precision, recall and F1 are printed as
 * the Python scorer prints them, as a table or, with {@code --json}, as a JSON object.
 *
 * <p>Strings are compared after folding: NFC, lower case, đ → d, diacritics removed, everything but letters and
 * digits (of any script, as Python's {@code \w}) a space, whitespace collapsed. Document numbers are folded, upper
 * case, dashes unified and everything but letters, digits, {@code /} and {@code -} removed, so
 * {@code "2792 /2010/QĐ-UBND"} is {@code "2792/2010/QD-UBND"}. Blank or punctuation-only values count as absent, and
 * values of an unexpected JSON type are turned into text as Python's {@code str} does.
 *
 * <p>Groups: {@code kind}, {@code head} and {@code member_count} (an integer) match exactly; {@code delegation_from}
 * and {@code host} when one contains the other on word boundaries or their token Jaccard is at least 0.6, titles
 * likewise at 0.5; {@code people_titles} only for predicted people whose name is in the gold, documents' type and
 * date only for matched numbers, and a numberless predicted document is wrong; {@code event_dates} are exact, so a
 * concrete year where the gold has {@code XXXX} is wrong (and counted as an invented year); {@code sites_visited},
 * {@code topics} and {@code follow_up_tasks} ("assignee task") are matched one to one, best pairs first, at Jaccard
 * 0.5. "Precision of everything predicted" also counts the titles, types and dates of unmatched predictions.
 *
 * <pre>
 * java -cp text/target/classes vn.traodoi.text.cli.Scorer gold/ pred/ [--json]
 * Scorer.score(Path.of("gold"), Path.of("pred")).table();
 * </pre>
 */
public final class Scorer {

    /** The field groups, in the order of the table. */
    public static final List<String> GROUPS = List.of("kind", "event_dates", "delegation_from", "host", "head",
            "head_title", "deputy_heads", "member_count", "people_names", "people_titles", "documents",
            "documents_type", "documents_date", "sites_visited", "topics", "follow_up_tasks", "indices_mentioned");

    private static final String USAGE = "usage: Scorer [-h] [--json] gold_dir pred_dir";
    private static final Pattern ISO_DATE = Pattern.compile("(?U)\\d{4}-\\d\\d-\\d\\d");
    private static final Map<Integer, Boolean> COMBINING = new ConcurrentHashMap<>();

    private Scorer() {
    }

    /** True, false and missing items of one group (or of all), and the ratios computed from them. */
    public record Counts(int tp, int fp, int fn) {

        /** TP / (TP + FP), or null when nothing was predicted. */
        public @Nullable Double precision() {
            return ratio(tp, tp + fp);
        }

        /** TP / (TP + FN), or null when there is nothing to find. */
        public @Nullable Double recall() {
            return ratio(tp, tp + fn);
        }

        /** 2TP / (2TP + FP + FN), or null when there is neither. */
        public @Nullable Double f1() {
            return ratio(2 * tp, 2 * tp + fp + fn);
        }

        Counts plus(Counts other) {
            return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
        }
    }

    /**
     * What {@code score.py} computes: the counts of each group (in {@link #GROUPS} order) and of all of them, the
     * invented years, the support of everything predicted ({@code supported} of {@code asserted} items), the
     * articles whose prediction is missing, and the warnings about files that could not be read.
     */
    public record Result(int articles, List<String> missingPredictions, Map<String, Counts> groups, Counts overall,
            int inventedYears, int supported, int asserted, List<String> warnings) {

        public Result {
            missingPredictions = List.copyOf(missingPredictions);
            groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
            warnings = List.copyOf(warnings);
        }

        /** Supported / asserted, or null when nothing was asserted. */
        public @Nullable Double precisionOfEverythingPredicted() {
            return ratio(supported, asserted);
        }

        /** The text table of {@code score.py}, line for line. */
        public String table() {
            StringBuilder b = new StringBuilder();
            b.append("%-18s%6s%6s%6s%8s%8s%8s\n".formatted("group", "TP", "FP", "FN", "P", "R", "F1"));
            b.append("-".repeat(60)).append('\n');
            groups.forEach((name, counts) -> row(b, name, counts));
            b.append("-".repeat(60)).append('\n');
            row(b, "OVERALL (micro)", overall);
            b.append("\nprecision of everything predicted: ").append(fixed(precisionOfEverythingPredicted()))
                    .append(" (").append(supported).append(" of ").append(asserted)
                    .append(" asserted items supported by gold)\n");
            b.append("invented years (gold XXXX, predicted a concrete year): ").append(inventedYears).append('\n');
            b.append("articles: ").append(articles).append("; predictions missing: ").append(missingPredictions.size())
                    .append(missingPredictions.isEmpty() ? "" : " (" + String.join(", ", missingPredictions) + ")")
                    .append('\n');
            return b.toString();
        }

        /** The JSON object of {@code score.py --json}, indented as Python's {@code json.dumps(indent=2)}. */
        public String json() {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("articles", articles);
            all.put("missing_predictions", missingPredictions);
            Map<String, Object> byGroup = new LinkedHashMap<>();
            groups.forEach((name, counts) -> byGroup.put(name, prf(counts)));
            all.put("groups", byGroup);
            all.put("overall", prf(overall));
            all.put("invented_years", inventedYears);
            Map<String, @Nullable Object> everything = new LinkedHashMap<>();
            everything.put("supported", supported);
            everything.put("asserted", asserted);
            everything.put("precision", precisionOfEverythingPredicted());
            all.put("precision_of_everything_predicted", everything);
            StringBuilder b = new StringBuilder();
            write(b, all, "");
            return b.toString();
        }

        private static void row(StringBuilder b, String name, Counts m) {
            b.append("%-18s%6d%6d%6d%8s%8s%8s\n".formatted(name, m.tp(), m.fp(), m.fn(), fixed(m.precision()),
                    fixed(m.recall()), fixed(m.f1())));
        }

        private static Map<String, @Nullable Object> prf(Counts m) {
            Map<String, @Nullable Object> out = new LinkedHashMap<>();
            out.put("tp", m.tp());
            out.put("fp", m.fp());
            out.put("fn", m.fn());
            out.put("precision", m.precision());
            out.put("recall", m.recall());
            out.put("f1", m.f1());
            return out;
        }
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        boolean json = false;
        List<String> paths = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                out.print(USAGE + "\n\nScore delegation/workshop extraction against the hand-made gold set.\n\n"
                        + "positional arguments:\n  gold_dir\n  pred_dir\n\noptions:\n"
                        + "  -h, --help  show this help message and exit\n"
                        + "  --json      print a JSON object instead of a table\n");
                System.exit(0);
            } else if (arg.equals("--json")) {
                json = true;
            } else if (arg.startsWith("-") && arg.length() > 1 || paths.size() == 2) {
                unknown.add(arg);
            } else {
                paths.add(arg);
            }
        }
        if (paths.size() < 2) {
            fail(err, "the following arguments are required: "
                    + String.join(", ", List.of("gold_dir", "pred_dir").subList(paths.size(), 2)));
        }
        if (!unknown.isEmpty()) {
            fail(err, "unrecognized arguments: " + String.join(" ", unknown));
        }
        Result result;
        try {
            result = score(Path.of(paths.get(0)), Path.of(paths.get(1)));
        } catch (IllegalArgumentException e) {
            fail(err, String.valueOf(e.getMessage()));
            return;
        }
        result.warnings().forEach(err::println);
        out.print(json ? result.json() + "\n" : result.table());
        out.flush();
    }

    private static void fail(PrintStream err, String message) {
        err.println(USAGE);
        err.println("Scorer: error: " + message);
        System.exit(2);
    }

    /**
     * Scores every {@code *.gold.json} of {@code goldDir} against the {@code .pred.json} of the same name in
     * {@code predDir}.
     *
     * @throws IllegalArgumentException when {@code goldDir} holds no {@code *.gold.json} file
     */
    public static Result score(Path goldDir, Path predDir) {
        List<Path> goldFiles = goldFiles(goldDir);
        if (goldFiles.isEmpty()) {
            throw new IllegalArgumentException("no *.gold.json files in " + goldDir);
        }
        Tally t = new Tally();
        List<String> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path gf : goldFiles) {
            String name = gf.getFileName().toString();
            String aid = name.substring(0, name.length() - ".gold.json".length());
            Path pf = predDir.resolve(aid + ".pred.json");
            boolean exists = Files.exists(pf);
            if (!exists) {
                missing.add(aid);
            }
            Map<String, @Nullable Object> gold = load(gf, warnings);
            scoreArticle(t, gold, exists ? load(pf, warnings) : Map.of());
        }
        Map<String, Counts> groups = new LinkedHashMap<>();
        Counts overall = new Counts(0, 0, 0);
        for (String g : GROUPS) {
            groups.put(g, t.counts.get(g));
            overall = overall.plus(t.counts.get(g));
        }
        return new Result(goldFiles.size(), missing, groups, overall, t.inventedYears, overall.tp(),
                overall.tp() + overall.fp() + t.extra, warnings);
    }

    private static List<Path> goldFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (p.getFileName().toString().endsWith(".gold.json")) {
                    files.add(p);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            return List.of();
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString().codePoints().toArray(), Arrays::compare));
        return files;
    }

    private static Map<String, @Nullable Object> load(Path path, List<String> warnings) {
        try {
            return asDict(Json.parse(Files.readString(path, StandardCharsets.UTF_8)));
        } catch (IOException | Json.JsonException e) {
            warnings.add("warning: cannot read " + path + ": " + (e instanceof Json.JsonException ? e.getMessage() : e)
                    + "; counted as empty");
            return Map.of();
        }
    }

    private static void scoreArticle(Tally t, Map<String, @Nullable Object> gold, Map<String, @Nullable Object> pred) {
        t.single("kind", val(gold.get("kind")), val(pred.get("kind")), Scorer::sameText);

        Set<String> gd = eventDates(gold);
        Set<String> pd = eventDates(pred);
        t.sets("event_dates", gd, pd);
        for (String d : pd) {
            if (!gd.contains(d) && ISO_DATE.matcher(d).matches()
                    && gd.contains("XXXX" + d.substring(d.offsetByCodePoints(0, 4)))) {
                t.inventedYears++;
            }
        }

        for (String f : List.of("delegation_from", "host")) {
            t.single(f, val(gold.get(f)), val(pred.get(f)), (a, b) -> similar(a, b, 0.6));
        }

        Map<String, @Nullable Object> gh = asDict(gold.get("head"));
        Map<String, @Nullable Object> ph = asDict(pred.get("head"));
        t.single("head", val(gh.get("name")), val(ph.get("name")), Scorer::sameText);
        t.single("head_title", val(gh.get("title")), val(ph.get("title")), Scorer::titleMatch);

        t.sets("deputy_heads", byName(gold.get("deputy_heads")).keySet(), byName(pred.get("deputy_heads")).keySet());

        t.single("member_count", count(gold.get("member_count")), count(pred.get("member_count")), Object::equals);

        Map<String, Map<String, @Nullable Object>> gp = byName(gold.get("people"));
        Map<String, Map<String, @Nullable Object>> pp = byName(pred.get("people"));
        t.sets("people_names", gp.keySet(), pp.keySet());
        pp.forEach((n, p) -> {
            Map<String, @Nullable Object> g = gp.get(n);
            if (g != null) {
                t.single("people_titles", val(g.get("title")), val(p.get("title")), Scorer::titleMatch);
            } else {
                t.extra += present(p.get("title"));
            }
        });

        Map<String, Map<String, @Nullable Object>> gdoc = byNumber(asList(gold.get("documents")));
        List<Map<String, @Nullable Object>> pdocs = asList(pred.get("documents")).stream().map(Scorer::asDict).toList();
        Map<String, Map<String, @Nullable Object>> pdoc = byNumber(pdocs);
        t.sets("documents", gdoc.keySet(), pdoc.keySet());
        t.add("documents", 0, (int) pdocs.stream().filter(d -> normDocnum(d.get("number")).isEmpty()).count(), 0);
        pdoc.forEach((k, d) -> {
            Map<String, @Nullable Object> g = gdoc.get(k);
            if (g != null) {
                t.single("documents_type", val(g.get("type")), val(d.get("type")), Scorer::sameText);
                t.single("documents_date", val(g.get("date")), val(d.get("date")),
                        (a, b) -> strip(str(a)).equals(strip(str(b))));
            } else {
                t.extra += present(d.get("type")) + present(d.get("date"));
            }
        });

        for (String f : List.of("sites_visited", "topics")) {
            t.greedy(f, strings(gold, f), strings(pred, f));
        }
        t.greedy("follow_up_tasks", tasks(gold), tasks(pred));

        t.sets("indices_mentioned", normSet(strings(gold, "indices_mentioned")),
                normSet(strings(pred, "indices_mentioned")));
    }

    /** The per-group counts of all articles, and what is scored in no group. */
    private static final class Tally {
        final Map<String, Counts> counts = new LinkedHashMap<>();
        int extra;
        int inventedYears;

        Tally() {
            GROUPS.forEach(g -> counts.put(g, new Counts(0, 0, 0)));
        }

        void add(String group, int tp, int fp, int fn) {
            counts.merge(group, new Counts(tp, fp, fn), Counts::plus);
        }

        void single(String group, @Nullable Object gold, @Nullable Object pred, BiPredicate<Object, Object> match) {
            if (gold != null && pred != null && match.test(gold, pred)) {
                add(group, 1, 0, 0);
            } else {
                add(group, 0, pred != null ? 1 : 0, gold != null ? 1 : 0);
            }
        }

        void sets(String group, Set<String> gold, Set<String> pred) {
            Set<String> both = new HashSet<>(gold);
            both.retainAll(pred);
            add(group, both.size(), pred.size() - both.size(), gold.size() - both.size());
        }

        /** One-to-one matching, best pairs first (ties in gold, then prediction order), Jaccard at least 0.5. */
        void greedy(String group, List<?> gold, List<?> pred) {
            record Pair(double score, int i, int j) {
            }
            List<Set<String>> gt = gold.stream().map(Scorer::tokens).toList();
            List<Set<String>> pt = pred.stream().map(Scorer::tokens).toList();
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < gt.size(); i++) {
                for (int j = 0; j < pt.size(); j++) {
                    pairs.add(new Pair(jaccard(gt.get(i), pt.get(j)), i, j));
                }
            }
            pairs.sort((a, b) -> Double.compare(b.score(), a.score()));
            Set<Integer> usedGold = new HashSet<>();
            Set<Integer> usedPred = new HashSet<>();
            for (Pair p : pairs) {
                if (p.score() < 0.5) {
                    break;
                }
                if (!usedGold.contains(p.i()) && !usedPred.contains(p.j())) {
                    usedGold.add(p.i());
                    usedPred.add(p.j());
                }
            }
            add(group, usedGold.size(), pred.size() - usedGold.size(), gold.size() - usedGold.size());
        }
    }

    private static Set<String> eventDates(Map<String, @Nullable Object> art) {
        return strings(art, "event_dates").stream().map(d -> strip(str(d)).toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** Normalised name → first record of that name; nameless records are left out. */
    private static Map<String, Map<String, @Nullable Object>> byName(@Nullable Object people) {
        Map<String, Map<String, @Nullable Object>> out = new LinkedHashMap<>();
        for (Object p : asList(people)) {
            Map<String, @Nullable Object> record = asDict(p);
            out.putIfAbsent(norm(record.get("name")), record);
        }
        out.remove("");
        return out;
    }

    /** Normalised number → last document of that number; numberless documents are left out. */
    private static Map<String, Map<String, @Nullable Object>> byNumber(List<?> documents) {
        Map<String, Map<String, @Nullable Object>> out = new LinkedHashMap<>();
        for (Object d : documents) {
            Map<String, @Nullable Object> document = asDict(d);
            out.put(normDocnum(document.get("number")), document);
        }
        out.remove("");
        return out;
    }

    private static List<String> tasks(Map<String, @Nullable Object> art) {
        return asList(art.get("follow_up_tasks")).stream().map(Scorer::asDict)
                .map(x -> orEmpty(x.get("assignee")) + " " + orEmpty(x.get("task"))).filter(s -> val(s) != null)
                .toList();
    }

    private static Set<String> normSet(List<?> values) {
        return values.stream().map(Scorer::norm).collect(Collectors.toCollection(HashSet::new));
    }

    private static @Nullable Object count(@Nullable Object x) {
        return x instanceof Long || x instanceof BigInteger ? x : null;
    }

    private static int present(@Nullable Object x) {
        return val(x) != null ? 1 : 0;
    }

    private static boolean sameText(Object a, Object b) {
        return norm(a).equals(norm(b));
    }

    private static boolean titleMatch(Object a, Object b) {
        return similar(a, b, 0.5);
    }

    /** One normalised string contains the other on word boundaries, or their token Jaccard reaches {@code thr}. */
    static boolean similar(Object a, Object b, double thr) {
        String na = norm(a);
        String nb = norm(b);
        return !na.isEmpty() && !nb.isEmpty() && ((" " + nb + " ").contains(" " + na + " ")
                || (" " + na + " ").contains(" " + nb + " ") || jaccard(tokens(a), tokens(b)) >= thr);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) (a.size() + b.size() - union.size()) / union.size();
    }

    private static Set<String> tokens(@Nullable Object x) {
        return new LinkedHashSet<>(words(norm(x)));
    }

    // --- Normalisation ---

    /** NFC, lower case, đ → d, combining marks removed, NFC again. */
    static String fold(@Nullable Object x) {
        String s = Normalizer.normalize(str(x), Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace("đ", "d");
        StringBuilder b = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFD).codePoints().filter(c -> !combining(c))
                .forEach(b::appendCodePoint);
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    /** The folded words (runs of letters and digits) joined by single spaces; "" for null. */
    static String norm(@Nullable Object x) {
        if (x == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        boolean gap = false;
        for (int c : fold(x).codePoints().toArray()) {
            if (word(c)) {
                b.append(gap && !b.isEmpty() ? " " : "").appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    /** Folded, upper case, dashes unified to '-', all but letters, digits, '/' and '-' removed; "" for null. */
    static String normDocnum(@Nullable Object x) {
        if (x == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        fold(x).toUpperCase(Locale.ROOT).codePoints().map(c -> c >= 0x2010 && c <= 0x2015 || c == 0x2212 ? '-' : c)
                .filter(c -> word(c) || c == '/' || c == '-').forEach(b::appendCodePoint);
        return b.toString();
    }

    /** {@code x}, or null when it is null or normalises to nothing (blank, punctuation only). */
    static @Nullable Object val(@Nullable Object x) {
        return x != null && !norm(x).isEmpty() ? x : null;
    }

    private static List<String> words(String normalised) {
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }

    /** Python's {@code \w} without the underscore: a letter or a number of any script. */
    private static boolean word(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * Python's {@code unicodedata.combining(c) != 0}: a mark of a nonzero canonical combining class, which Java does
     * not expose; such a mark is reordered by NFD when it follows a mark of a higher class or precedes one of a lower.
     */
    private static boolean combining(int c) {
        int type = Character.getType(c);
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
            return false;
        }
        return COMBINING.computeIfAbsent(c, k -> {
            String mark = Character.toString(k);
            return !Normalizer.normalize(mark + "\u0334", Normalizer.Form.NFD).endsWith("\u0334")
                    || !Normalizer.normalize("\u0301" + mark, Normalizer.Form.NFD).startsWith("\u0301");
        });
    }

    // --- Python's view of JSON values ---

    private static List<?> asList(@Nullable Object x) {
        return x instanceof List<?> list ? list : x == null ? List.of() : List.of(x);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable Object> asDict(@Nullable Object x) {
        return x instanceof Map<?, ?> map ? (Map<String, @Nullable Object>) map : Map.of();
    }

    /** The items of a field (a list, or one value) that are present and true in Python's sense. */
    private static List<?> strings(Map<String, @Nullable Object> art, String field) {
        return asList(art.get(field)).stream().filter(x -> val(x) != null && truthy(x)).toList();
    }

    private static String orEmpty(@Nullable Object x) {
        return truthy(x) ? str(x) : "";
    }

    private static boolean truthy(@Nullable Object x) {
        return switch (x) {
            case null -> false;
            case Boolean b -> b;
            case Long n -> n != 0;
            case BigInteger n -> n.signum() != 0;
            case Double d -> d != 0.0;
            case String s -> !s.isEmpty();
            case List<?> l -> !l.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            default -> true;
        };
    }

    /** Python's {@code str} of a JSON value. */
    static String str(@Nullable Object x) {
        return switch (x) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case Double d -> pyFloat(d);
            case String s -> s;
            case List<?> l -> l.stream().map(Scorer::repr).collect(Collectors.joining(", ", "[", "]"));
            case Map<?, ?> m -> m.entrySet().stream().map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            default -> x.toString();
        };
    }

    /** Python's {@code repr}: strings quoted and escaped, everything else as {@link #str}. */
    private static String repr(@Nullable Object x) {
        if (!(x instanceof String s)) {
            return str(x);
        }
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c == quote || c == '\\') {
                        b.append('\\').append((char) c);
                    } else if (c < 0x20 || c == 0x7f) {
                        b.append("\\x%02x".formatted(c));
                    } else if (c < 0x7f || printable(c)) {
                        b.appendCodePoint(c);
                    } else {
                        b.append((c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x").formatted(c));
                    }
                }
            }
        });
        return b.append(quote).toString();
    }

    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Python's {@code repr} of a float: the shortest round-tripping digits, exponent outside 1e-4 ≤ |x| < 1e16. */
    static String pyFloat(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal v = shortest(Math.abs(d));
        String digits = v.unscaledValue().toString();
        int point = digits.length() - v.scale();
        String body;
        if (point > -4 && point <= 16) {
            body = point <= 0 ? "0." + "0".repeat(-point) + digits
                    : point >= digits.length() ? digits + "0".repeat(point - digits.length()) + ".0"
                    : digits.substring(0, point) + "." + digits.substring(point);
        } else {
            int exp = point - 1;
            body = digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "") + (exp < 0 ? "e-" : "e+")
                    + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return d < 0 ? "-" + body : body;
    }

    /** Java gives two digits where one would do if they are closer; Python takes the closest single digit then. */
    private static BigDecimal shortest(double d) {
        BigDecimal v = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        if (v.precision() == 2) {
            BigDecimal exact = new BigDecimal(d);
            BigDecimal best = null;
            for (RoundingMode mode : List.of(RoundingMode.FLOOR, RoundingMode.CEILING)) {
                BigDecimal c = v.round(new MathContext(1, mode));
                if (Double.parseDouble(c.toString()) == d
                        && (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = c;
                }
            }
            v = best == null ? v : best.stripTrailingZeros();
        }
        return v;
    }

    /** Python's {@code str.strip()}. */
    private static String strip(String s) {
        int[] c = s.codePoints().toArray();
        int from = 0;
        int to = c.length;
        while (from < to && space(c[from])) {
            from++;
        }
        while (to > from && space(c[to - 1])) {
            to--;
        }
        return new String(c, from, to - from);
    }

    /** Python's {@code str.isspace()} of one character. */
    private static boolean space(int c) {
        return c >= 0x09 && c <= 0x0d || c >= 0x1c && c <= 0x20 || c == 0x85 || c == 0xa0 || c == 0x1680
                || c >= 0x2000 && c <= 0x200a || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }

    // --- Output ---

    private static @Nullable Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    /** Python's {@code f"{x:.3f}"} (exact value, half to even), or "-" for null. */
    private static String fixed(@Nullable Double x) {
        return x == null ? "-" : new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code json.dumps(value, ensure_ascii=False, indent=2)} of maps, lists, strings and numbers. */
    private static void write(StringBuilder b, @Nullable Object value, String indent) {
        String inner = indent + "  ";
        switch (value) {
            case null -> b.append("null");
            case Map<?, ?> m when !m.isEmpty() -> {
                String sep = "{\n";
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    b.append(sep).append(inner);
                    write(b, e.getKey(), inner);
                    b.append(": ");
                    write(b, e.getValue(), inner);
                    sep = ",\n";
                }
                b.append('\n').append(indent).append('}');
            }
            case Map<?, ?> m -> b.append("{}");
            case List<?> l when !l.isEmpty() -> {
                String sep = "[\n";
                for (Object item : l) {
                    b.append(sep).append(inner);
                    write(b, item, inner);
                    sep = ",\n";
                }
                b.append('\n').append(indent).append(']');
            }
            case List<?> l -> b.append("[]");
            case String s -> {
                b.append('"');
                s.chars().forEach(c -> b.append(switch (c) {
                    case '"' -> "\\\"";
                    case '\\' -> "\\\\";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    default -> c < 0x20 ? "\\u%04x".formatted(c) : String.valueOf((char) c);
                }));
                b.append('"');
            }
            case Double d -> b.append(pyFloat(d));
            default -> b.append(value);
        }
    }
}
