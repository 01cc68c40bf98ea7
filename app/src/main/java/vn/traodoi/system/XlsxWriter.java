package vn.traodoi.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The rows of a list as an Excel workbook (.xlsx), written with POI's streaming {@link SXSSFWorkbook} so that a long
 * list keeps only a window of rows in memory. The first row is the header, bold and frozen; a {@link LocalDate} is a
 * real date cell shown dd/MM/yyyy, a {@link Number} a number, anything else text (never a formula), null an empty cell.
 * The same rows make the CSV of {@link CsvWriter}.
 *
 * <pre>
 * XlsxWriter.xlsx("Đoàn", List.of(List.of("ma", "tu_ngay", "thoi_gian"), List.of(7L, LocalDate.of(2022, 7, 21), "tháng 12/2022")))
 *   → A2 numeric 7, B2 a date shown 21/07/2022, C2 the text "tháng 12/2022"
 * </pre>
 */
public final class XlsxWriter {

    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final int WINDOW = 200;
    private static final int WIDEST = 60;

    private XlsxWriter() {
    }

    public static byte[] xlsx(String sheetName, List<? extends List<?>> rows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try (workbook) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            int[] widths = new int[rows.isEmpty() ? 0 : rows.getFirst().size()];
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<?> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    int width;
                    if (r == 0) {
                        cell.setCellValue(value.toString());
                        cell.setCellStyle(header);
                        width = value.toString().length() + 2;
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                        width = 11;
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                        width = number.toString().length() + 1;
                    } else {
                        cell.setCellValue(value.toString());
                        width = value.toString().length() + 1;
                    }
                    if (c < widths.length) {
                        widths[c] = Math.min(WIDEST, Math.max(widths[c], width));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.max(widths[c], 6) * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A download named {@code filename} (ASCII) holding the rows on one sheet. */
    public static ResponseEntity<byte[]> download(String filename, String sheetName, List<? extends List<?>> rows) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(XLSX);
        headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
        return ResponseEntity.ok().headers(headers).body(xlsx(sheetName, rows));
    }
}
