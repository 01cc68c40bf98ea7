package vn.traodoi.workshop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.traodoi.document.OfficialDocx;
import vn.traodoi.document.OfficialTable;
import vn.traodoi.system.Days;
import vn.traodoi.text.VietnameseText;

/**
 * The synthesis table (bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý) the drafting agency publishes with the
 * revised draft: every comment, numbered 1, 2, 3… in the order of the draft, with who made it, the section as the draft
 * names it ("Mục 2. Mô hình tổ chức chính quyền đô thị") and the response, its kind said once ("Giải trình: …"). As
 * Word (A4 landscape, Times New Roman, the national heading of Decree 30/2020; a section's cell spans its comments)
 * and as Excel (one row a comment, the section on each row, so that it can be filtered and sorted).
 */
final class SynthesisTable {

    static final String TITLE = "BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý";
    static final String[] HEADERS = {"STT", "Cơ quan, tổ chức, cá nhân góp ý", "Mục/Điều của dự thảo", "Nội dung góp ý",
            "Tiếp thu, giải trình"};
    static final String WHOLE_DRAFT = "Ý kiến chung về dự thảo";
    private static final DateTimeFormatter DAY = Days.SHOWN;
    private static final String FONT = OfficialDocx.FONT;
    /** Who answers and how, before the kind: "Cơ quan soạn thảo xin …", "Đã …" (folded text). */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:co quan|ban|to)(?: chu tri)? soan thao )?(?:xin |da )*");

    private final Workshop workshop;
    private final List<Comment> comments;

    SynthesisTable(Workshop workshop, List<Comment> comments) {
        this.workshop = workshop;
        this.comments = List.copyOf(comments);
    }

    /** The section cell: its label and heading, or the whole draft. */
    static String section(Comment c) {
        String name = SectionName.shortened(c.sectionLabel(), c.sectionHeading(), SectionName.SHORT);
        return name == null ? WHOLE_DRAFT : name;
    }

    String subtitle() {
        return "đối với dự thảo " + workshop.projectTitle() + " (" + workshop.title()
                + (workshop.heldOn() == null ? "" : ", ngày " + workshop.heldOn().format(DAY)) + ")";
    }

    String summary() {
        Map<CommentStatus, Long> by = new EnumMap<>(CommentStatus.class);
        comments.forEach(c -> by.merge(c.status(), 1L, Long::sum));
        return "Tổng số " + comments.size() + " ý kiến: tiếp thu " + by.getOrDefault(CommentStatus.ABSORBED, 0L)
                + ", giải trình " + by.getOrDefault(CommentStatus.EXPLAINED, 0L) + ", bảo lưu "
                + by.getOrDefault(CommentStatus.RESERVED, 0L) + ", chưa trả lời "
                + by.getOrDefault(CommentStatus.RECEIVED, 0L) + ".";
    }

    /**
     * The response as the table says it: the kind once, then the text. A text that opens with its own kind ("Tiếp thu,
     * đã bổ sung…") says it already, so the kind is not written before it again.
     * <pre>
     * ABSORBED, "Đã bổ sung Luật…"          → "Tiếp thu. Đã bổ sung Luật…"
     * ABSORBED, "Tiếp thu, bổ sung Luật…"   → "Tiếp thu, bổ sung Luật…"
     * EXPLAINED, "Đã được quy định tại…"    → "Giải trình: Đã được quy định tại…"
     * ABSORBED in version 2, no text        → "Tiếp thu tại dự thảo lần 2."
     * </pre>
     */
    static String response(Comment c) {
        Integer draft = c.absorbedInDraftNumber();
        String text = c.response() == null ? "" : c.response().strip();
        if (text.equals("Đã tiếp thu tại dự thảo lần " + draft + ".")) {
            text = "";
        }
        String kind = switch (c.status()) {
            case ABSORBED -> draft == null ? "Tiếp thu" : "Tiếp thu tại dự thảo lần " + draft;
            case EXPLAINED -> "Giải trình";
            case RESERVED -> "Bảo lưu";
            case RECEIVED -> "Chưa tiếp thu, giải trình";
        };
        StringBuilder s = new StringBuilder();
        if (text.isEmpty()) {
            s.append(kind).append('.');
        } else if (opensWithItsKind(text, c.status())) {
            s.append(text);
            if (draft != null && !text.contains("dự thảo lần " + draft)) {
                s.append(text.endsWith(".") ? " " : ". ").append("Thể hiện tại dự thảo lần ").append(draft).append('.');
            }
        } else {
            s.append(kind).append(c.status() == CommentStatus.ABSORBED ? ". " : ": ").append(text);
        }
        if (c.changedText() != null) {
            s.append("\nNội dung sửa: ").append(c.changedText());
        }
        return s.toString();
    }

    /** "Tiếp thu, …", "Đã tiếp thu …", "Cơ quan soạn thảo xin bảo lưu …": the text names its own kind first. */
    private static boolean opensWithItsKind(String text, CommentStatus kind) {
        String word = switch (kind) {
            case ABSORBED -> "tiep thu";
            case EXPLAINED -> "giai trinh";
            case RESERVED -> "bao luu";
            case RECEIVED -> "";
        };
        String folded = VietnameseText.fold(text);
        Matcher opening = OPENING.matcher(folded);
        return !word.isEmpty() && opening.lookingAt() && folded.startsWith(word, opening.end());
    }

    /** As a PDF: A4 landscape, the same table, a section's cell spanning its comments. */
    byte[] pdf() {
        List<List<String>> rows = new ArrayList<>();
        int number = 0;
        for (Comment c : comments) {
            rows.add(List.of(String.valueOf(++number), c.author(), section(c), c.content(), response(c)));
        }
        return new OfficialTable(null, workshop.ownerName(), TITLE, List.of(subtitle(), summary()), List.of(HEADERS),
                List.of(5, 17, 16, 31, 31), rows, 2).pdf();
    }

    byte[] docx() {
        try (OfficialDocx doc = new OfficialDocx(true)) {
            doc.heading(workshop.ownerName(), "", "");
            doc.title(TITLE, 14);
            doc.paragraph(subtitle(), false, true, ParagraphAlignment.CENTER, 13, false);
            doc.paragraph(summary(), false, false, ParagraphAlignment.LEFT, 13, false);

            XWPFTable table = doc.table(1, HEADERS.length);
            int[] widths = {700, 2600, 2500, 4100, 4100};
            for (int i = 0; i < HEADERS.length; i++) {
                XWPFTableCell c = table.getRow(0).getCell(i);
                c.setWidth(String.valueOf(widths[i]));
                c.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
                cell(c, HEADERS[i], true, ParagraphAlignment.CENTER);
            }
            table.getRow(0).setRepeatHeader(true);
            int number = 0;
            String previous = null;
            for (Comment c : comments) {
                XWPFTableRow row = table.createRow();
                String section = section(c);
                cell(row.getCell(0), String.valueOf(++number), false, ParagraphAlignment.CENTER);
                cell(row.getCell(1), c.author(), false, ParagraphAlignment.LEFT);
                // The comments on one section follow each other: its cell spans them, as officials merge it by hand.
                CTTcPr merge = row.getCell(2).getCTTc().isSetTcPr() ? row.getCell(2).getCTTc().getTcPr()
                        : row.getCell(2).getCTTc().addNewTcPr();
                if (section.equals(previous)) {
                    merge.addNewVMerge().setVal(STMerge.CONTINUE);
                } else {
                    merge.addNewVMerge().setVal(STMerge.RESTART);
                    cell(row.getCell(2), section, false, ParagraphAlignment.LEFT);
                }
                previous = section;
                cell(row.getCell(3), c.content(), false, ParagraphAlignment.BOTH);
                cell(row.getCell(4), response(c), false, ParagraphAlignment.BOTH);
            }
            return doc.bytes();
        }
    }

    /** A cell of the table, one paragraph a line, in the given alignment. */
    private static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(align);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p = cell.addParagraph();
                p.setAlignment(align);
            }
            OfficialDocx.run(p, lines[i], bold, 12);
        }
    }

    /**
     * One sheet, a row a comment. Not streamed: a streamed sheet writes every number as a decimal ("1.0"), and the
     * numbers in STT must read as whole numbers; a workshop's comments are hundreds, not millions.
     */
    byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Tổng hợp ý kiến");
            CellStyle title = style(book, true, HorizontalAlignment.CENTER, false);
            CellStyle header = style(book, true, HorizontalAlignment.CENTER, true);
            CellStyle body = style(book, false, HorizontalAlignment.LEFT, true);
            CellStyle count = style(book, false, HorizontalAlignment.CENTER, true);
            count.setDataFormat(book.createDataFormat().getFormat("0"));
            CellStyle plain = style(book, false, HorizontalAlignment.LEFT, false);
            int r = 0;
            text(sheet.createRow(r), 0, TITLE, title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.length - 1));
            r++;
            text(sheet.createRow(r), 0, subtitle(), title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.length - 1));
            r++;
            text(sheet.createRow(r), 0, summary(), plain);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.length - 1));
            r += 2;
            Row head = sheet.createRow(r++);
            for (int i = 0; i < HEADERS.length; i++) {
                text(head, i, HEADERS[i], header);
            }
            sheet.createFreezePane(0, r);
            int number = 0;
            for (Comment c : comments) {
                Row row = sheet.createRow(r++);
                XSSFCell stt = (XSSFCell) row.createCell(0);
                stt.setCellValue(++number);
                stt.getCTCell().setV(Integer.toString(number));
                stt.setCellStyle(count);
                text(row, 1, c.author(), body);
                text(row, 2, section(c), body);
                text(row, 3, c.content(), body);
                text(row, 4, response(c), body);
            }
            int[] widths = {6, 30, 30, 60, 60};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) : value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook book, boolean bold, HorizontalAlignment align, boolean bordered) {
        CellStyle s = book.createCellStyle();
        Font f = book.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) 12);
        f.setBold(bold);
        s.setFont(f);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(true);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
