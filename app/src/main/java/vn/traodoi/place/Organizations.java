package vn.traodoi.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Organizations {

    private static final String COLUMNS = """
            id, name, short_name, kind, parent_id, unit_id, valid_from, valid_to, note, version""";

    private final JdbcClient jdbc;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organization> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organizations WHERE id = ?").param(id)
                .query(Organization.class).optional();
    }

    List<Organization> findByIds(Long[] ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organizations WHERE id = ANY (?)").param(ids)
                .query(Organization.class).list();
    }

    List<Organization> search(@Nullable String folded, @Nullable OrganizationKind kind, @Nullable Long unitId,
            int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organizations WHERE " + WHERE
                        + " ORDER BY vn_fold(name), id OFFSET :offset LIMIT :limit")
                .params(filters(folded, kind, unitId)).param("offset", offset).param("limit", limit)
                .query(Organization.class).list();
    }

    long count(@Nullable String folded, @Nullable OrganizationKind kind, @Nullable Long unitId) {
        return jdbc.sql("SELECT count(*) FROM organizations WHERE " + WHERE)
                .params(filters(folded, kind, unitId)).query(Long.class).single();
    }

    Optional<Organization> findByName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organizations WHERE name = ? ORDER BY id LIMIT 1").param(name)
                .query(Organization.class).optional();
    }

    List<Organization> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organizations ORDER BY vn_fold(name), id")
                .query(Organization.class).list();
    }

    long insert(OrganizationForm f) {
        return jdbc.sql("""
                        INSERT INTO organizations (name, short_name, kind, parent_id, unit_id, valid_from, valid_to, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(f.name(), f.shortName(), String.valueOf(f.kind()), f.parentId(), f.unitId(), f.validFrom(),
                        f.validTo(), f.note())
                .query(Long.class).single();
    }

    /** False when the stored version is not the one the form was loaded with. */
    boolean update(long id, OrganizationForm f) {
        return jdbc.sql("""
                        UPDATE organizations SET name = ?, short_name = ?, kind = ?, parent_id = ?, unit_id = ?,
                            valid_from = ?, valid_to = ?, note = ?, version = version + 1, updated_at = now()
                        WHERE id = ? AND version = ?""")
                .params(f.name(), f.shortName(), String.valueOf(f.kind()), f.parentId(), f.unitId(), f.validFrom(),
                        f.validTo(), f.note(), id, f.version())
                .update() == 1;
    }

    /** Whether {@code candidate} is {@code id} itself or one of its descendants (a parent loop). */
    boolean isSelfOrDescendant(long id, long candidate) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        WITH RECURSIVE tree AS (
                            SELECT id FROM organizations WHERE id = ?
                            UNION SELECT o.id FROM organizations o JOIN tree t ON o.parent_id = t.id)
                        SELECT EXISTS (SELECT 1 FROM tree WHERE id = ?)""")
                .params(id, candidate).query(Boolean.class).single());
    }

    boolean nameTaken(String name, @Nullable Long unitId, @Nullable Long exceptId) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM organizations WHERE vn_fold(name) = vn_fold(?)
                            AND coalesce(unit_id, 0) = coalesce(CAST(? AS bigint), 0) AND id <> coalesce(CAST(? AS bigint), 0))""")
                .params(name, unitId, exceptId).query(Boolean.class).single());
    }

    private static final String WHERE = """
            (CAST(:q AS text) IS NULL OR NOT EXISTS (
                SELECT 1 FROM unnest(string_to_array(:q, ' ')) AS word
                WHERE word <> '' AND strpos(vn_fold(name || ' ' || coalesce(short_name, '')), word) = 0))
            AND (CAST(:kind AS text) IS NULL OR kind = :kind)
            AND (CAST(:unit AS bigint) IS NULL OR unit_id = :unit)""";

    private static Map<String, @Nullable Object> filters(@Nullable String folded, @Nullable OrganizationKind kind,
            @Nullable Long unitId) {
        Map<String, @Nullable Object> p = new HashMap<>();
        p.put("q", folded == null || folded.isBlank() ? null : folded);
        p.put("kind", kind == null ? null : kind.name());
        p.put("unit", unitId);
        return p;
    }
}
