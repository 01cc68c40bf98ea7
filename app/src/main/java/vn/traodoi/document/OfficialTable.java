package vn.traodoi.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;

/**
 * A table published as a document (the synthesis of comments on a draft) as a PDF: A4 landscape, the issuer and the
 * national heading of Decree 30/2020, the title and its lines, the table with its header repeated on every page and
 * the cells of one column written once where consecutive rows say the same (a section of the draft), page numbers from
 * page 2, Liberation Serif embedded.
 *
 * @param spanColumn the column whose equal consecutive cells are merged, or -1
 */
public record OfficialTable(@Nullable String parentBody, String issuingBody, String title, List<String> lines,
        List<String> headers, List<Integer> widths, List<List<String>> rows, int spanColumn) {

    private static final String CSS = """
            @page { size: A4 landscape; margin: 20mm 15mm 20mm 30mm;
                @top-center { content: counter(page); font-family: 'Liberation Serif'; font-size: 13pt; } }
            @page :first { @top-center { content: none; } }
            body { font-family: 'Liberation Serif'; font-size: 12pt; line-height: 1.25; }
            table.heading { width: 100%; border-collapse: collapse; margin-bottom: 8pt; }
            table.heading td { text-align: center; vertical-align: top; width: 50%; }
            .parent { font-size: 12.5pt; } .issuer { font-size: 12.5pt; font-weight: bold; }
            .motto { font-size: 12.5pt; font-weight: bold; } .slogan { font-size: 13.5pt; font-weight: bold; }
            .slogan span { border-bottom: 0.6pt solid black; }
            .title { text-align: center; font-size: 14pt; font-weight: bold; margin: 6pt 0 2pt; }
            .line { text-align: center; font-style: italic; margin: 0 0 2pt; }
            table.grid { width: 100%; border-collapse: collapse; margin-top: 6pt; -fs-table-paginate: paginate; }
            table.grid td.open { border-bottom: none; } table.grid td.cont { border-top: none; }
            table.grid th, table.grid td { border: 0.6pt solid black; padding: 2pt 4pt; vertical-align: top; text-align: justify; }
            table.grid th { font-weight: bold; text-align: center; }
            table.grid thead { display: table-header-group; }
            table.grid tr { page-break-inside: avoid; }
            """;

    public OfficialTable {
        lines = List.copyOf(lines);
        headers = List.copyOf(headers);
        widths = List.copyOf(widths);
        rows = rows.stream().map(List::copyOf).toList();
    }

    String xhtml() {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"/><style>")
                .append(CSS).append("</style></head><body><table class=\"heading\"><tr><td>");
        if (parentBody != null && !parentBody.isBlank()) {
            for (String line : IssuerLines.split(parentBody, 300, OfficialPdf.ISSUER_SIZE, false)) {
                h.append("<div class=\"parent\">").append(e(line)).append("</div>");
            }
        }
        for (String line : IssuerLines.split(issuingBody, 300, OfficialPdf.ISSUER_SIZE, true)) {
            h.append("<div class=\"issuer\">").append(e(line)).append("</div>");
        }
        h.append("</td><td><div class=\"motto\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>"
                + "<div class=\"slogan\"><span>Độc lập - Tự do - Hạnh phúc</span></div></td></tr></table>");
        h.append("<div class=\"title\">").append(e(title)).append("</div>");
        lines.forEach(l -> h.append("<div class=\"line\">").append(e(l)).append("</div>"));
        h.append("<table class=\"grid\">");
        widths.forEach(w -> h.append("<col style=\"width: ").append(w).append("%\"/>"));
        h.append("<thead><tr>");
        headers.forEach(x -> h.append("<th>").append(e(x)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            h.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                if (c == spanColumn) {
                    // One section's comments follow each other: its cell is written once and drawn as one, also
                    // across a page break (a rowspan is cut there).
                    boolean continues = r > 0 && Objects.equals(rows.get(r - 1).get(c), row.get(c));
                    boolean followed = r + 1 < rows.size() && Objects.equals(rows.get(r + 1).get(c), row.get(c));
                    h.append("<td class=\"").append(continues ? "cont" : "").append(followed ? " open" : "").append("\">");
                    if (continues) {
                        h.append("</td>");
                        continue;
                    }
                } else {
                    h.append(c == 0 ? "<td style=\"text-align: center\">" : "<td>");
                }
                h.append(e(row.get(c)).replace("\n", "<br/>")).append("</td>");
            }
            h.append("</tr>");
        }
        return h.append("</tbody></table></body></html>").toString();
    }

    public byte[] pdf() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(OfficialFonts.regular()), OfficialFonts.FAMILY, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(OfficialFonts.bold()), OfficialFonts.FAMILY, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(OfficialFonts.italic()), OfficialFonts.FAMILY, 400,
                    BaseRendererBuilder.FontStyle.ITALIC, true);
            builder.withHtmlContent(xhtml(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String e(String text) {
        return Entities.escape(text);
    }
}
