package vn.traodoi.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word document in the layout of Decree 30/2020 (Article 8, Appendix I): A4 (margins 20 mm top and bottom, 30 mm
 * left, 15 mm right), Times New Roman throughout (the document's default too, so that what a clerk types matches), the
 * bodies and the number on the left, the national motto, the slogan and the place and date on the right, the page
 * number centred in the top margin from page 2; what is not known yet (the number, the day of signing, the signer's
 * name) is left blank to fill.
 */
public final class OfficialDocx implements AutoCloseable {

    public static final String FONT = "Times New Roman";
    /** Twentieths of a point in a millimetre, as Word measures. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final int TEXT_TWIPS = mm(210 - 30 - 15);
    private static final int ISSUER_TWIPS = (int) (TEXT_TWIPS * OfficialPdf.ISSUER_SHARE);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final XWPFDocument doc = new XWPFDocument();

    public OfficialDocx(boolean landscape) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
        } else {
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
        }
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(20)));
        margins.setBottom(BigInteger.valueOf(mm(20)));
        margins.setLeft(BigInteger.valueOf(mm(30)));
        margins.setRight(BigInteger.valueOf(mm(15)));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
        pageNumbersFromPageTwo();
    }

    /** The whole document, component by component. */
    static byte[] render(OfficialText t) {
        try (OfficialDocx d = new OfficialDocx(false)) {
            d.heading(t);
            if (!t.letter()) {
                d.paragraph(t.type().toUpperCase(VI), true, false, ParagraphAlignment.CENTER, 14, false).setSpacingBefore(240);
                if (t.summary() != null) {
                    List<String> lines = IssuerLines.lines(t.summary(), OfficialPdf.TEXT_WIDTH - 4, 14, true);
                    XWPFParagraph summary = d.paragraph(lines.getFirst(), true, false, ParagraphAlignment.CENTER, 14, false);
                    for (String line : lines.subList(1, lines.size())) {
                        XWPFRun r = run(summary, "", true, 14);
                        r.addBreak();
                        r.setText(line);
                    }
                }
                float width = t.summary() == null ? 80 : Math.min(OfficialPdf.TEXT_WIDTH, OfficialFonts.width(t.summary(), 14, true));
                d.rule(TEXT_TWIPS, (int) (width * 20 * 0.4));
            }
            d.addressees(t.addressees());
            for (OfficialText.Block b : t.blocks()) {
                d.block(b);
            }
            d.signature(t.signature(), t.recipients());
            if (t.annex() != null) {
                d.annex(t);
            }
            return d.bytes();
        }
    }

    public XWPFDocument document() {
        return doc;
    }

    /**
     * The heading of Appendix I: the parent body and the issuing body (capitals, the issuer bold, a short line below)
     * and the number (with "V/v …" under it for a letter) on the left; the motto, the underlined slogan and the
     * place and date on the right.
     */
    public void heading(OfficialText t) {
        heading(t.parentBody(), t.issuingBody(), t.numberLine(), t.letter() ? t.summary() : null, t.placeAndDate());
    }

    /** The heading of a document that has no number or date yet (a table published with a draft): blanks stay blank. */
    public void heading(String issuingBody, String numberLine, String placeAndDate) {
        heading(null, issuingBody, numberLine, null, placeAndDate);
    }

    private void heading(@Nullable String parentBody, String issuingBody, String numberLine, @Nullable String letterSummary,
            String placeAndDate) {
        XWPFTable table = doc.createTable(2, 2);
        table.removeBorders();
        table.setCellMargins(0, 0, 0, 0);
        fixed(table, ISSUER_TWIPS, TEXT_TWIPS - ISSUER_TWIPS);
        XWPFTableCell bodies = table.getRow(0).getCell(0);
        XWPFParagraph first = bodies.getParagraphs().getFirst();
        boolean used = false;
        if (parentBody != null && !parentBody.isBlank()) {
            for (String line : IssuerLines.split(parentBody, OfficialPdf.ISSUER_WIDTH, OfficialPdf.ISSUER_SIZE, false)) {
                centred(used ? bodies.addParagraph() : first, line, false, false, 12.5);
                used = true;
            }
        }
        List<String> issuer = IssuerLines.split(issuingBody, OfficialPdf.ISSUER_WIDTH, OfficialPdf.ISSUER_SIZE, true);
        for (String line : issuer) {
            centred(used ? bodies.addParagraph() : first, line, true, false, 12.5);
            used = true;
        }
        float longest = issuer.stream().map(l -> OfficialFonts.width(l, OfficialPdf.ISSUER_SIZE, true)).max(Float::compare)
                .orElse(60f);
        rule(bodies.addParagraph(), ISSUER_TWIPS, (int) (longest * 20 * 0.4));
        XWPFTableCell nation = table.getRow(0).getCell(1);
        centred(nation.getParagraphs().getFirst(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 12.5);
        centred(nation.addParagraph(), "Độc lập - Tự do - Hạnh phúc", true, true, 13.5);
        XWPFTableCell number = table.getRow(1).getCell(0);
        XWPFParagraph numberParagraph = number.getParagraphs().getFirst();
        numberParagraph.setSpacingBefore(120);
        centred(numberParagraph, numberLine, false, false, 13);
        if (letterSummary != null) {
            XWPFParagraph vv = number.addParagraph();
            vv.setSpacingBefore(60);
            centred(vv, "V/v " + letterSummary, false, false, 12.5);
        }
        XWPFParagraph date = table.getRow(1).getCell(1).getParagraphs().getFirst();
        date.setSpacingBefore(120);
        centred(date, placeAndDate, false, false, 13).setItalic(true);
    }

    private void addressees(List<String> addressees) {
        if (addressees.isEmpty()) {
            return;
        }
        if (addressees.size() == 1) {
            paragraph("Kính gửi: " + addressees.getFirst() + ".", false, false, ParagraphAlignment.CENTER, 14, false)
                    .setSpacingBefore(240);
            return;
        }
        paragraph("Kính gửi:", false, false, ParagraphAlignment.CENTER, 14, false).setSpacingBefore(240);
        for (int i = 0; i < addressees.size(); i++) {
            XWPFParagraph p = paragraph("- " + addressees.get(i) + (i == addressees.size() - 1 ? "." : ";"), false, false,
                    ParagraphAlignment.LEFT, 14, false);
            p.setIndentationLeft(mm(40));
        }
    }

    private void block(OfficialText.Block b) {
        switch (b.kind()) {
            case HEADING -> heading2(b.text());
            case CENTERED -> paragraph(b.text(), true, false, ParagraphAlignment.CENTER, 14, false);
            case BASIS -> paragraph(b.text(), false, true, ParagraphAlignment.BOTH, 14, true);
            case ITEM -> paragraph(b.shown(), false, false, ParagraphAlignment.BOTH, 14, true);
            case ARTICLE -> {
                XWPFParagraph p = paragraph(b.label(), true, false, ParagraphAlignment.BOTH, 14, true);
                run(p, " " + b.text(), false, 14);
            }
            case PARAGRAPH -> body(b.text());
        }
    }

    public XWPFParagraph title(String text, int size) {
        return paragraph(text, true, false, ParagraphAlignment.CENTER, size, false);
    }

    public XWPFParagraph heading2(String text) {
        XWPFParagraph p = paragraph(text, true, false, ParagraphAlignment.LEFT, 14, false);
        p.setSpacingBefore(120);
        return p;
    }

    /** Body text: justified, first line indented, one paragraph a line of the text. */
    public void body(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                paragraph(line.strip(), false, false, ParagraphAlignment.BOTH, 14, true);
            }
        }
    }

    public XWPFParagraph paragraph(String text, boolean bold, boolean italic, ParagraphAlignment align, double size,
            boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        if (indent) {
            p.setIndentationFirstLine(mm(12.7));
        }
        XWPFRun r = run(p, text, bold, size);
        r.setItalic(italic);
        return p;
    }

    public XWPFTable table(int rows, int columns) {
        XWPFTable t = doc.createTable(rows, columns);
        t.setWidth("100%");
        return t;
    }

    /** The recipients on the left and the signer on the right: authority and position in capitals, space, the name. */
    public void signature(OfficialText.Signature signature, List<String> recipients) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        fixed(t, (int) (TEXT_TWIPS * 0.45), TEXT_TWIPS - (int) (TEXT_TWIPS * 0.45));
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFParagraph head = left.getParagraphs().getFirst();
        XWPFRun r = run(head, "Nơi nhận:", true, 12);
        r.setItalic(true);
        for (String line : recipients) {
            run(left.addParagraph(), line, false, 11);
        }
        XWPFTableCell right = t.getRow(0).getCell(1);
        boolean firstLine = true;
        for (String line : signature.lines()) {
            centred(firstLine ? right.getParagraphs().getFirst() : right.addParagraph(), line, true, false, 14);
            firstLine = false;
        }
        for (int i = 0; i < 4; i++) {
            centred(right.addParagraph(), "", false, false, 14);
        }
        centred(right.addParagraph(), signature.name() == null ? "" : signature.name(), true, false, 14);
    }

    /** The signature block of a document written before this model: the position, and the recipients as one text. */
    public void signature(String position, String recipients) {
        signature(new OfficialText.Signature(null, null, position, null), List.of(("- " + recipients.strip())
                .replaceFirst("^- -", "-").split("\n")));
    }

    private void annex(OfficialText t) {
        OfficialText.Annex a = t.annex();
        XWPFParagraph breakBefore = doc.createParagraph();
        breakBefore.createRun().addBreak(BreakType.PAGE);
        paragraph("Phụ lục", true, false, ParagraphAlignment.CENTER, 14, false);
        for (String title : a.titles()) {
            paragraph(title, true, false, ParagraphAlignment.CENTER, 14, false);
        }
        paragraph(t.annexReference(), false, true, ParagraphAlignment.CENTER, 14, false);
        XWPFTable grid = doc.createTable(a.rows().size() + 1, a.headers().size());
        grid.setWidth("100%");
        for (int c = 0; c < a.headers().size(); c++) {
            cell(grid.getRow(0).getCell(c), a.headers().get(c), true, false, false, 12);
        }
        for (int r = 0; r < a.rows().size(); r++) {
            List<String> row = a.rows().get(r);
            for (int c = 0; c < row.size() && c < a.headers().size(); c++) {
                XWPFTableCell cell = grid.getRow(r + 1).getCell(c);
                XWPFParagraph p = cell.getParagraphs().getFirst();
                p.setAlignment(c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                run(p, row.get(c), false, 12);
            }
        }
    }

    public static void cell(XWPFTableCell cell, String text, boolean bold, boolean underline, boolean italic, int size) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(ParagraphAlignment.CENTER);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p = cell.addParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            XWPFRun r = run(p, lines[i], bold, size);
            r.setItalic(italic);
            if (underline) {
                r.setUnderline(UnderlinePatterns.SINGLE);
            }
        }
    }

    public static XWPFRun run(XWPFParagraph p, String text, boolean bold, double size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        return r;
    }

    private static XWPFRun centred(XWPFParagraph p, String text, boolean bold, boolean underline, double size) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        XWPFRun r = run(p, text, bold, size);
        if (underline) {
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
        return r;
    }

    /** A short centred line under a name or a summary: a top border on an empty paragraph narrowed to its width. */
    private void rule(int available, int width) {
        rule(doc.createParagraph(), available, width);
    }

    private static void rule(XWPFParagraph p, int available, int width) {
        int indent = Math.max(0, (available - width) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderTop(Borders.SINGLE);
        p.setSpacingAfter(0);
        p.setSpacingBefore(40);
        XWPFRun r = p.createRun();
        r.setFontSize(2);
    }

    /** The page number centred in the top margin, from page 2 (the first page's header stays empty). */
    private void pageNumbersFromPageTwo() {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        XWPFHeader other = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = other.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE \\* MERGEFORMAT");
        CTR r = field.addNewR();
        CTRPr pr = r.addNewRPr();
        CTFonts fonts = pr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        pr.addNewSz().setVal(BigInteger.valueOf(26));
        r.addNewT().setStringValue("2");
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    private static void fixed(XWPFTable table, int... widths) {
        var pr = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(Arrays.stream(widths).sum()));
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (var row : table.getRows()) {
            for (int c = 0; c < widths.length && c < row.getTableCells().size(); c++) {
                var tcPr = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                CTTblWidth cw = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf(widths[c]));
            }
        }
    }

    /** Millimetres in twips, rounded up: a margin is never narrower than the decree's. */
    private static int mm(double millimetres) {
        return (int) Math.ceil(millimetres * TWIPS_PER_MM);
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
