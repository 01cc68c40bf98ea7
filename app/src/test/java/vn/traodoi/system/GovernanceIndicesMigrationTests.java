package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.IntegrationTest;

/**
 * V38 brings the shipped index figures to the 2020–2024 reference file, with every text in both languages, and keeps
 * the figures an administrator imported.
 */
class GovernanceIndicesMigrationTests {

    @Nested
    @IntegrationTest
    class OnANewDatabase {

        @Autowired
        JdbcClient jdbc;

        long count(String sql) {
            return jdbc.sql(sql).query(Long.class).single();
        }

        String one(String sql) {
            return jdbc.sql(sql).query(String.class).single();
        }

        @Test
        void holdsTheThreeHundredSeventyTwoFiguresOfTheFile() {
            assertThat(count("SELECT count(*) FROM index_scores WHERE imported_by IS NULL")).isEqualTo(372);
            assertThat(count("SELECT count(*) FROM index_scores WHERE imported_by IS NULL AND year = 2024")).isEqualTo(29);
            assertThat(count("SELECT count(*) FROM index_scores WHERE imported_by IS NULL AND index_code = 'PAR_INDEX' AND year = 2021"))
                    .isEqualTo(15);
        }

        @Test
        void addsThe2024Editions() {
            assertThat(one("""
                    SELECT s.score::text || ' ' || s.rank || '/' || s.rank_out_of || ' ' || s.group_label || ' ' || s.confidence
                    FROM index_scores s JOIN administrative_units u ON u.id = s.unit_id
                    WHERE s.index_code = 'PAR_INDEX' AND s.year = 2024 AND u.unit_set = 'old63' AND u.gso_code = '31'"""))
                    .isEqualTo("96.17 1/63 A (>=90%) medium");
            assertThat(one("""
                    SELECT s.note_vi || ' | ' || s.note_en || ' | ' || s.group_label_vi FROM index_scores s
                    JOIN administrative_units u ON u.id = s.unit_id
                    WHERE s.index_code = 'PAR_INDEX' AND s.year = 2024 AND u.unit_set = 'old63' AND u.gso_code = '31'"""))
                    .isEqualTo("Tăng 4,30 điểm và 1 bậc so với năm 2023 | up 4.30 points and 1 place vs 2023 | A (từ 90%)");
        }

        @Test
        void recordsPapi2023OfHoChiMinhCityWithItsDisputedGroup() {
            assertThat(one("""
                    SELECT s.score::text || ' ' || s.rank || '/' || s.rank_out_of || ' ' || s.rank_basis || ' | ' || s.group_label
                        || ' | ' || s.group_label_vi || ' | ' || s.confidence
                    FROM index_scores s JOIN administrative_units u ON u.id = s.unit_id
                    WHERE s.index_code = 'PAPI' AND s.year = 2023 AND u.unit_set = 'old63' AND u.gso_code = '79'"""))
                    .isEqualTo("41.7754 36/63 explicit | upper-medium group (42.39-43.95) | nhóm trung bình cao (42,39–43,95 điểm) | high");
            assertThat(one("""
                    SELECT s.discrepancy || ' | ' || s.discrepancy_vi || ' | ' || array_length(s.source_urls, 1)
                    FROM index_scores s JOIN administrative_units u ON u.id = s.unit_id
                    WHERE s.index_code = 'PAPI' AND s.year = 2023 AND u.unit_set = 'old63' AND u.gso_code = '79'"""))
                    .startsWith("baohomnay.com places HCMC (41.77) in the low-average group (trung bình thấp), contradicting")
                    .contains(" | baohomnay.com xếp TP.HCM (41,77 điểm) vào nhóm trung bình thấp, trái với")
                    .doesNotEndWith(" | 1").doesNotEndWith(" | ");
        }

        @Test
        void givesEveryTextOfTheFileInVietnameseAndInEnglish() {
            assertThat(count("""
                    SELECT count(*) FROM index_scores WHERE imported_by IS NULL AND (
                        note IS NOT NULL AND (note_vi IS NULL OR note_en IS NULL)
                        OR discrepancy IS NOT NULL AND (discrepancy_vi IS NULL OR discrepancy_en IS NULL)
                        OR group_label IS NOT NULL AND (group_label_vi IS NULL OR group_label_en IS NULL))""")).isZero();
            assertThat(count("SELECT count(*) FROM index_scores WHERE imported_by IS NULL AND note IS NOT NULL")).isEqualTo(139);
            assertThat(one("SELECT label_en FROM index_groups WHERE index_code = 'PAPI' AND position = 1")).isEqualTo("Highest group");
            assertThat(one("SELECT name_en FROM index_topics WHERE name = 'Cải cách hành chính'")).isEqualTo("Administrative reform");
        }
    }

    @Nested
    class OnADatabaseThatAlreadyRuns {

        @TempDir
        Path dataDir;

        @Test
        void keepsWhatAnAdministratorImportedAndReplacesOnlyTheShippedFigures() throws Exception {
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, true)) {
                Flyway flyway37 = Flyway.configure().dataSource(server.jdbcUrl(), "postgres", "")
                        .locations("classpath:db/migration").target("37").load();
                flyway37.migrate();
                try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                        Statement st = c.createStatement()) {
                    assertThat(strings(st, "SELECT count(*) FROM index_scores")).containsExactly("304");
                    st.execute("""
                            INSERT INTO users (username, full_name, password_hash, organization_id, roles)
                            SELECT 'quantri', 'Quản trị', 'x', min(id), '{ADMIN}' FROM organizations""");
                    // The administrator imported the official PAR Index 2021 row of Hà Nội and corrected Hải Phòng's.
                    st.execute("""
                            INSERT INTO index_scores (index_code, year, unit_id, score, rank, rank_out_of, rank_basis,
                                source_urls, note, imported_by)
                            SELECT 'PAR_INDEX', 2021, u.id, 88.5, 10, 63, 'explicit', '{https://moha.gov.vn/par-2021}',
                                'Bảng chính thức', (SELECT id FROM users WHERE username = 'quantri')
                            FROM administrative_units u WHERE u.unit_set = 'old63' AND u.gso_code = '01'""");
                    st.execute("""
                            UPDATE index_scores SET score = 91.9, note = 'Sửa theo bảng chính thức',
                                imported_by = (SELECT id FROM users WHERE username = 'quantri')
                            WHERE index_code = 'PAR_INDEX' AND year = 2021
                              AND unit_id = (SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = '31')""");
                    // A shipped figure that the new file no longer has.
                    st.execute("""
                            INSERT INTO index_scores (index_code, year, unit_id, score, rank_basis, source_urls)
                            SELECT 'DTI', 2023, u.id, 0.5, 'not_stated', '{https://example.org/old}'
                            FROM administrative_units u WHERE u.unit_set = 'old63' AND u.gso_code = '02'
                            ON CONFLICT DO NOTHING""");
                }
                Flyway.configure().dataSource(server.jdbcUrl(), "postgres", "").locations("classpath:db/migration")
                        .target("38").load().migrate();
                try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                        Statement st = c.createStatement()) {
                    assertThat(strings(st, "SELECT count(*) FROM index_scores WHERE imported_by IS NULL")).containsExactly("371");
                    assertThat(strings(st, """
                            SELECT u.gso_code || ' ' || s.score || ' ' || s.note || ' ' || (s.note_vi IS NULL)
                            FROM index_scores s JOIN administrative_units u ON u.id = s.unit_id
                            WHERE s.index_code = 'PAR_INDEX' AND s.year = 2021 AND s.imported_by IS NOT NULL ORDER BY 1"""))
                            .containsExactly("01 88.5 Bảng chính thức true", "31 91.9 Sửa theo bảng chính thức true");
                    assertThat(strings(st, """
                            SELECT count(*) FROM index_scores s JOIN administrative_units u ON u.id = s.unit_id
                            WHERE s.index_code = 'DTI' AND s.year = 2023 AND u.gso_code = '02' AND u.unit_set = 'old63'"""))
                            .containsExactly("0");
                    assertThat(strings(st, """
                            SELECT s.score || ' ' || s.note_vi FROM index_scores s JOIN administrative_units u ON u.id = s.unit_id
                            WHERE s.index_code = 'PAR_INDEX' AND s.year = 2022 AND u.unit_set = 'old63' AND u.gso_code = '01'"""))
                            .as("a field the 2024 file filled in").hasSize(1).first().asString().startsWith("89.58 Hạng 3 của Hà Nội");
                    assertThat(strings(st, "SELECT count(*) FROM index_scores")).containsExactly("373");
                }
            }
        }

        private static List<String> strings(Statement st, String sql) throws SQLException {
            List<String> values = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
