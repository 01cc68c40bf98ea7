package vn.traodoi.text.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.traodoi.text.VietnameseText;

/**
 * Precision, recall and F1 per field group of the extraction over the five seed articles shipped in {@code seeds/},
 * against the gold annotations written by hand in {@code gold/*.tsv} (one fact a line: field, tab, value).
 * The import date is long after the articles, so every year found comes from the articles themselves.
 */
public final class Evaluation {

    public static final LocalDate IMPORT_DATE = LocalDate.of(2026, 11, 23);
    public static final List<String> SEEDS = List.of("000_d97ff10424486e59", "001_69676b97deb71c3b",
            "002_73f22c029abd28d7", "003_83de6a7a31d5f2b9", "004_25f258adf0f91798");
    public static final List<String> GROUPS = List.of("event", "dates", "documents", "people", "titles", "organizations",
            "counts", "sites", "topics", "tasks", "indices");
    private static final Set<String> VERBATIM = Set.of("event", "dates", "indices", "counts");

    private Evaluation() {
    }

    /** Counts of one field group: true positives, predicted facts, gold facts. */
    public record Score(int truePositives, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
        }
    }

    /** The facts of a record as comparable keys per group (folded text, ISO dates). */
    public static Map<String, Set<String>> predicted(ExtractedRecord r) {
        Map<String, Set<String>> out = empty();
        if (r.eventKind().value() != EventKind.UNKNOWN) {
            out.get("event").add(r.eventKind().value().name());
        }
        r.dates().forEach(f -> out.get("dates").add(f.value().key()));
        r.documents().forEach(f -> out.get("documents").add(key(f.value().key())));
        r.people().forEach(f -> {
            out.get("people").add(key(f.value().name()));
            f.value().titles().forEach(t -> out.get("titles").add(key(f.value().name() + "|" + t)));
        });
        r.organizations().forEach(f -> out.get("organizations").add(key(f.value())));
        r.memberCounts().forEach(f -> out.get("counts").add(String.valueOf(f.value())));
        r.sites().forEach(f -> out.get("sites").add(key(f.value())));
        r.topics().forEach(f -> out.get("topics").add(key(f.value())));
        r.tasks().forEach(f -> out.get("tasks").add(key(f.value().assignee() + "|"
                + (f.value().deadline() == null ? "-" : f.value().deadline().key()))));
        r.indices().forEach(f -> out.get("indices").add(f.value()));
        return out;
    }

    public static Map<String, Set<String>> gold(String seed) {
        Map<String, Set<String>> out = empty();
        for (String line : resource("gold/" + seed.substring(0, 3) + ".tsv").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            Objects.requireNonNull(out.get(parts[0]), "unknown field group " + parts[0])
                    .add(VERBATIM.contains(parts[0]) ? parts[1] : key(parts[1]));
        }
        return out;
    }

    public static Map<String, Score> evaluate() {
        Map<String, Score> scores = new LinkedHashMap<>();
        GROUPS.forEach(g -> scores.put(g, new Score(0, 0, 0)));
        for (String seed : SEEDS) {
            Map<String, Set<String>> predicted = predicted(ArticleExtractor.standard().extract(seed(seed), IMPORT_DATE));
            Map<String, Set<String>> gold = gold(seed);
            for (String group : GROUPS) {
                Set<String> hit = new HashSet<>(predicted.get(group));
                hit.retainAll(gold.get(group));
                scores.put(group, scores.get(group).plus(new Score(hit.size(), predicted.get(group).size(),
                        gold.get(group).size())));
            }
        }
        return scores;
    }

    /** The table the evaluation command prints. */
    public static String table(Map<String, Score> scores) {
        StringBuilder out = new StringBuilder(String.format("%-14s %9s %9s %9s %6s %6s %6s%n", "field group", "precision",
                "recall", "F1", "hits", "found", "gold"));
        scores.forEach((group, s) -> out.append(String.format(java.util.Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %6d %6d %6d%n",
                group, s.precision(), s.recall(), s.f1(), s.truePositives(), s.predicted(), s.gold())));
        return out.toString();
    }

    public static String seed(String name) {
        return resource("seeds/" + name + ".txt");
    }

    static String key(String value) {
        return VietnameseText.fold(value).replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Set<String>> empty() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        GROUPS.forEach(g -> out.put(g, new HashSet<>()));
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(Evaluation.class.getClassLoader().getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
