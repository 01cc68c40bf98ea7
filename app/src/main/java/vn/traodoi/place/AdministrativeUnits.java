package vn.traodoi.place;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads administrative units and their name variants. */
@Repository
class AdministrativeUnits {

    private static final String COLUMNS = """
            u.id, u.unit_set, u.gso_code, u.name_vi, u.full_name_vi, u.former_full_name_vi, u.renamed_on,
            u.name_ascii, u.name_en, u.full_name_en, u.unit_type_vi, u.unit_type_en, u.region_vi, u.region_en,
            u.iso_3166_2 AS iso31662, u.valid_from, u.valid_to, u.successor_id, u.political_center,
            u.later_change_note, u.source""";

    private final JdbcClient jdbc;

    AdministrativeUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AdministrativeUnit> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM administrative_units u WHERE u.id = ?")
                .param(id).query(AdministrativeUnit.class).optional();
    }

    List<AdministrativeUnit> findByIds(Long[] ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM administrative_units u WHERE u.id = ANY (?)")
                .param(ids).query(AdministrativeUnit.class).list();
    }

    List<AdministrativeUnit> findAll(@Nullable String unitSet) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM administrative_units u"
                        + " WHERE (CAST(:set AS text) IS NULL OR u.unit_set = :set) ORDER BY u.unit_set DESC, u.gso_code")
                .param("set", unitSet).query(AdministrativeUnit.class).list();
    }

    /** Units having a variant with exactly this match key. */
    List<AdministrativeUnit> findByMatchKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM administrative_units u WHERE u.id IN"
                        + " (SELECT v.unit_id FROM administrative_unit_variants v WHERE v.match_key = ?)"
                        + " ORDER BY u.unit_set DESC, u.gso_code")
                .param(key).query(AdministrativeUnit.class).list();
    }

    /** Units whose best variant is similar to the key (trigram similarity), best first. */
    List<AdministrativeUnit> findSimilar(String key, double threshold, int limit) {
        return jdbc.sql("""
                        SELECT %s FROM administrative_units u
                        JOIN (SELECT v.unit_id, max(similarity(v.match_key, :key)) AS score
                              FROM administrative_unit_variants v
                              WHERE similarity(v.match_key, :key) >= :threshold
                              GROUP BY v.unit_id) best ON best.unit_id = u.id
                        ORDER BY best.score DESC, u.unit_set DESC, u.gso_code
                        LIMIT :limit""".formatted(COLUMNS))
                .param("key", key).param("threshold", threshold).param("limit", limit)
                .query(AdministrativeUnit.class).list();
    }

    /** Diacritic-insensitive search in names and variants, for the list page. */
    List<AdministrativeUnit> search(String folded, String key, @Nullable String unitSet) {
        return jdbc.sql("""
                        SELECT %s FROM administrative_units u
                        WHERE (CAST(:set AS text) IS NULL OR u.unit_set = :set)
                          AND (vn_fold(u.full_name_vi) LIKE '%%' || :folded || '%%'
                               OR vn_fold(coalesce(u.former_full_name_vi, '')) LIKE '%%' || :folded || '%%'
                               OR EXISTS (SELECT 1 FROM administrative_unit_variants v
                                          WHERE v.unit_id = u.id
                                            AND (v.match_key LIKE '%%' || :key || '%%'
                                                 OR (length(:key) >= 4 AND similarity(v.match_key, :key) >= 0.5))))
                        ORDER BY u.unit_set DESC, u.gso_code""".formatted(COLUMNS))
                .param("set", unitSet).param("folded", folded).param("key", key)
                .query(AdministrativeUnit.class).list();
    }

    List<AdministrativeUnit> predecessors(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM administrative_units u WHERE u.successor_id = ? ORDER BY u.gso_code")
                .param(id).query(AdministrativeUnit.class).list();
    }

    List<NameVariant> variants(long unitId) {
        return jdbc.sql("""
                        SELECT variant, variant_type, match_key, source FROM administrative_unit_variants
                        WHERE unit_id = ? ORDER BY variant_type, variant""")
                .param(unitId).query(NameVariant.class).list();
    }

    /** The variant of this unit that matched the key, for showing why a match was found. */
    Optional<String> variantFor(long unitId, String key) {
        return jdbc.sql("""
                        SELECT variant FROM administrative_unit_variants WHERE unit_id = ?
                        ORDER BY (match_key = ?) DESC, similarity(match_key, ?) DESC, variant LIMIT 1""")
                .params(unitId, key, key).query(String.class).optional();
    }
}
