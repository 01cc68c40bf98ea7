package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the shipped index figures (304 rows of PAR Index, SIPAS, PAPI, PCI and DTI 2020–2023 with their sources).
 *
 * <p>Frozen (ADR 0010): it reads its own copy of {@code reference/vn_governance_indices_2020_2023.csv} in
 * {@code db/migration/data/V22/}, taken when it landed, and carries the code it needs, so that nothing outside this
 * class changes what a new database receives. The file was checked row by row, as an import is, when it landed;
 * here each row must still name a known index, a unit of its year by code, a score within the index's range, a rank
 * within the ranked count, a known rank basis and web sources, or the migration stops. Never edit it or its file: a
 * corrected or a new figure is a new migration.
 */
public class V22__Load_governance_indices extends BaseJavaMigration {

    private static final String DATA = "db/migration/data/V22/vn_governance_indices_2020_2023.csv";
    private static final List<String> RANK_BASES = List.of("explicit", "order_in_list", "not_stated", "not_ranked");
    private static final List<String> CONFIDENCES = List.of("high", "medium", "low");

    /** One data row of the CSV file with its line number (the header is line 1). */
    private record Row(int line, Map<String, String> values) {

        /** The field, or null when it is empty. */
        String value(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column '" + column + "' in line " + line);
            }
            return value.isBlank() ? null : value.strip();
        }

        String required(String column) {
            String value = value(column);
            if (value == null) {
                throw problem(column + " is empty");
            }
            return value;
        }

        Integer integer(String column) {
            String value = value(column);
            return value == null ? null : Integer.valueOf(value);
        }

        IllegalStateException problem(String what) {
            return new IllegalStateException("line " + line + " of " + DATA + ": " + what);
        }
    }

    private record Range(BigDecimal min, BigDecimal max) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, Range> indices = new HashMap<>();
        Map<String, Long> units = new HashMap<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT code, score_min, score_max FROM governance_indices")) {
                while (rs.next()) {
                    indices.put(rs.getString(1), new Range(rs.getBigDecimal(2), rs.getBigDecimal(3)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT unit_set, gso_code, id FROM administrative_units")) {
                while (rs.next()) {
                    units.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO index_scores (index_code, year, unit_id, score, score_unit, rank, rank_out_of,
                    rank_basis, group_label, source_urls, note, confidence, discrepancy)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Row row : read()) {
                bind(connection, insert, row, indices, units);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(Connection connection, PreparedStatement insert, Row row, Map<String, Range> indices,
            Map<String, Long> units) throws SQLException {
        String index = row.required("index");
        Range range = indices.get(index);
        if (range == null) {
            throw row.problem("unknown index " + index);
        }
        int year = Integer.parseInt(row.required("year"));
        Long unit = units.get((year <= 2024 ? "old63" : "new34") + "/" + row.required("gso_code"));
        if (year < 2000 || year > 2100 || unit == null) {
            throw row.problem("no unit " + row.value("gso_code") + " in " + year);
        }
        BigDecimal score = row.value("score") == null ? null : new BigDecimal(row.value("score"));
        if (score != null && (score.compareTo(range.min()) < 0 || score.compareTo(range.max()) > 0)) {
            throw row.problem("score " + score + " outside " + range);
        }
        Integer rank = row.integer("rank");
        Integer outOf = row.integer("rank_out_of");
        if (rank != null && rank < 1 || outOf != null && outOf < 1 || rank != null && outOf != null && rank > outOf) {
            throw row.problem("rank " + rank + " of " + outOf);
        }
        String basis = row.required("rank_basis");
        if (!RANK_BASES.contains(basis)) {
            throw row.problem("unknown rank basis " + basis);
        }
        List<String> sources = Arrays.stream(row.required("source_urls").split("\\s*\\|\\s*"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (sources.stream().anyMatch(s -> !s.matches("https?://\\S+"))) {
            throw row.problem("a source is not a web address: " + sources);
        }
        String confidence = row.value("confidence");
        if (confidence != null && !CONFIDENCES.contains(confidence)) {
            throw row.problem("unknown confidence " + confidence);
        }
        insert.setString(1, index);
        insert.setInt(2, year);
        insert.setLong(3, unit);
        insert.setBigDecimal(4, score);
        insert.setString(5, row.value("score_unit"));
        setInteger(insert, 6, rank);
        setInteger(insert, 7, outOf);
        insert.setString(8, basis);
        insert.setString(9, row.value("group_or_tier"));
        insert.setArray(10, connection.createArrayOf("text", sources.toArray()));
        insert.setString(11, row.value("note"));
        insert.setString(12, confidence);
        insert.setString(13, row.value("discrepancy"));
    }

    private static void setInteger(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    private static List<Row> read() throws IOException {
        try (InputStream in = V22__Load_governance_indices.class.getClassLoader().getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException("migration data missing from the classpath: " + DATA);
            }
            return rows(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** RFC 4180: quoted fields, doubled quotes, line breaks inside quotes. */
    private static List<Row> rows(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"' && (quoted || field.isEmpty())) {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (!quoted && c == '\n') {
                fields.add(field.toString().replaceFirst("\r$", ""));
                records.add(fields);
                fields = new ArrayList<>();
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString().replaceFirst("\r$", ""));
            records.add(fields);
        }
        List<String> header = records.getFirst();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            if (records.get(r).size() != header.size()) {
                throw new IllegalStateException("line " + (r + 1) + " of " + DATA + " has " + records.get(r).size()
                        + " fields, the header has " + header.size());
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), records.get(r).get(c));
            }
            rows.add(new Row(r + 1, values));
        }
        return rows;
    }
}
