package vn.traodoi.text.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import vn.traodoi.text.extract.ArticleExtractor;

/**
 * The evaluation of the import on a folder of articles with gold annotations: every {@code NNN.txt} of the texts
 * folder is extracted as the import does it and written as {@code NNN.pred.json} (the schema of {@link GoldJson}),
 * then scored against {@code NNN.gold.json} with the dev set's rules ({@link Scorer}); the table is printed.
 *
 * <pre>
 * java -cp text/target/classes vn.traodoi.text.cli.Evaluate &lt;texts&gt; &lt;gold&gt; [--out &lt;predictions&gt;] [--json]
 * </pre>
 */
public final class Evaluate {

    private Evaluate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args[0].startsWith("-") || args[1].startsWith("-")) {
            System.err.println("Cách dùng / usage: Evaluate <thư mục bài/texts> <thư mục gold> [--out <thư mục/folder>] [--json]");
            System.exit(2);
        }
        List<String> options = List.of(args);
        int at = options.indexOf("--out");
        Path out = at >= 0 && at + 1 < args.length ? Path.of(args[at + 1]) : Files.createTempDirectory("traodoi-eval");
        Files.createDirectories(out);
        Path texts = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> list = Files.list(texts)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        LocalDate today = LocalDate.now();
        for (Path file : files) {
            String stem = file.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(stem + ".pred.json"), GoldJson.of(ArticleExtractor.standard().extract(text, today)),
                    StandardCharsets.UTF_8);
        }
        Scorer.Result result = Scorer.score(Path.of(args[1]), out);
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String shown = options.contains("--json") ? result.json() : result.table();
        stdout.print(shown.endsWith("\n") ? shown : shown + "\n");
        System.err.printf("%d bài / articles; dự đoán / predictions: %s%n", files.size(), out);
    }
}
