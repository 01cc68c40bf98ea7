package vn.traodoi.workshop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import vn.traodoi.document.OfficialDocx;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.traodoi.system.Days;

/**
 * The synthesis table (bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý) the drafting agency publishes with the
 * revised draft: every comment, grouped by section in the order of the draft, with who made it and the response.
 * As Word (A4 landscape, Times New Roman, the national heading of Decree 30/2020) and as Excel.
 */
final class SynthesisTable {

    static final String TITLE = "BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý";
    static final String[] HEADERS = {"STT", "Cơ quan, tổ chức, cá nhân góp ý", "Nội dung góp ý", "Tiếp thu, giải trình"};
    private static final DateTimeFormatter DAY = Days.SHOWN;
    private static final String WHOLE_DRAFT = "Ý kiến chung về dự thảo";
    private static final String FONT = OfficialDocx.FONT;

    private final Workshop workshop;
    private final Map<String, List<Comment>> groups = new LinkedHashMap<>();

    SynthesisTable(Workshop workshop, List<Comment> comments) {
        this.workshop = workshop;
        for (Comment c : comments) {
            groups.computeIfAbsent(group(c), k -> new ArrayList<>()).add(c);
        }
    }

    private static String group(Comment c) {
        if (c.sectionLabel() == null) {
            return WHOLE_DRAFT;
        }
        String heading = c.sectionHeading() == null || c.sectionHeading().isBlank() ? "" : c.sectionHeading();
        return heading.isEmpty() || heading.equals(c.sectionLabel()) ? c.sectionLabel()
                : heading.startsWith(c.sectionLabel()) ? heading : c.sectionLabel() + " – " + heading;
    }

    String subtitle() {
        return "đối với dự thảo " + workshop.projectTitle() + " (" + workshop.title()
                + (workshop.heldOn() == null ? "" : ", ngày " + workshop.heldOn().format(DAY)) + ")";
    }

    String summary() {
        long total = groups.values().stream().mapToLong(List::size).sum();
        Map<CommentStatus, Long> by = new EnumMap<>(CommentStatus.class);
        groups.values().forEach(list -> list.forEach(c -> by.merge(c.status(), 1L, Long::sum)));
        return "Tổng số " + total + " ý kiến: tiếp thu " + by.getOrDefault(CommentStatus.ABSORBED, 0L) + ", giải trình "
                + by.getOrDefault(CommentStatus.EXPLAINED, 0L) + ", bảo lưu " + by.getOrDefault(CommentStatus.RESERVED, 0L)
                + ", chưa trả lời " + by.getOrDefault(CommentStatus.RECEIVED, 0L) + ".";
    }

    /** The response as the table says it. */
    static String response(Comment c) {
        StringBuilder s = new StringBuilder(switch (c.status()) {
            case ABSORBED -> "Tiếp thu" + (c.absorbedInDraftNumber() == null ? "." : " tại dự thảo lần " + c.absorbedInDraftNumber() + ".");
            case EXPLAINED -> "Giải trình:";
            case RESERVED -> "Bảo lưu:";
            case RECEIVED -> "Chưa tiếp thu, giải trình.";
        });
        if (c.response() != null && !c.response().equals("Đã tiếp thu tại dự thảo lần " + c.absorbedInDraftNumber() + ".")) {
            s.append(' ').append(c.response());
        }
        if (c.changedText() != null) {
            s.append("\nNội dung sửa: ").append(c.changedText());
        }
        return s.toString();
    }

    byte[] docx() {
        try (OfficialDocx doc = new OfficialDocx(true)) {
            doc.heading(workshop.ownerName(), "", "");
            doc.title(TITLE, 14);
            doc.paragraph(subtitle(), false, true, ParagraphAlignment.CENTER, 13, false);
            doc.paragraph(summary(), false, false, ParagraphAlignment.LEFT, 13, false);

            XWPFTable table = doc.table(1, HEADERS.length);
            int[] widths = {700, 3000, 5200, 5100};
            for (int i = 0; i < HEADERS.length; i++) {
                XWPFTableCell c = table.getRow(0).getCell(i);
                c.setWidth(String.valueOf(widths[i]));
                c.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
                cell(c, HEADERS[i], true, ParagraphAlignment.CENTER);
            }
            table.getRow(0).setRepeatHeader(true);
            int number = 0;
            for (Map.Entry<String, List<Comment>> g : groups.entrySet()) {
                XWPFTableRow groupRow = table.createRow();
                XWPFTableCell first = groupRow.getCell(0);
                first.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(HEADERS.length));
                for (int i = HEADERS.length - 1; i > 0; i--) {
                    groupRow.removeCell(i);
                }
                cell(first, g.getKey(), true, ParagraphAlignment.LEFT);
                for (Comment c : g.getValue()) {
                    XWPFTableRow row = table.createRow();
                    cell(row.getCell(0), String.valueOf(++number), false, ParagraphAlignment.CENTER);
                    cell(row.getCell(1), c.author(), false, ParagraphAlignment.LEFT);
                    cell(row.getCell(2), c.content(), false, ParagraphAlignment.BOTH);
                    cell(row.getCell(3), response(c), false, ParagraphAlignment.BOTH);
                }
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

    /** Streamed (a few hundred rows in memory at a time), so that thousands of comments cost little memory. */
    byte[] xlsx() {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Tổng hợp ý kiến");
            CellStyle title = style(book, true, HorizontalAlignment.CENTER, false);
            CellStyle header = style(book, true, HorizontalAlignment.CENTER, true);
            CellStyle group = style(book, true, HorizontalAlignment.LEFT, true);
            CellStyle body = style(book, false, HorizontalAlignment.LEFT, true);
            CellStyle plain = style(book, false, HorizontalAlignment.LEFT, false);
            int r = 0;
            text(sheet.createRow(r), 0, TITLE, title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.length));
            r++;
            text(sheet.createRow(r), 0, subtitle(), title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.length));
            r++;
            text(sheet.createRow(r), 0, summary(), plain);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.length));
            r += 2;
            Row head = sheet.createRow(r++);
            String[] columns = {HEADERS[0], "Mục của dự thảo", HEADERS[1], HEADERS[2], HEADERS[3]};
            for (int i = 0; i < columns.length; i++) {
                text(head, i, columns[i], header);
            }
            sheet.createFreezePane(0, r);
            int number = 0;
            for (Map.Entry<String, List<Comment>> g : groups.entrySet()) {
                Row groupRow = sheet.createRow(r);
                for (int i = 0; i < columns.length; i++) {
                    text(groupRow, i, i == 0 ? g.getKey() : "", group);
                }
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns.length - 1));
                r++;
                for (Comment c : g.getValue()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(++number);
                    row.getCell(0).setCellStyle(body);
                    text(row, 1, c.sectionLabel() == null ? WHOLE_DRAFT : c.sectionLabel(), body);
                    text(row, 2, c.author(), body);
                    text(row, 3, c.content(), body);
                    text(row, 4, response(c), body);
                }
            }
            int[] widths = {6, 22, 30, 60, 60};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            book.write(out);
            book.dispose();
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

    private static CellStyle style(SXSSFWorkbook book, boolean bold, HorizontalAlignment align, boolean bordered) {
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
