package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the 63 provinces valid until 2025-06-30, the 34 units from 2025-07-01, the old → new mapping and
 * every name variant.
 *
 * <p>Frozen (ADR 0010): it reads its own copies of the reference CSVs in {@code db/migration/data/V3/}, taken from
 * {@code reference/} when it landed, and carries the code it needs (an RFC 4180 reader, the normalization and the
 * match key of {@code VietnameseText}) so that nothing outside this class changes what a new database receives.
 * Never edit it or its files: a correction of the units or their names is a new migration.
 */
public class V3__Load_administrative_units extends BaseJavaMigration {

    static final LocalDate LAST_DAY_OF_63 = LocalDate.of(2025, 6, 30);
    static final LocalDate FIRST_DAY_OF_34 = LocalDate.of(2025, 7, 1);
    /** Tỉnh Thừa Thiên Huế became Thành phố Huế (Resolution 1314/NQ-UBTVQH15). */
    static final LocalDate HUE_RENAMED_ON = LocalDate.of(2025, 1, 1);

    /** The files as they were named in {@code reference/}; the name is stored as each unit's source. */
    private static final String SOURCE_63 = "reference/vn_provinces_63_pre2025.csv";
    private static final String SOURCE_34 = "reference/vn_provinces_34_from_2025-07-01.csv";
    private static final String DATA = "db/migration/data/V3/";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    /** One data row of a CSV file with its line number (the header is line 1); an empty field is an empty string. */
    private record Row(int line, Map<String, String> values) {

        String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column '" + column + "' in line " + line);
            }
            return value;
        }

        String getOrNull(String column) {
            String value = get(column).strip();
            return value.isEmpty() ? null : value;
        }
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, Long> newIds = new HashMap<>();
        Map<String, Long> oldIds = new HashMap<>();
        String insert = """
                INSERT INTO administrative_units (unit_set, gso_code, name_vi, full_name_vi, former_full_name_vi,
                    renamed_on, name_ascii, name_en, full_name_en, unit_type_vi, unit_type_en, region_vi,
                    region_en, iso_3166_2, valid_from, valid_to, political_center, later_change_note, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        try (PreparedStatement ps = connection.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
            for (Row row : read("vn_provinces_34_from_2025-07-01.csv")) {
                bind(ps, "new34", row, null, null, null, row.getOrNull("political_admin_center_per_60_NQ_TW"),
                        row.getOrNull("later_change_note"), FIRST_DAY_OF_34, null, SOURCE_34);
                newIds.put(row.get("gso_code"), insertReturningId(ps));
            }
            for (Row row : read("vn_provinces_63_pre2025.csv")) {
                String former = row.getOrNull("full_name_vi_before_2025_01_01");
                bind(ps, "old63", row, former, former == null ? null : HUE_RENAMED_ON, null, null, null, null,
                        LAST_DAY_OF_63, SOURCE_63);
                oldIds.put(row.get("gso_code"), insertReturningId(ps));
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE administrative_units SET successor_id = ? WHERE id = ?")) {
            for (Row row : read("vn_province_mapping_63_to_34.csv")) {
                ps.setLong(1, require(newIds, row.get("new_gso_code"), row));
                ps.setLong(2, require(oldIds, row.get("old_gso_code"), row));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO administrative_unit_variants (unit_id, variant, variant_type, match_key, source)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            for (Row row : read("vn_province_name_variants.csv")) {
                Map<String, Long> ids = row.get("unit_set").equals("new34") ? newIds : oldIds;
                String variant = normalize(row.get("variant"));
                String key = matchKey(variant);
                if (!key.equals(row.get("match_key"))) {
                    throw new IllegalStateException("line " + row.line() + " of the name variants: match key "
                            + row.get("match_key") + " differs from the computed " + key);
                }
                ps.setLong(1, require(ids, row.get("gso_code"), row));
                ps.setString(2, variant);
                ps.setString(3, row.get("variant_type"));
                ps.setString(4, key);
                ps.setString(5, row.get("source"));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, String set, Row row, String former, LocalDate renamedOn,
            String regionVi, String center, String laterChange, LocalDate from, LocalDate to, String source)
            throws Exception {
        boolean old = set.equals("old63");
        ps.setString(1, set);
        ps.setString(2, row.get("gso_code"));
        ps.setString(3, row.get("name_vi"));
        ps.setString(4, row.get("full_name_vi"));
        ps.setString(5, former);
        ps.setDate(6, renamedOn == null ? null : Date.valueOf(renamedOn));
        ps.setString(7, row.get("name_ascii"));
        ps.setString(8, row.get("name_en"));
        ps.setString(9, row.get("full_name_en"));
        ps.setString(10, row.get("unit_type_vi"));
        ps.setString(11, row.get("unit_type_en"));
        ps.setString(12, old ? row.getOrNull("region_vi") : regionVi);
        ps.setString(13, old ? row.getOrNull("region_en") : null);
        ps.setString(14, old ? row.getOrNull("iso_3166_2") : null);
        ps.setDate(15, from == null ? null : Date.valueOf(from));
        ps.setDate(16, to == null ? null : Date.valueOf(to));
        ps.setString(17, center);
        ps.setString(18, laterChange);
        ps.setString(19, source);
    }

    private static long insertReturningId(PreparedStatement ps) throws Exception {
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static long require(Map<String, Long> ids, String code, Row row) {
        Long id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException("line " + row.line() + ": unknown unit code " + code);
        }
        return id;
    }

    private static List<Row> read(String file) throws IOException {
        String resource = DATA + file;
        try (InputStream in = V3__Load_administrative_units.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration data missing from the classpath: " + resource);
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
                throw new IllegalStateException("line " + (r + 1) + " has " + records.get(r).size()
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

    /** NFC, every dash as "-", runs of white space as one space, trimmed (VietnameseText.normalize when it landed). */
    private static String normalize(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(DASHES.matcher(composed).replaceAll("-")).replaceAll(" ").strip();
    }

    /** Folded (no diacritic, đ as d, lower case), letters and digits only (VietnameseText.matchKey when it landed). */
    private static String matchKey(String text) {
        String bare = COMBINING_MARKS.matcher(Normalizer.normalize(normalize(text), Normalizer.Form.NFD)).replaceAll("");
        String folded = bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return NOT_ALPHANUMERIC.matcher(folded).replaceAll("");
    }
}
