package vn.traodoi.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes) for the reference
 * files traodoi ships. Rows are maps from header names to values; an empty field is an empty string.
 *
 * <pre>
 * CsvReader.read(reader) on "a,b\n1,\"x, y\"\n" → [{a=1, b=x, y}]
 * </pre>
 */
public final class CsvReader {

    private CsvReader() {
    }

    /** One data row with its line number in the file (the header is line 1). */
    public record Row(int line, Map<String, String> values) {
        public Row {
            values = Collections.unmodifiableMap(values);
        }

        /** The value of a column that must exist in the header. */
        public String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column '" + column + "' in line " + line);
            }
            return value;
        }

        /** The value, or null when the field is empty. */
        public String getOrNull(String column) {
            String value = get(column).strip();
            return value.isEmpty() ? null : value;
        }
    }

    public static List<Row> read(Reader reader) {
        List<List<String>> records = parse(reader.markSupported() ? reader : new BufferedReader(reader));
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.getFirst();
        if (!header.isEmpty() && header.getFirst().startsWith("\uFEFF")) {
            header.set(0, header.getFirst().substring(1));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i);
            if (fields.size() == 1 && fields.getFirst().isEmpty()) {
                continue;
            }
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException("line " + (i + 1) + " has " + fields.size()
                        + " fields, the header has " + header.size());
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), fields.get(c));
            }
            rows.add(new Row(i + 1, values));
        }
        return rows;
    }

    private static List<List<String>> parse(Reader reader) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        try {
            int c;
            while ((c = reader.read()) != -1) {
                any = true;
                if (quoted) {
                    if (c == '"') {
                        reader.mark(1);
                        int next = reader.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next == -1) {
                                break;
                            }
                            reader.reset();
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    fields.add(stripCarriageReturn(field));
                    records.add(fields);
                    fields = new ArrayList<>();
                    field.setLength(0);
                    any = false;
                } else {
                    field.append((char) c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field in line " + (records.size() + 1));
        }
        if (any) {
            fields.add(stripCarriageReturn(field));
            records.add(fields);
        }
        return records;
    }

    private static String stripCarriageReturn(StringBuilder field) {
        int length = field.length();
        return length > 0 && field.charAt(length - 1) == '\r' ? field.substring(0, length - 1) : field.toString();
    }
}
