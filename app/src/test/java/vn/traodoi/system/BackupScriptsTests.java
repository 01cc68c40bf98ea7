package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.traodoi.system.ServerSql.count;
import static vn.traodoi.system.ServerSql.execute;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ops/backup.sh and ops/restore.sh, round trip: a backup taken while rows are written restores them. */
class BackupScriptsTests {

    private static final Path OPS = Path.of("..", "ops").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void aBackupTakenWhileWritingRestoresEveryRowCommittedBeforeIt() throws Exception {
        Path data = work.resolve("data");
        Files.createDirectories(data.resolve("photos"));
        Files.writeString(data.resolve("photos/buoi-lam-viec.txt"), "ảnh buổi làm việc 15/7/2022");
        long committedBefore;
        long committedAfter;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0, false)) {
            execute(server, "CREATE TABLE kept (id bigint PRIMARY KEY, note text)");
            AtomicLong next = new AtomicLong();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = Thread.ofPlatform().start(() -> {
                try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                        Statement s = c.createStatement()) {
                    while (writing.get()) {
                        long id = next.get() + 1;
                        s.execute("INSERT INTO kept VALUES (" + id + ", 'Kế hoạch số " + id + "/KH-UBND')");
                        next.set(id); // acknowledged
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            while (next.get() < 200) {
                Thread.sleep(10);
            }
            committedBefore = next.get();
            run(OPS.resolve("backup.sh").toString(), data.toString(), work.resolve("backup").toString());
            committedAfter = next.get();
            writing.set(false);
            writer.join();
        }
        assertThat(work.resolve("backup/pg.tar.gz")).exists();
        assertThat(work.resolve("backup/files.tar.gz")).exists();

        Path restored = work.resolve("restored");
        run(OPS.resolve("restore.sh").toString(), work.resolve("backup").toString(), restored.toString());
        assertThat(restored.resolve("photos/buoi-lam-viec.txt")).hasContent("ảnh buổi làm việc 15/7/2022");
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(restored, 0, false)) {
            long rows = count(again, "SELECT count(*) FROM kept");
            long highest = count(again, "SELECT max(id) FROM kept");
            assertThat(rows).as("every row acknowledged before the backup started")
                    .isGreaterThanOrEqualTo(committedBefore).isLessThanOrEqualTo(committedAfter + 1);
            assertThat(highest).as("no gap: a consistent snapshot").isEqualTo(rows);
        }
    }

    @Test
    void refusesToRestoreOverARunningTraodoi() throws Exception {
        Path data = work.resolve("data");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0, false)) {
            run(OPS.resolve("backup.sh").toString(), data.toString(), work.resolve("backup").toString());
            Process restore = new ProcessBuilder("bash", OPS.resolve("restore.sh").toString(),
                    work.resolve("backup").toString(), data.toString()).redirectErrorStream(true).start();
            String said = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(restore.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(restore.exitValue()).isEqualTo(2);
            assertThat(said).contains("stop it first");
            assertThat(count(server, "SELECT 1")).isEqualTo(1);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        String[] withBash = new String[command.length + 1];
        withBash[0] = "bash";
        System.arraycopy(command, 0, withBash, 1, command.length);
        Process p = new ProcessBuilder(withBash).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: " + said).isTrue();
        assertThat(p.exitValue()).as(said).isZero();
    }
}
