package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedPostgresServerTests {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossRestartsAndRefusesASecondInstanceWithoutTouchingIt() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir, 0, false)) {
            execute(first, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('Đoàn khảo sát 09/8/2022')");
            long filesBefore = count(dataDir.resolve("pg"));

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, 0, false))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining(dataDir.toAbsolutePath().normalize().toString());
            assertThat(count(dataDir.resolve("pg"))).isEqualTo(filesBefore);
            assertThat(query(first, "SELECT note FROM kept")).isEqualTo("Đoàn khảo sát 09/8/2022");
        }
        assertThat(dataDir.resolve("pg/postmaster.pid")).as("stopped cleanly").doesNotExist();

        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir, 0, false)) {
            assertThat(query(again, "SELECT note FROM kept")).isEqualTo("Đoàn khảo sát 09/8/2022");
        }
    }

    @Test
    void explainsTheSecondInstanceInBothLanguages() {
        DataDirectoryInUseException e = new DataDirectoryInUseException(Path.of("/srv/traodoi/data"));
        FailureAnalysis analysis = new DataDirectoryInUseFailureAnalyzer().analyze(e);
        assertThat(analysis.getDescription()).contains("đang được một phiên bản traodoi khác sử dụng")
                .contains("is in use by another traodoi process").contains("/srv/traodoi/data");
        assertThat(analysis.getAction()).contains("TRAODOI_DATA_DIR");
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.count();
        }
    }
}
