package vn.traodoi.text.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import vn.traodoi.text.extract.ArticleExtractor;
import vn.traodoi.text.extract.Evaluation;

/**
 * Articles per second on one thread: the whole extraction of the five seed articles, beside a baseline that makes a
 * single pass of one regex over the same text (the cheapest thing any extractor must do). Run with
 * {@code bench/run-jmh.sh}; results are per article (each invocation handles the five seeds).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    private static final Pattern ONE_REGEX = Pattern.compile("(?U)\\d{1,2}/\\d{1,2}/\\d{4}");

    private List<String> articles;

    @Setup
    public void load() {
        articles = Evaluation.SEEDS.stream().map(Evaluation::seed).toList();
    }

    @Benchmark
    @OperationsPerInvocation(5)
    public void extract(Blackhole sink) {
        for (String article : articles) {
            sink.consume(ArticleExtractor.standard().extract(article, Evaluation.IMPORT_DATE));
        }
    }

    @Benchmark
    @OperationsPerInvocation(5)
    public void baselineSingleRegexPass(Blackhole sink) {
        for (String article : articles) {
            Matcher m = ONE_REGEX.matcher(article);
            int found = 0;
            while (m.find()) {
                found++;
            }
            sink.consume(found);
        }
    }
}
