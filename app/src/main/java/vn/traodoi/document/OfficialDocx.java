package vn.traodoi.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A Word document in the layout of Decree 30/2020: A4 (portrait: margins 20 mm top and bottom, 30 mm left, 15 mm
 * right), Times New Roman 13–14, the issuing organization and the document number on the left, the national heading
 * and the place and date on the right; what is not known yet (the number, the day of signing) is left blank to fill.
 */
public final class OfficialDocx implements AutoCloseable {

    public static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 57;

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
        margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    public XWPFDocument document() {
        return doc;
    }

    /**
     * The heading: the organization (upper case, bold) and the number line on the left; the national heading,
     * underlined motto and the place-and-date line on the right.
     */
    public void heading(String organization, String numberLine, String placeAndDate) {
        XWPFTable t = doc.createTable(3, 2);
        t.removeBorders();
        t.setWidth("100%");
        cell(t.getRow(0).getCell(0), organization.toUpperCase(Locale.forLanguageTag("vi")), true, false, false, 12);
        cell(t.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, false, 12);
        cell(t.getRow(1).getCell(0), numberLine, false, false, false, 13);
        cell(t.getRow(1).getCell(1), "Độc lập - Tự do - Hạnh phúc", true, true, false, 13);
        cell(t.getRow(2).getCell(0), "", false, false, false, 13);
        cell(t.getRow(2).getCell(1), placeAndDate, false, false, true, 13);
    }

    public XWPFParagraph title(String text, int size) {
        return paragraph(text, true, false, ParagraphAlignment.CENTER, size, false);
    }

    public XWPFParagraph heading2(String text) {
        return paragraph(text, true, false, ParagraphAlignment.LEFT, 13, false);
    }

    /** Body text: justified, first line indented, one paragraph a line of the text. */
    public void body(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                paragraph(line.strip(), false, false, ParagraphAlignment.BOTH, 14, true);
            }
        }
    }

    public XWPFParagraph paragraph(String text, boolean bold, boolean italic, ParagraphAlignment align, int size,
            boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        if (indent) {
            p.setIndentationFirstLine(10 * TWIPS_PER_MM);
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

    /** The signature block on the right and the recipients on the left, with blanks to fill at signing. */
    public void signature(String position, String recipients) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        t.setWidth("100%");
        cell(t.getRow(0).getCell(0), "Nơi nhận:\n" + recipients, false, false, false, 11);
        t.getRow(0).getCell(0).getParagraphs().getFirst().getRuns().getFirst().setBold(true);
        t.getRow(0).getCell(0).getParagraphs().getFirst().getRuns().getFirst().setItalic(true);
        cell(t.getRow(0).getCell(1), position.toUpperCase(Locale.forLanguageTag("vi")) + "\n\n\n\n", true, false, false, 13);
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

    public static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        return r;
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
