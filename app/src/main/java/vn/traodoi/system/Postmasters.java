package vn.traodoi.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The postmaster of an embedded PostgreSQL data directory as its {@code postmaster.pid} names it ("4711" on the first
 * line, the data directory on the second), and the one a killed traodoi left running there, stopped before
 * {@link EmbeddedPostgresServer} starts its own.
 */
final class Postmasters {

    private static final Logger log = LoggerFactory.getLogger(Postmasters.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private Postmasters() {
    }

    /**
     * A postmaster still running on our data directory while we hold the traodoi lock was left by a
     * traodoi that was killed (kill -9, power loss of the JVM only): nobody else may use this directory.
     * It is asked to shut down (SIGTERM, smart shutdown: its clients died with that JVM) and, if it does
     * not within {@link #ORPHAN_STOP_WAIT}, killed; with fsync on, the next start recovers from the WAL.
     */
    static void stopOrphaned(Path pg) {
        Optional<Long> pid = pid(pg);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive)
                .filter(p -> isPostgresOn(p, pg));
        if (process.isEmpty()) {
            return; // a stale postmaster.pid: PostgreSQL itself replaces it
        }
        ProcessHandle postmaster = process.get();
        log.warn("PostgreSQL (PID {}) is still running on {}, left by a traodoi that did not stop; stopping it",
                postmaster.pid(), pg);
        postmaster.destroy();
        if (!awaitExit(postmaster, ORPHAN_STOP_WAIT)) {
            log.warn("PostgreSQL (PID {}) did not stop in {} s; killing it (its WAL is replayed at the start)",
                    postmaster.pid(), ORPHAN_STOP_WAIT.toSeconds());
            postmaster.destroyForcibly();
            awaitExit(postmaster, ORPHAN_STOP_WAIT);
        }
    }

    private static boolean isPostgresOn(ProcessHandle process, Path pg) {
        Optional<String> command = process.info().command();
        if (command.isPresent() && !Path.of(command.get()).getFileName().toString().equals("postgres")) {
            return false;
        }
        // the postmaster runs in its data directory (when /proc says so); postmaster.pid names the directory too
        try {
            Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
            if (Files.exists(cwd)) {
                return Files.isSameFile(cwd.toRealPath(), pg.toRealPath());
            }
        } catch (IOException | SecurityException e) {
            // fall back on postmaster.pid's own word
        }
        return true;
    }

    private static boolean awaitExit(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    /** The PID on the first line of {@code postmaster.pid}, if the file is there and names {@code pg}. */
    static Optional<Long> pid(Path pg) {
        Path file = pg.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            Path named = Path.of(lines.get(1).trim());
            if (!named.toAbsolutePath().normalize().equals(pg.toAbsolutePath().normalize())) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
