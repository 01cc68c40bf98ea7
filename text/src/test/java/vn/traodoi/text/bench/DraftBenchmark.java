package vn.traodoi.text.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import vn.traodoi.text.VietnameseText;
import vn.traodoi.text.draft.DraftSections;
import vn.traodoi.text.draft.Paragraph;
import vn.traodoi.text.draft.WordDiff;

/**
 * Drafts per second on one thread: splitting a draft law of 40 chapters, 400 articles and 1,200 clauses (about 2,000
 * paragraphs) into sections, beside normalizing the same paragraphs (the least any reader does); and the word diff of
 * one changed article. Run with {@code bench/run-jmh.sh DraftBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DraftBenchmark {

    private List<Paragraph> draft;
    private String article;
    private String revised;

    @Setup
    public void build() {
        draft = new ArrayList<>();
        int n = 0;
        for (int c = 1; c <= 40; c++) {
            draft.add(Paragraph.of("Chương " + c));
            draft.add(Paragraph.of("QUY ĐỊNH VỀ NỘI DUNG THỨ " + c));
            for (int a = 0; a < 10; a++) {
                draft.add(Paragraph.of("Điều " + (++n) + ". Tổ chức chính quyền đô thị tại quận, phường"));
                for (int k = 1; k <= 3; k++) {
                    draft.add(Paragraph.of(k + ". Ủy ban nhân dân phường là cơ quan hành chính nhà nước ở cơ sở, thực hiện"
                            + " nhiệm vụ, quyền hạn theo quy định của pháp luật và phân cấp, ủy quyền của cấp trên."));
                }
            }
        }
        article = "Ủy ban nhân dân phường là cơ quan hành chính nhà nước ở cơ sở, thực hiện nhiệm vụ, quyền hạn theo "
                + "quy định của pháp luật. ".repeat(8);
        revised = article.replace("cơ quan hành chính", "cơ quan hành chính, hoạt động theo chế độ thủ trưởng,");
    }

    @Benchmark
    public void splitIntoSections(Blackhole sink) {
        sink.consume(DraftSections.split(draft));
    }

    @Benchmark
    public void baselineNormalizeParagraphs(Blackhole sink) {
        for (Paragraph p : draft) {
            sink.consume(VietnameseText.normalize(p.text()));
        }
    }

    @Benchmark
    public void diffOneArticle(Blackhole sink) {
        sink.consume(WordDiff.diff(article, revised));
    }
}
