package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.IntegrationTest;
import vn.traodoi.text.VietnameseText;

@IntegrationTest
class MigrationsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsSixtyThreeOldAndThirtyFourNewUnitsEachOldOneWithItsSuccessor() {
        assertThat(count("SELECT count(*) FROM administrative_units WHERE unit_set = 'old63'")).isEqualTo(63);
        assertThat(count("SELECT count(*) FROM administrative_units WHERE unit_set = 'new34'")).isEqualTo(34);
        assertThat(count("SELECT count(*) FROM administrative_units WHERE unit_set = 'old63' AND successor_id IS NULL"))
                .isZero();
        assertThat(count("""
                SELECT count(*) FROM administrative_units o JOIN administrative_units n ON n.id = o.successor_id
                WHERE o.gso_code = '74' AND o.unit_set = 'old63' AND n.gso_code = '79' AND n.unit_set = 'new34'"""))
                .as("Bình Dương merged into Hồ Chí Minh City").isEqualTo(1);
    }

    @Test
    void keepsEveryNameVariantOfTheReferenceFile() throws Exception {
        List<CsvReader.Row> rows;
        try (var reader = new InputStreamReader(Objects.requireNonNull(getClass().getClassLoader()
                .getResourceAsStream("reference/vn_province_name_variants.csv")), StandardCharsets.UTF_8)) {
            rows = CsvReader.read(reader);
        }
        assertThat(rows).hasSize(683);
        for (CsvReader.Row row : rows) {
            assertThat(count("""
                    SELECT count(*) FROM administrative_unit_variants v JOIN administrative_units u ON u.id = v.unit_id
                    WHERE u.unit_set = '%s' AND u.gso_code = '%s' AND v.match_key = '%s'""".formatted(
                    row.get("unit_set"), row.get("gso_code"), row.get("match_key"))))
                    .as("variant %s of line %d", row.get("variant"), row.line()).isPositive();
        }
    }

    @Test
    void theDatabaseFoldsLikeTheTextLibrary() {
        for (String text : List.of("Thành phố Hồ Chí Minh", "ĐẮK LẮK", "Thừa Thiên - Huế", "Hoà Bình", "Nguyễn Thị Thược")) {
            String folded = jdbc.sql("SELECT vn_fold(?)").param(text).query(String.class).single();
            String key = jdbc.sql("SELECT vn_match_key(?)").param(text).query(String.class).single();
            assertThat(folded).isEqualTo(VietnameseText.fold(text));
            assertThat(key).isEqualTo(VietnameseText.matchKey(text));
        }
    }

    @Test
    void keepsADocumentSymbolAsOneSearchToken() {
        String vector = jdbc.sql("SELECT CAST(vn_tsvector('Quyết định số 123/QĐ-UBND ngày 12/7/2022') AS text)")
                .query(String.class).single();
        assertThat(vector).contains("'123/qd-ubnd'").doesNotContain("'ubnd'");
        Boolean found = jdbc.sql("SELECT vn_tsvector('Kế hoạch số 196/KH-UBND của UBND thành phố') @@ vn_tsquery('196/kh-ubnd')")
                .query(Boolean.class).single();
        assertThat(found).isTrue();
        Boolean withoutDiacritics = jdbc.sql("SELECT vn_tsvector('Chính quyền đô thị') @@ vn_tsquery('chinh quyen do thi')")
                .query(Boolean.class).single();
        assertThat(withoutDiacritics).isTrue();
    }

    @Test
    void seedsTheOrganizationsOfTheFiveArticlesInTheirProvinces() {
        List<String> names = jdbc.sql("""
                        SELECT o.name || ' @ ' || u.gso_code FROM organizations o JOIN administrative_units u ON u.id = o.unit_id
                        ORDER BY o.name""").query(String.class).list();
        assertThat(names).contains(
                "Ủy ban nhân dân thành phố Hà Nội @ 01",
                "Ủy ban nhân dân Thành phố Hồ Chí Minh @ 79",
                "Sở Nội vụ tỉnh Tuyên Quang @ 08",
                "Ủy ban nhân dân tỉnh Bình Dương @ 74",
                "Ủy ban nhân dân thành phố Đà Nẵng @ 48",
                "Hội đồng nhân dân thành phố Hải Phòng @ 31",
                "Ủy ban nhân dân Quận 10 @ 79");
        assertThat(count("SELECT count(*) FROM organizations WHERE name = 'Bộ Tư pháp' AND unit_id IS NULL")).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT p.name FROM organizations o JOIN organizations p ON p.id = o.parent_id
                        WHERE o.name = 'Ban Pháp chế Hội đồng nhân dân Thành phố Hồ Chí Minh'""")
                .query(String.class).single()).isEqualTo("Hội đồng nhân dân Thành phố Hồ Chí Minh");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
