package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.traodoi.system.ServerSql.execute;
import static vn.traodoi.system.ServerSql.query;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
    void runsWithTheDurabilityOfAProductionServer() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, false)) {
            assertThat(query(server, "SHOW fsync")).isEqualTo("on");
            assertThat(query(server, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(query(server, "SHOW full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void startsPostgresAgainOnTheSameDataWhenItsPostmasterDies() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, false)) {
            execute(server, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('Báo cáo 15/7/2022')");
            long pid = server.postmasterPid();
            assertThat(pid).isPositive();

            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().get(30, TimeUnit.SECONDS);

            String note = awaitQuery(server, "SELECT note FROM kept", Duration.ofSeconds(60));
            assertThat(note).isEqualTo("Báo cáo 15/7/2022");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (server.restarts() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50); // the watchdog counts the restart just after the server answers
            }
            assertThat(server.restarts()).isEqualTo(1);
            assertThat(server.postmasterPid()).isPositive().isNotEqualTo(pid);
        }
    }

    @Test
    void stopsThePostmasterThatAKilledTraodoiLeftRunning() throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        long orphan;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            String ready = null;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READY ")) {
                    ready = line;
                    break;
                }
            }
            assertThat(ready).as("the child JVM started PostgreSQL").isNotNull();
            orphan = Long.parseLong(ready.substring("READY ".length()).trim());
            child.destroyForcibly().waitFor(); // kill -9 of the JVM: its PostgreSQL keeps running
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir, 0, false)) {
            assertThat(query(again, "SELECT note FROM kept")).isEqualTo("Đoàn học tập 24/02/2025");
            assertThat(again.postmasterPid()).isNotEqualTo(orphan);
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    /** A traodoi stand-in for the test above: starts PostgreSQL, commits a row, says so, and waits to be killed. */
    static final class OrphanMaker {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0, false);
            execute(server, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('Đoàn học tập 24/02/2025')");
            System.out.println("READY " + server.postmasterPid());
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5));
        }
    }

    private static String awaitQuery(EmbeddedPostgresServer server, String sql, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                return query(server, sql);
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
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

    private static long count(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.count();
        }
    }
}
