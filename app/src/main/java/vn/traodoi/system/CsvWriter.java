package vn.traodoi.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel opens Vietnamese text correctly, and CRLF line ends.
 * A {@link LocalDate} is written dd/MM/yyyy; the same rows make the Excel file of {@link XlsxWriter}.
 *
 * <pre>
 * CsvWriter.csv(List.of(List.of("Tên", "Mã"), List.of("Hà Nội, thủ đô", "01"))) → "\uFEFFTên,Mã\r\n\"Hà Nội, thủ đô\",01\r\n"
 * </pre>
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    public static String csv(List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<?> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** A download named {@code filename} (ASCII) holding the rows. */
    public static ResponseEntity<byte[]> download(String filename, List<? extends List<?>> rows) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
        return ResponseEntity.ok().headers(headers).body(csv(rows).getBytes(StandardCharsets.UTF_8));
    }

    private static String field(Object value) {
        String text = value == null ? "" : value instanceof LocalDate day ? Days.format(day) : value.toString();
        // A leading =, +, - or @ would be run as a formula by spreadsheets: keep it as text.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
