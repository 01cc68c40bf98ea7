package vn.traodoi.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.CsvReader;

/**
 * Imports index figures from a CSV (UTF-8, the columns of the shipped file) or an Excel workbook (the same header in
 * the first sheet): every row is checked and reported by its line; the figures are stored only when no row has a
 * problem — all or nothing. A figure replaces the stored one of the same index, year and unit. Administrators only.
 */
@Service
class IndexImport {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** What an import did, or why it did nothing. */
    public record Report(String fileName, int rows, int imported, int replaced, List<IndexRows.Problem> problems) {

        public Report {
            problems = List.copyOf(problems);
        }

        public boolean done() {
            return problems.isEmpty();
        }
    }

    private final DataSource dataSource;
    private final AuditLog audit;

    IndexImport(DataSource dataSource, AuditLog audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    @Transactional
    public Report importFile(CurrentUser user, @Nullable String fileName, byte[] bytes) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators import index figures");
        }
        String name = fileName == null || fileName.isBlank() ? "?" : fileName.strip();
        if (bytes.length == 0) {
            return failed(name, 0, "index.import.empty", List.of());
        }
        if (bytes.length > MAX_BYTES) {
            return failed(name, 0, "index.import.tooLarge", List.of());
        }
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        List<CsvReader.Row> rows;
        try {
            rows = switch (ext) {
                case "csv" -> csv(bytes);
                case "xlsx" -> xlsx(bytes);
                default -> null;
            };
        } catch (RowsUnreadable e) {
            return new Report(name, 0, 0, 0, List.of(e.problem));
        }
        if (rows == null) {
            return failed(name, 0, "index.import.type", List.of());
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            IndexRows.Parsed parsed = IndexRows.parse(rows, IndexStore.indices(connection), UnitDirectory.load(connection));
            if (!parsed.problems().isEmpty()) {
                return new Report(name, rows.size(), 0, 0, parsed.problems());
            }
            int replaced = IndexStore.save(connection, parsed.figures(), user.userId());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", name);
            after.put("rows", rows.size());
            after.put("replaced", replaced);
            after.put("figures", IndexStore.summary(parsed.figures()));
            audit.record("INDEX_FIGURES_IMPORTED", "index_import", null,
                    name + ": " + parsed.figures().size() + " số liệu (" + replaced + " thay số liệu cũ)", null, after);
            return new Report(name, rows.size(), parsed.figures().size(), replaced, List.of());
        } catch (SQLException e) {
            throw new IllegalStateException("index figures not stored", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static Report failed(String name, int line, String code, List<String> arguments) {
        return new Report(name, 0, 0, 0, List.of(new IndexRows.Problem(line, "", code, arguments)));
    }

    private static final class RowsUnreadable extends Exception {
        final IndexRows.Problem problem;

        RowsUnreadable(IndexRows.Problem problem) {
            super(problem.code());
            this.problem = problem;
        }
    }

    /** UTF-8 only: a file saved in another encoding is refused with the line of its first byte that is not UTF-8. */
    static List<CsvReader.Row> csv(byte[] bytes) throws RowsUnreadable {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RowsUnreadable(new IndexRows.Problem(firstBadLine(bytes), "", "index.import.encoding", List.of()));
        }
        try {
            return CsvReader.read(new StringReader(text.replace("\uFEFF", "")));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            Matcher m = Pattern.compile("line (\\d+)").matcher(message);
            throw new RowsUnreadable(new IndexRows.Problem(m.find() ? Integer.parseInt(m.group(1)) : 0, "",
                    "index.import.malformed", List.of()));
        }
    }

    private static int firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    /** The first sheet: its first row is the header; each row keeps the number Excel shows for it. */
    static List<CsvReader.Row> xlsx(byte[] bytes) throws RowsUnreadable {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new RowsUnreadable(new IndexRows.Problem(0, "", "index.import.type", List.of()));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<String> header = new ArrayList<>();
            List<CsvReader.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (header.isEmpty()) {
                    for (Cell cell : row) {
                        while (header.size() < cell.getColumnIndex()) {
                            header.add("");
                        }
                        header.add(format.formatCellValue(cell).strip());
                    }
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean blank = true;
                for (int i = 0; i < header.size(); i++) {
                    Cell cell = row.getCell(i);
                    String v = cell == null ? "" : format.formatCellValue(cell).strip();
                    blank &= v.isEmpty();
                    values.put(header.get(i), v);
                }
                if (!blank) {
                    rows.add(new CsvReader.Row(row.getRowNum() + 1, values));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new RowsUnreadable(new IndexRows.Problem(0, "", "index.import.unreadable", List.of()));
        }
    }
}
