package db.migration;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.traodoi.system.CsvReader;
import vn.traodoi.text.VietnameseText;

/**
 * Loads the 63 provinces valid until 2025-06-30, the 34 units from 2025-07-01, the old → new mapping and
 * every name variant from the reference CSVs shipped in {@code reference/}.
 */
public class V3__Load_administrative_units extends BaseJavaMigration {

    static final LocalDate LAST_DAY_OF_63 = LocalDate.of(2025, 6, 30);
    static final LocalDate FIRST_DAY_OF_34 = LocalDate.of(2025, 7, 1);
    /** Tỉnh Thừa Thiên Huế became Thành phố Huế (Resolution 1314/NQ-UBTVQH15). */
    static final LocalDate HUE_RENAMED_ON = LocalDate.of(2025, 1, 1);

    private static final String SOURCE_63 = "reference/vn_provinces_63_pre2025.csv";
    private static final String SOURCE_34 = "reference/vn_provinces_34_from_2025-07-01.csv";

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
            for (CsvReader.Row row : read(SOURCE_34)) {
                bind(ps, "new34", row, null, null, null, row.getOrNull("political_admin_center_per_60_NQ_TW"),
                        row.getOrNull("later_change_note"), FIRST_DAY_OF_34, null, SOURCE_34);
                newIds.put(row.get("gso_code"), insertReturningId(ps));
            }
            for (CsvReader.Row row : read(SOURCE_63)) {
                String former = row.getOrNull("full_name_vi_before_2025_01_01");
                bind(ps, "old63", row, former, former == null ? null : HUE_RENAMED_ON, null, null, null, null,
                        LAST_DAY_OF_63, SOURCE_63);
                oldIds.put(row.get("gso_code"), insertReturningId(ps));
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE administrative_units SET successor_id = ? WHERE id = ?")) {
            for (CsvReader.Row row : read("reference/vn_province_mapping_63_to_34.csv")) {
                ps.setLong(1, require(newIds, row.get("new_gso_code"), row));
                ps.setLong(2, require(oldIds, row.get("old_gso_code"), row));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO administrative_unit_variants (unit_id, variant, variant_type, match_key, source)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            for (CsvReader.Row row : read("reference/vn_province_name_variants.csv")) {
                Map<String, Long> ids = row.get("unit_set").equals("new34") ? newIds : oldIds;
                String variant = VietnameseText.normalize(row.get("variant"));
                String key = VietnameseText.matchKey(variant);
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

    private static void bind(PreparedStatement ps, String set, CsvReader.Row row, String former, LocalDate renamedOn,
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

    private static long require(Map<String, Long> ids, String code, CsvReader.Row row) {
        Long id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException("line " + row.line() + ": unknown unit code " + code);
        }
        return id;
    }

    private static List<CsvReader.Row> read(String resource) throws Exception {
        InputStream in = V3__Load_administrative_units.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference file missing from the classpath: " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return CsvReader.read(reader);
        }
    }
}
