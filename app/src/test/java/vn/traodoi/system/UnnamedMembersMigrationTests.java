package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V40 on a database that holds what the demo data wrote before it: the secretary "Thư ký đoàn: Thư ký đoàn" becomes a
 * member known by role alone; real groups stay as they were; a session's end must follow its start.
 */
class UnnamedMembersMigrationTests {

    @TempDir
    Path dataDir;

    @Test
    void aGroupThatOnlyRepeatsItsRoleBecomesAMemberKnownByRoleAlone() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, true)) {
            Flyway.configure().dataSource(server.jdbcUrl(), "postgres", "").locations("classpath:db/migration")
                    .target("37").load().migrate();
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("""
                        INSERT INTO delegations (kind, title, organizer_id, date_precision, start_date, end_date)
                        SELECT 'STUDY', 'Đoàn nghiên cứu', min(id), 'MONTH', DATE '2022-12-01', DATE '2022-12-31' FROM organizations""");
                s.execute("""
                        INSERT INTO delegation_members (delegation_id, position, role, group_description)
                        SELECT id, p, r, g FROM delegations, (VALUES (1, 'HEAD', 'Lãnh đạo Sở Nội vụ'),
                            (2, 'SECRETARY', 'Thư ký đoàn'), (3, 'EXPERT', 'Chuyên gia.'), (4, 'MEMBER', 'Thư ký đoàn'))
                            AS m (p, r, g)""");

                Flyway.configure().dataSource(server.jdbcUrl(), "postgres", "").locations("classpath:db/migration")
                        .target("40").load().migrate();

                assertThat(strings(s, "SELECT role || ':' || coalesce(group_description, '-') FROM delegation_members ORDER BY position"))
                        .containsExactly("HEAD:Lãnh đạo Sở Nội vụ", "SECRETARY:-", "EXPERT:-", "MEMBER:Thư ký đoàn");
                s.execute("""
                        INSERT INTO delegation_stops (delegation_id, position, unit_id)
                        SELECT d.id, 1, min(u.id) FROM delegations d, administrative_units u GROUP BY d.id""");
                s.execute("""
                        INSERT INTO delegation_sessions (stop_id, kind, side, start_time, end_time)
                        SELECT id, 'WORKING_SESSION', 'HOST', TIME '08:00', TIME '11:30' FROM delegation_stops""");
                assertThatThrownBy(() -> s.execute("""
                        INSERT INTO delegation_sessions (stop_id, kind, side, start_time, end_time)
                        SELECT id, 'WORKING_SESSION', 'HOST', TIME '11:30', TIME '08:00' FROM delegation_stops"""))
                        .isInstanceOf(SQLException.class).hasMessageContaining("delegation_sessions_times");
            }
        }
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
