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
import vn.traodoi.text.extract.DateMention;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.text.extract.Fact;

/**
 * Extracts every {@code .txt} article of a folder: a progress bar on standard error, and on standard output either a
 * summary line per article or, with {@code --json}, one JSON object per article (JSON Lines) with every fact and its
 * span; with {@code --gold-json <folder>}, one {@code NNN.pred.json} per {@code NNN.txt} in the schema of the
 * evaluation's gold annotations ({@link GoldJson}). With {@code --post <traodoi address> --token <personal API token>} each article is also imported into
 * traodoi (POST /api/v1/imports), where its draft is confirmed on the import page; an article imported before is
 * found, not duplicated. A file that is not UTF-8 is reported and skipped; the others go on.
 *
 * <pre>
 * java -cp text/target/classes vn.traodoi.text.cli.BulkExtract archive/ --json > facts.jsonl
 * java -cp text/target/classes vn.traodoi.text.cli.BulkExtract archive/ --gold-json predictions/   # NNN.pred.json
 * java -cp text/target/classes vn.traodoi.text.cli.BulkExtract archive/ --post http://localhost:8080 --token td_…
 * </pre>
 */
public final class BulkExtract {

    private BulkExtract() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("Cách dùng / usage: BulkExtract <thư mục/folder> [--json | --gold-json <thư mục ra/out>]"
                    + " [--post <địa chỉ traodoi> --token <mã>]");
            System.exit(2);
        }
        List<String> options = List.of(args);
        boolean json = options.contains("--json");
        String post = option(options, "--post");
        String token = option(options, "--token");
        String goldJson = option(options, "--gold-json");
        Path goldOut = goldJson == null ? null : Files.createDirectories(Path.of(goldJson));
        if (post != null && token == null) {
            System.err.println("--post cần --token (mã truy cập cá nhân) / --post needs --token");
            System.exit(2);
        }
        java.net.http.HttpClient http = post == null ? null : java.net.http.HttpClient.newHttpClient();
        int imported = 0;
        int existing = 0;
        Path folder = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        LocalDate today = LocalDate.now();
        int done = 0;
        int failed = 0;
        for (Path file : files) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString();
                ExtractedRecord r = ArticleExtractor.standard().extract(text, today);
                if (goldOut != null) {
                    String stem = file.getFileName().toString().replaceFirst("\\.txt$", "");
                    Files.writeString(goldOut.resolve(stem + ".pred.json"), GoldJson.of(r), StandardCharsets.UTF_8);
                } else {
                    out.println(json ? toJson(folder.relativize(file).toString(), r)
                            : summary(folder.relativize(file).toString(), r));
                }
                if (http != null) {
                    java.net.http.HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create(post.replaceAll("/+$", "") + "/api/v1/imports"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":" + q(text)
                                    + ",\"sourceName\":" + q(file.getFileName().toString()) + "}", StandardCharsets.UTF_8))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (answer.statusCode() == 201) {
                        imported++;
                    } else if (answer.statusCode() == 200) {
                        existing++;
                    } else {
                        failed++;
                        System.err.printf("%n%s: traodoi trả lời / answered %d%n", file, answer.statusCode());
                    }
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                failed++;
                System.err.printf("%n%s: không phải UTF-8 / not UTF-8, bỏ qua / skipped%n", file);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            done++;
            progress(done, files.size());
        }
        out.flush();
        System.err.printf("%n%d bài / articles, %d lỗi / failed%n", done, failed);
        if (http != null) {
            System.err.printf("%d đã nhập / imported, %d đã có từ trước / already imported%n", imported, existing);
        }
    }

    private static @org.jspecify.annotations.Nullable String option(List<String> options, String name) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : null;
    }

    private static void progress(int done, int total) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        System.err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
    }

    private static String summary(String name, ExtractedRecord r) {
        return "%s\t%s\t%s\tngày=%d văn bản=%d người=%d cơ quan=%d nhiệm vụ=%d".formatted(name, r.eventKind().value(),
                r.headline() == null ? "-" : r.headline(), r.dates().size(), r.documents().size(), r.people().size(),
                r.organizations().size(), r.tasks().size());
    }

    static String toJson(String name, ExtractedRecord r) {
        StringBuilder b = new StringBuilder("{\"file\":").append(q(name)).append(",\"headline\":")
                .append(r.headline() == null ? "null" : q(r.headline())).append(",\"publishedOn\":")
                .append(r.publishedOn() == null ? "null" : q(r.publishedOn().toString())).append(",\"event\":")
                .append(q(r.eventKind().value().name()));
        facts(b, "dates", r.dates(), f -> q(f.value().key()) + ",\"yearInferred\":" + inferred(f.value()));
        facts(b, "documents", r.documents(), f -> q(f.value().type() + " " + f.value().symbol()) + ",\"issuedOn\":"
                + (f.value().issuedOn() == null ? "null" : q(f.value().issuedOn().toString())));
        facts(b, "people", r.people(), f -> q(f.value().name()) + ",\"titles\":"
                + f.value().titles().stream().map(BulkExtract::q).toList());
        facts(b, "organizations", r.organizations(), f -> q(f.value()));
        facts(b, "memberCounts", r.memberCounts(), f -> String.valueOf(f.value()));
        facts(b, "sites", r.sites(), f -> q(f.value()));
        facts(b, "topics", r.topics(), f -> q(f.value()));
        facts(b, "tasks", r.tasks(), f -> q(f.value().assignee()) + ",\"task\":" + q(f.value().task()) + ",\"deadline\":"
                + (f.value().deadline() == null ? "null" : q(f.value().deadline().key())));
        facts(b, "indices", r.indices(), f -> q(f.value()));
        return b.append('}').toString();
    }

    private static boolean inferred(DateMention d) {
        return d instanceof DateMention.Days days ? days.yearInferred()
                : d instanceof DateMention.Month month && month.yearInferred();
    }

    private static <T> void facts(StringBuilder b, String field, List<Fact<T>> facts,
            java.util.function.Function<Fact<T>, String> value) {
        b.append(",\"").append(field).append("\":[");
        for (int i = 0; i < facts.size(); i++) {
            Fact<T> f = facts.get(i);
            b.append(i == 0 ? "" : ",").append("{\"value\":").append(value.apply(f)).append(",\"span\":[")
                    .append(f.span().start()).append(',').append(f.span().end()).append("],\"confidence\":")
                    .append(f.confidence()).append('}');
        }
        b.append(']');
    }

    /** A JSON string literal. */
    static String q(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
