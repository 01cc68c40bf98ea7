package vn.traodoi.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.traodoi.text.VietnameseText;

/**
 * Precision, recall and F1 per field group over the five seed articles, against gold annotations written by hand
 * ({@code src/test/resources/gold/*.tsv}). The import date is a day long after the articles: every year the
 * extraction gives comes from the articles themselves.
 */
public class SeedGoldTests {

    static final LocalDate IMPORT_DATE = LocalDate.of(2026, 11, 23);
    public static final List<String> SEEDS = List.of("000_d97ff10424486e59", "001_69676b97deb71c3b", "002_73f22c029abd28d7",
            "003_83de6a7a31d5f2b9", "004_25f258adf0f91798");
    static final List<String> GROUPS = List.of("event", "dates", "documents", "people", "titles", "organizations",
            "counts", "sites", "topics", "tasks", "indices");

    /** Counts of one group: true positives, predicted, gold. */
    public record Score(int truePositives, int predicted, int gold) {
        double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
        }
    }

    public static Map<String, Set<String>> predicted(ExtractedRecord r) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        GROUPS.forEach(g -> out.put(g, new HashSet<>()));
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

    public static Map<String, Set<String>> gold(String seed) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        GROUPS.forEach(g -> out.put(g, new HashSet<>()));
        for (String line : resource("gold/" + seed.substring(0, 3) + ".tsv").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            String group = parts[0];
            String value = group.equals("event") || group.equals("dates") || group.equals("indices") || group.equals("counts")
                    ? parts[1] : key(parts[1]);
            Objects.requireNonNull(out.get(group), "unknown group " + group).add(value);
        }
        return out;
    }

    static String key(String value) {
        return VietnameseText.fold(value).replaceAll("\\s+", " ").strip();
    }

    public static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(SeedGoldTests.class.getClassLoader().getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static Map<String, Score> evaluate() throws IOException {
        Map<String, Score> scores = new LinkedHashMap<>();
        GROUPS.forEach(g -> scores.put(g, new Score(0, 0, 0)));
        for (String seed : SEEDS) {
            ExtractedRecord record = ArticleExtractor.standard().extract(resource("seeds/" + seed + ".txt"), IMPORT_DATE);
            Map<String, Set<String>> predicted = predicted(record);
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

    @Test
    void findsTheHeadlineAndPublicationDateButNotThePortalsOwnWords() throws IOException {
        ExtractedRecord seed000 = ArticleExtractor.standard().extract(resource("seeds/" + SEEDS.get(0) + ".txt"), IMPORT_DATE);
        assertThat(seed000.headline()).isEqualTo(
                "Ủy ban nhân dân Thành phố Hồ Chí Minh tiếp Đoàn khảo sát của Ủy ban nhân dân thành phố Hà Nội");
        assertThat(seed000.publishedOn()).isNull();
        ExtractedRecord seed003 = ArticleExtractor.standard().extract(resource("seeds/" + SEEDS.get(3) + ".txt"), IMPORT_DATE);
        assertThat(seed003.headline()).as("the article starts with its first sentence").isNull();
        assertThat(seed003.publishedOn()).isEqualTo(LocalDate.of(2023, 8, 2));
    }

    @Test
    void everyFieldGroupReachesF1OfAtLeast095OnTheSeeds() throws IOException {
        Map<String, Score> scores = evaluate();
        List<String> below = new ArrayList<>();
        scores.forEach((group, s) -> {
            if (s.f1() < 0.95) {
                below.add("%s P=%.2f R=%.2f F1=%.2f (%d/%d/%d)".formatted(group, s.precision(), s.recall(), s.f1(),
                        s.truePositives(), s.predicted(), s.gold()));
            }
        });
        assertThat(below).as("field groups below F1 0.95").isEmpty();
        assertThat(scores.values().stream().mapToInt(Score::gold).sum()).as("gold facts").isGreaterThan(100);
    }
}
