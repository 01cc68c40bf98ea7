package vn.traodoi.index;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Stores checked index figures of an import through a plain connection, inside the caller's transaction. A figure
 * replaces the one of the same index, year and unit.
 */
final class IndexStore {

    private IndexStore() {
    }

    static Map<String, IndexRows.Index> indices(Connection connection) throws SQLException {
        Map<String, IndexRows.Index> indices = new HashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT code, score_min, score_max FROM governance_indices")) {
            while (rs.next()) {
                indices.put(rs.getString(1), new IndexRows.Index(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)));
            }
        }
        return indices;
    }

    /** Inserts or replaces each figure; returns how many replaced an earlier one. */
    static int save(Connection connection, List<IndexFigure> figures, @Nullable Long userId) throws SQLException {
        int replaced = 0;
        try (PreparedStatement exists = connection.prepareStatement(
                        "SELECT 1 FROM index_scores WHERE index_code = ? AND year = ? AND unit_id = ?");
                PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO index_scores (index_code, year, unit_id, score, score_unit, rank, rank_out_of,
                            rank_basis, group_label, source_urls, note, confidence, discrepancy, imported_by,
                            note_vi, note_en, discrepancy_vi, discrepancy_en, group_label_vi, group_label_en)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (index_code, year, unit_id) DO UPDATE SET score = EXCLUDED.score,
                            score_unit = EXCLUDED.score_unit, rank = EXCLUDED.rank, rank_out_of = EXCLUDED.rank_out_of,
                            rank_basis = EXCLUDED.rank_basis, group_label = EXCLUDED.group_label,
                            source_urls = EXCLUDED.source_urls, note = EXCLUDED.note, confidence = EXCLUDED.confidence,
                            discrepancy = EXCLUDED.discrepancy, imported_by = EXCLUDED.imported_by, imported_at = now(),
                            note_vi = EXCLUDED.note_vi, note_en = EXCLUDED.note_en, discrepancy_vi = EXCLUDED.discrepancy_vi,
                            discrepancy_en = EXCLUDED.discrepancy_en, group_label_vi = EXCLUDED.group_label_vi,
                            group_label_en = EXCLUDED.group_label_en""")) {
            for (IndexFigure f : figures) {
                exists.setString(1, f.indexCode());
                exists.setInt(2, f.year());
                exists.setLong(3, f.unitId());
                try (ResultSet rs = exists.executeQuery()) {
                    replaced += rs.next() ? 1 : 0;
                }
                upsert.setString(1, f.indexCode());
                upsert.setInt(2, f.year());
                upsert.setLong(3, f.unitId());
                upsert.setBigDecimal(4, f.score());
                upsert.setString(5, f.scoreUnit());
                setInteger(upsert, 6, f.rank());
                setInteger(upsert, 7, f.rankOutOf());
                upsert.setString(8, f.rankBasis().csv());
                upsert.setString(9, f.groupLabel());
                Array sources = connection.createArrayOf("text", f.sources().toArray());
                upsert.setArray(10, sources);
                upsert.setString(11, f.note());
                upsert.setString(12, f.confidence());
                upsert.setString(13, f.discrepancy());
                if (userId == null) {
                    upsert.setNull(14, Types.BIGINT);
                } else {
                    upsert.setLong(14, userId);
                }
                upsert.setString(15, f.texts().noteVi());
                upsert.setString(16, f.texts().noteEn());
                upsert.setString(17, f.texts().discrepancyVi());
                upsert.setString(18, f.texts().discrepancyEn());
                upsert.setString(19, f.texts().groupVi());
                upsert.setString(20, f.texts().groupEn());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        return replaced;
    }

    private static void setInteger(PreparedStatement ps, int i, @Nullable Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    /** A short summary of figures for the audit log: "PAR_INDEX 2021 Hải Phòng 91.8 1/63". */
    static String summary(List<IndexFigure> figures) {
        return figures.stream().limit(500).map(f -> f.indexCode() + " " + f.year() + " " + f.unitName()
                        + (f.score() == null ? "" : " " + f.score().stripTrailingZeros().toPlainString())
                        + (f.rankText() == null ? "" : " " + f.rankText()) + (f.notRanked() ? " not ranked" : ""))
                .collect(Collectors.joining("; "));
    }

}
