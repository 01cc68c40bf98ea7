package vn.traodoi.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * Official documents as PDF (openhtmltopdf): A4 with the margins of Decree 30/2020 (top and bottom 20 mm, left 30 mm,
 * right 15 mm), Liberation Serif embedded (metric-compatible with Times New Roman, every Vietnamese letter), the page
 * number centred in the top margin from page 2, and each component of Appendix I where it stands and as it is set.
 */
final class OfficialPdf {

    /** The text width (A4 less the left and right margins) and the issuer's column, in points. */
    static final float TEXT_WIDTH = (210 - 30 - 15) / 25.4f * 72;
    /**
     * The issuer's share of the heading: the right column must hold "Thành phố Hồ Chí Minh, ngày 02 tháng 12 năm 2026"
     * on one line (280 pt at 13 pt), the left one "THÀNH PHỐ HỒ CHÍ MINH" in bold (164 pt at 12.5 pt).
     */
    static final float ISSUER_SHARE = 0.37f;
    static final float ISSUER_WIDTH = TEXT_WIDTH * ISSUER_SHARE - 6;
    static final float ISSUER_SIZE = 12.5f;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private static final String CSS = """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm;
                @top-center { content: counter(page); font-family: 'Liberation Serif'; font-size: 13pt; } }
            @page :first { @top-center { content: none; } }
            body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.3; }
            table.heading { width: 100%; border-collapse: collapse; table-layout: fixed; }
            table.heading td { text-align: center; vertical-align: top; padding: 0; }
            td.org { width: 37%; } td.nation { width: 63%; }
            .line { white-space: nowrap; }
            .parent { font-size: 12.5pt; }
            .issuer { font-size: 12.5pt; font-weight: bold; }
            .rule { margin: 3pt auto 0; border-top: 0.6pt solid black; height: 0; }
            .motto { font-size: 12.5pt; font-weight: bold; white-space: nowrap; }
            .slogan { font-size: 13.5pt; font-weight: bold; white-space: nowrap; }
            .slogan span { border-bottom: 0.6pt solid black; padding-bottom: 1pt; }
            .number { font-size: 13pt; padding-top: 6pt; white-space: nowrap; }
            .vv { font-size: 12.5pt; padding-top: 4pt; }
            .date { font-size: 13pt; font-style: italic; padding-top: 6pt; white-space: nowrap; }
            .type { text-align: center; font-size: 14pt; font-weight: bold; margin: 16pt 0 0; }
            .summary { text-align: center; font-size: 14pt; font-weight: bold; margin: 0; }
            .addressees { margin: 12pt 0 6pt 0; text-align: center; }
            .addressees div.more { text-align: left; padding-left: 40mm; }
            h2 { font-size: 14pt; font-weight: bold; margin: 6pt 0 3pt; }
            p { text-align: justify; text-indent: 12.7mm; margin: 0 0 6pt; }
            p.basis { font-style: italic; }
            p.centered { text-align: center; text-indent: 0; font-weight: bold; margin: 6pt 0; }
            span.label { font-weight: bold; }
            table.sign { width: 100%; margin-top: 12pt; page-break-inside: avoid; }
            table.sign td { vertical-align: top; padding: 0; }
            td.recipients { width: 45%; font-size: 11pt; }
            td.recipients .head { font-size: 12pt; font-weight: bold; font-style: italic; }
            td.signer { width: 55%; text-align: center; font-size: 14pt; font-weight: bold; }
            td.signer .name { margin-top: 60pt; }
            .annex { page-break-before: always; }
            .annex .head { text-align: center; font-weight: bold; margin: 0; }
            .annex .under { text-align: center; font-style: italic; margin: 0 0 8pt; }
            table.grid { width: 100%; border-collapse: collapse; font-size: 12pt; }
            table.grid th, table.grid td { border: 0.6pt solid black; padding: 2pt 4pt; vertical-align: top; }
            table.grid th { font-weight: bold; text-align: center; }
            """;

    private OfficialPdf() {
    }

    static String xhtml(OfficialText t) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"/><style>")
                .append(CSS).append("</style></head><body>");
        h.append("<table class=\"heading\"><tr><td class=\"org\">");
        if (t.parentBody() != null && !t.parentBody().isBlank()) {
            for (String line : IssuerLines.split(t.parentBody(), ISSUER_WIDTH, ISSUER_SIZE, false)) {
                h.append("<div class=\"parent line\">").append(e(line)).append("</div>");
            }
        }
        List<String> issuer = IssuerLines.split(t.issuingBody(), ISSUER_WIDTH, ISSUER_SIZE, true);
        for (String line : issuer) {
            h.append("<div class=\"issuer line\">").append(e(line)).append("</div>");
        }
        float longest = issuer.stream().map(l -> OfficialFonts.width(l, ISSUER_SIZE, true)).max(Float::compare).orElse(60f);
        h.append("<div class=\"rule\" style=\"width: ").append(Math.round(longest * 0.4f)).append("pt\"></div>");
        h.append("</td><td class=\"nation\"><div class=\"motto\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>"
                + "<div class=\"slogan\"><span>Độc lập - Tự do - Hạnh phúc</span></div></td></tr>");
        h.append("<tr><td class=\"org\"><div class=\"number\">").append(blanks(t.numberLine())).append("</div>");
        if (t.letter() && t.summary() != null) {
            h.append("<div class=\"vv\">V/v ").append(e(t.summary())).append("</div>");
        }
        h.append("</td><td class=\"nation\"><div class=\"date\">").append(blanks(t.placeAndDate()))
                .append("</div></td></tr></table>");
        if (!t.letter()) {
            h.append("<div class=\"type\">").append(e(t.type().toUpperCase(VI))).append("</div>");
            if (t.summary() != null) {
                for (String line : IssuerLines.lines(t.summary(), TEXT_WIDTH - 4, 14, true)) {
                    h.append("<div class=\"summary\">").append(e(line)).append("</div>");
                }
            }
            float summaryWidth = t.summary() == null ? 80 : Math.min(TEXT_WIDTH, OfficialFonts.width(t.summary(), 14, true));
            h.append("<div class=\"rule\" style=\"width: ").append(Math.round(Math.min(summaryWidth, TEXT_WIDTH) * 0.4f))
                    .append("pt\"></div>");
        }
        addressees(h, t.addressees());
        for (OfficialText.Block b : t.blocks()) {
            switch (b.kind()) {
                case HEADING -> h.append("<h2>").append(e(b.text())).append("</h2>");
                case CENTERED -> h.append("<p class=\"centered\">").append(e(b.text())).append("</p>");
                case BASIS -> h.append("<p class=\"basis\">").append(e(b.text())).append("</p>");
                case ARTICLE -> h.append("<p><span class=\"label\">").append(e(b.label())).append("</span> ")
                        .append(e(b.text())).append("</p>");
                case ITEM -> h.append("<p>").append(e(b.shown())).append("</p>");
                case PARAGRAPH -> {
                    for (String line : b.text().split("\n")) {
                        if (!line.isBlank()) {
                            h.append("<p>").append(e(line.strip())).append("</p>");
                        }
                    }
                }
            }
        }
        h.append("<table class=\"sign\"><tr><td class=\"recipients\"><div class=\"head\">Nơi nhận:</div>");
        for (String r : t.recipients()) {
            h.append("<div>").append(e(r)).append("</div>");
        }
        h.append("</td><td class=\"signer\">");
        for (String line : t.signature().lines()) {
            h.append("<div>").append(e(line)).append("</div>");
        }
        h.append("<div class=\"name\">").append(t.signature().name() == null ? "&#160;" : e(t.signature().name()))
                .append("</div></td></tr></table>");
        if (t.annex() != null) {
            annex(h, t);
        }
        return h.append("</body></html>").toString();
    }

    private static void addressees(StringBuilder h, List<String> addressees) {
        if (addressees.isEmpty()) {
            return;
        }
        h.append("<div class=\"addressees\">");
        if (addressees.size() == 1) {
            h.append("<div>Kính gửi: ").append(e(addressees.getFirst())).append(".</div>");
        } else {
            h.append("<div>Kính gửi:</div>");
            for (int i = 0; i < addressees.size(); i++) {
                h.append("<div class=\"more\">- ").append(e(addressees.get(i)))
                        .append(i == addressees.size() - 1 ? "." : ";").append("</div>");
            }
        }
        h.append("</div>");
    }

    private static void annex(StringBuilder h, OfficialText t) {
        OfficialText.Annex a = t.annex();
        h.append("<div class=\"annex\"><p class=\"head\" style=\"text-indent:0\">Phụ lục</p>");
        for (String title : a.titles()) {
            h.append("<p class=\"head\" style=\"text-indent:0\">").append(e(title)).append("</p>");
        }
        h.append("<p class=\"under\" style=\"text-indent:0\">").append(e(t.annexReference())).append("</p>");
        h.append("<table class=\"grid\">");
        int[] widths = a.headers().size() == 5 ? new int[] {7, 30, 23, 24, 16} : null;
        if (widths != null) {
            for (int w : widths) {
                h.append("<col style=\"width: ").append(w).append("%\"/>");
            }
        }
        h.append("<tr>");
        for (String header : a.headers()) {
            h.append("<th>").append(e(header)).append("</th>");
        }
        h.append("</tr>");
        for (List<String> row : a.rows()) {
            h.append("<tr>");
            for (String cell : row) {
                h.append("<td>").append(e(cell)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table></div>");
    }

    static byte[] render(OfficialText t) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(OfficialFonts.regular()), OfficialFonts.FAMILY, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(OfficialFonts.bold()), OfficialFonts.FAMILY, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(OfficialFonts.italic()), OfficialFonts.FAMILY, 400,
                    BaseRendererBuilder.FontStyle.ITALIC, true);
            builder.useFont(() -> new ByteArrayInputStream(OfficialFonts.boldItalic()), OfficialFonts.FAMILY, 700,
                    BaseRendererBuilder.FontStyle.ITALIC, true);
            builder.withHtmlContent(xhtml(t), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blanks left to fill at signing keep their width: "Số:      /KH-SNV". */
    private static String blanks(String text) {
        return e(text).replaceAll(" {2,}", "&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;");
    }

    private static String e(String text) {
        return Entities.escape(text);
    }
}
