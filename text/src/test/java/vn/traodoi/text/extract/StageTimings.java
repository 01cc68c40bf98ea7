package vn.traodoi.text.extract;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rough time per stage on the seeds (a development aid, run by hand: not a test, not a benchmark). */
final class StageTimings {

    private StageTimings() {
    }

    public static void main(String[] args) {
        List<String> texts = Evaluation.SEEDS.stream().map(Evaluation::seed).map(ArticleExtractor::normalize).toList();
        Gazetteer g = Gazetteer.standard();
        DateExtractor d = new DateExtractor();
        DocumentExtractor doc = new DocumentExtractor();
        PersonExtractor p = new PersonExtractor(g);
        OrganizationExtractor o = new OrganizationExtractor(g);
        TaskExtractor t = new TaskExtractor();
        Map<String, Runnable> steps = new LinkedHashMap<>();
        steps.put("normalize", () -> texts.forEach(ArticleExtractor::normalize));
        steps.put("dates", () -> texts.forEach(x -> d.extract(x, LocalDate.of(2024, 1, 1))));
        steps.put("documents", () -> texts.forEach(doc::extract));
        steps.put("people", () -> texts.forEach(p::extract));
        steps.put("organizations", () -> texts.forEach(o::extract));
        steps.put("tasks", () -> texts.forEach(t::extract));
        steps.put("counts", () -> texts.forEach(SimpleExtractors::memberCounts));
        steps.put("topics", () -> texts.forEach(SimpleExtractors::numberedTopics));
        steps.put("sites", () -> texts.forEach(SimpleExtractors::sites));
        steps.put("indices", () -> texts.forEach(SimpleExtractors::indices));
        steps.put("event", () -> texts.forEach(SimpleExtractors::eventKind));
        steps.put("dateline", () -> texts.forEach(Dateline::find));
        steps.put("roles", () -> texts.forEach(x -> Roles.read(x, null, g)));
        steps.put("phrase topics", () -> texts.forEach(x -> Phrases.topics(x, null)));
        steps.put("phrase sites", () -> texts.forEach(Phrases::sites));
        steps.put("leaders", () -> texts.forEach(x -> Leaders.read(x, p.extract(x))));
        steps.put("all", () -> texts.forEach(x -> ArticleExtractor.standard().extract(x, LocalDate.of(2024, 1, 1))));
        for (int round = 0; round < 2; round++) {
            for (var e : steps.entrySet()) {
                long s = System.nanoTime();
                for (int i = 0; i < 300; i++) {
                    e.getValue().run();
                }
                if (round == 1) {
                    System.out.printf("%-14s %7.1f µs/article%n", e.getKey(), (System.nanoTime() - s) / 1000.0 / 300 / 5);
                }
            }
        }
    }
}
