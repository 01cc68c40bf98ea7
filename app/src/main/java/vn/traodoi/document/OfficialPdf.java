package vn.traodoi.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * Official documents as PDF (openhtmltopdf): A4 with the margins of Decree 30/2020, DejaVu Serif embedded (it carries
 * every Vietnamese letter; the PDF looks the same on any computer, with or without Times New Roman).
 */
final class OfficialPdf {

    private static final String CSS = """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: 'DejaVu Serif'; font-size: 12.5pt; line-height: 1.35; }
            table.heading { width: 100%; border-collapse: collapse; }
            table.heading td { text-align: center; vertical-align: top; font-size: 11pt; }
            table.heading td.org { width: 40%; } table.heading td.nation { width: 60%; }
            .nowrap { white-space: nowrap; } .n { font-weight: normal; }
            .b { font-weight: bold; } .u { text-decoration: underline; } .i { font-style: italic; }
            h1 { text-align: center; font-size: 13.5pt; margin: 14pt 0 2pt; }
            h2 { font-size: 12.5pt; margin: 10pt 0 4pt; }
            p { text-align: justify; text-indent: 10mm; margin: 0 0 5pt; }
            table.sign { width: 100%; margin-top: 16pt; } table.sign td { width: 50%; vertical-align: top; font-size: 11pt; }
            table.sign td.signer { text-align: center; font-weight: bold; font-size: 12.5pt; }
            """;

    private OfficialPdf() {
    }

    static String xhtml(OfficialText t) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"/><style>")
                .append(CSS).append("</style></head><body>");
        h.append("<table class=\"heading\"><tr><td class=\"org b\">").append(e(t.organization().toUpperCase(Locale.forLanguageTag("vi"))))
                .append("<br/><span class=\"nowrap n\">").append(blanks(t.numberLine())).append("</span></td><td class=\"nation\">"
                        + "<span class=\"b nowrap\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span><br/>"
                        + "<span class=\"b u nowrap\">Độc lập - Tự do - Hạnh phúc</span><br/><br/><span class=\"i\">")
                .append(blanks(t.placeAndDate())).append("</span></td></tr></table>");
        for (String title : t.titles()) {
            h.append("<h1>").append(e(title)).append("</h1>");
        }
        for (OfficialText.Block b : t.blocks()) {
            if (b.heading()) {
                h.append("<h2>").append(e(b.text())).append("</h2>");
            } else {
                for (String line : b.text().split("\n")) {
                    if (!line.isBlank()) {
                        h.append("<p>").append(e(line.strip())).append("</p>");
                    }
                }
            }
        }
        h.append("<table class=\"sign\"><tr><td><span class=\"b i\">Nơi nhận:</span><br/>")
                .append(e(t.recipients()).replace("\n", "<br/>")).append("</td><td class=\"signer\">")
                .append(e(t.signer().toUpperCase(Locale.forLanguageTag("vi")))).append("</td></tr></table></body></html>");
        return h.toString();
    }

    static byte[] render(OfficialText t) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("/fonts/DejaVuSerif.ttf"), "DejaVu Serif", 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("/fonts/DejaVuSerif-Bold.ttf"), "DejaVu Serif", 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml(t), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String resource) {
        InputStream in = OfficialPdf.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font missing from the classpath: " + resource);
        }
        return in;
    }

    /** Blanks left to fill at signing keep their width: "Số:        /BC-". */
    private static String blanks(String text) {
        return e(text).replaceAll(" {2,}", "&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;");
    }

    private static String e(String text) {
        return Entities.escape(text);
    }
}
