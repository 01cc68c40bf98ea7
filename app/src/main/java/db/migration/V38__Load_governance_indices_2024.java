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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Brings the shipped index figures to {@code reference/vn_governance_indices_2020_2024.csv} (372 rows: 2024 added,
 * empty fields filled, PAPI 2023 of Hồ Chí Minh City with its disputed group), and gives every note, conflicting value
 * and group text of the file in Vietnamese and in English.
 *
 * <p>Frozen (ADR 0010): it reads its own copies in {@code db/migration/data/V38/}: the reference file byte for byte
 * (SHA-256 {@code 98ffacce…d4aea0}) and {@code index_texts_vi_en.csv}, one line per distinct text of the columns
 * {@code note}, {@code discrepancy} and {@code group_or_tier} with its Vietnamese and English wording (the file's notes
 * are English; its PCI ratings Vietnamese). A text without its line stops the migration, so no note reaches a page
 * in one language only.
 *
 * <p>On a database that already runs: figures an administrator imported ({@code imported_by} set) are kept as they
 * are, even where the file has the same index, year and province; shipped figures ({@code imported_by} null) take
 * the file's values, and a shipped figure the file no longer has is removed. The original texts stay in
 * {@code note}, {@code discrepancy} and {@code group_label}; the new columns hold each language's wording.
 */
public class V38__Load_governance_indices_2024 extends BaseJavaMigration {

    private static final String DATA = "db/migration/data/V38/vn_governance_indices_2020_2024.csv";
    private static final String TEXTS = "db/migration/data/V38/index_texts_vi_en.csv";
    private static final List<String> RANK_BASES = List.of("explicit", "order_in_list", "not_stated", "not_ranked");
    private static final List<String> CONFIDENCES = List.of("high", "medium", "low");

    private static final String SCHEMA = """
            ALTER TABLE index_scores ADD COLUMN note_vi text, ADD COLUMN note_en text,
                ADD COLUMN discrepancy_vi text, ADD COLUMN discrepancy_en text,
                ADD COLUMN group_label_vi text, ADD COLUMN group_label_en text;
            COMMENT ON COLUMN index_scores.note IS 'the note as the source file states it, in its own language';
            COMMENT ON COLUMN index_scores.note_vi IS 'the note in Vietnamese (null: not translated)';
            COMMENT ON COLUMN index_scores.note_en IS 'the note in English (null: not translated)';
            COMMENT ON COLUMN index_scores.group_label IS 'the group as the source file states it; compared with index_groups.aliases';
            ALTER TABLE index_groups ADD COLUMN label_en text;
            UPDATE index_groups SET label_en = CASE index_code || '/' || position
                WHEN 'PAPI/1' THEN 'Highest group' WHEN 'PAPI/2' THEN 'High-average group'
                WHEN 'PAPI/3' THEN 'Low-average group' WHEN 'PAPI/4' THEN 'Lowest group'
                WHEN 'PCI/1' THEN 'Excellent' WHEN 'PCI/2' THEN 'Good' WHEN 'PCI/3' THEN 'Fair'
                WHEN 'PCI/4' THEN 'Average' WHEN 'PCI/5' THEN 'Relatively low' WHEN 'PCI/6' THEN 'Low'
                ELSE label END;
            ALTER TABLE index_topics ADD COLUMN name_en text;
            UPDATE index_topics SET name_en = CASE name
                WHEN 'Cải cách hành chính' THEN 'Administrative reform'
                WHEN 'Quản trị và hành chính công, sự tham gia của người dân' THEN 'Governance and public administration, citizens'' participation'
                WHEN 'Môi trường kinh doanh, năng lực cạnh tranh' THEN 'Business environment, competitiveness'
                WHEN 'Chuyển đổi số' THEN 'Digital transformation' END;
            """;

    /** One data row of a CSV file with its line number (the header is line 1). */
    private record Row(String file, int line, Map<String, String> values) {

        /** The field, or null when it is empty. */
        String value(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column '" + column + "' in line " + line + " of " + file);
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
            return new IllegalStateException("line " + line + " of " + file + ": " + what);
        }
    }

    private record Range(BigDecimal min, BigDecimal max) {
    }

    /** A text of the file in both languages. */
    private record Wording(String vi, String en) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement st = connection.createStatement()) {
            st.execute(SCHEMA);
        }
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
        Map<String, Wording> wordings = new HashMap<>();
        for (Row t : rows(TEXTS, read(TEXTS))) {
            wordings.put(t.required("column") + "\n" + t.required("original"), new Wording(t.required("vi"), t.required("en")));
        }
        Set<String> inFile = new HashSet<>();
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO index_scores (index_code, year, unit_id, score, score_unit, rank, rank_out_of,
                    rank_basis, group_label, source_urls, note, confidence, discrepancy,
                    note_vi, note_en, discrepancy_vi, discrepancy_en, group_label_vi, group_label_en)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (index_code, year, unit_id) DO UPDATE SET score = EXCLUDED.score,
                    score_unit = EXCLUDED.score_unit, rank = EXCLUDED.rank, rank_out_of = EXCLUDED.rank_out_of,
                    rank_basis = EXCLUDED.rank_basis, group_label = EXCLUDED.group_label,
                    source_urls = EXCLUDED.source_urls, note = EXCLUDED.note, confidence = EXCLUDED.confidence,
                    discrepancy = EXCLUDED.discrepancy, note_vi = EXCLUDED.note_vi, note_en = EXCLUDED.note_en,
                    discrepancy_vi = EXCLUDED.discrepancy_vi, discrepancy_en = EXCLUDED.discrepancy_en,
                    group_label_vi = EXCLUDED.group_label_vi, group_label_en = EXCLUDED.group_label_en,
                    imported_at = now()
                WHERE index_scores.imported_by IS NULL""")) {
            for (Row row : rows(DATA, read(DATA))) {
                inFile.add(bind(connection, upsert, row, indices, units, wordings));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        List<Long> gone = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, index_code, year, unit_id FROM index_scores WHERE imported_by IS NULL")) {
            while (rs.next()) {
                if (!inFile.contains(rs.getString(2) + "/" + rs.getInt(3) + "/" + rs.getLong(4))) {
                    gone.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM index_scores WHERE id = ?")) {
            for (long id : gone) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** Binds one row after checking it; returns its key "index/year/unit". */
    private static String bind(Connection connection, PreparedStatement insert, Row row, Map<String, Range> indices,
            Map<String, Long> units, Map<String, Wording> wordings) throws SQLException {
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
        if (!RANK_BASES.contains(basis) || rank != null && (basis.equals("not_ranked") || basis.equals("not_stated"))) {
            throw row.problem("rank basis " + basis + " with rank " + rank);
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
        Wording note = wording(row, "note", wordings);
        Wording discrepancy = wording(row, "discrepancy", wordings);
        Wording group = wording(row, "group_or_tier", wordings);
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
        insert.setString(14, note == null ? null : note.vi());
        insert.setString(15, note == null ? null : note.en());
        insert.setString(16, discrepancy == null ? null : discrepancy.vi());
        insert.setString(17, discrepancy == null ? null : discrepancy.en());
        insert.setString(18, group == null ? null : group.vi());
        insert.setString(19, group == null ? null : group.en());
        return index + "/" + year + "/" + unit;
    }

    private static Wording wording(Row row, String column, Map<String, Wording> wordings) {
        String text = row.value(column);
        if (text == null) {
            return null;
        }
        Wording w = wordings.get(column + "\n" + text);
        if (w == null) {
            throw row.problem("no Vietnamese and English wording in " + TEXTS + " for " + column + " '" + text + "'");
        }
        return w;
    }

    private static void setInteger(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    private static String read(String path) throws IOException {
        try (InputStream in = V38__Load_governance_indices_2024.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration data missing from the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** RFC 4180: quoted fields, doubled quotes, line breaks inside quotes. */
    private static List<Row> rows(String file, String text) {
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
                throw new IllegalStateException("line " + (r + 1) + " of " + file + " has " + records.get(r).size()
                        + " fields, the header has " + header.size());
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), records.get(r).get(c));
            }
            rows.add(new Row(file, r + 1, values));
        }
        return rows;
    }
}
