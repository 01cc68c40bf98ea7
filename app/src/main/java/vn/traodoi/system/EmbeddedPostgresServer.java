package vn.traodoi.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 started by traodoi itself, with its data in {@code <data-dir>/pg} so that it
 * survives restarts. The data directory is locked first: a second traodoi on the same directory fails
 * with {@link DataDirectoryInUseException} before touching anything.
 *
 * <p>It runs with the settings of a production server ({@link #DURABILITY}): a commit is acknowledged only
 * once it is on disk. A postmaster left running by a traodoi that was killed is recognized by its
 * {@code postmaster.pid} (our data directory, under our lock) and stopped before the new start
 * ({@link Postmasters}); while
 * traodoi runs, a watchdog starts PostgreSQL again on the same data and port if its postmaster dies.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "traodoi";

    /**
     * zonky's defaults are for tests (it passes {@code -F}, i.e. fsync off, and sets synchronous_commit
     * off); these come later on the command line and win.
     */
    static final Map<String, String> DURABILITY = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "wal_sync_method", "fdatasync");

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(500);

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int port;
    private final Object lifecycle = new Object();
    private volatile EmbeddedPostgres postgres;
    private volatile long postmasterPid;
    private volatile boolean closed;
    private volatile int restarts;
    private final Thread watchdog;

    private EmbeddedPostgresServer(Path dataDir, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.port = postgres.getPort();
        this.postmasterPid = Postmasters.pid(dataDir.resolve("pg")).orElse(-1L);
        this.watchdog = Thread.ofPlatform().daemon().name("traodoi-postgres-watchdog").unstarted(this::watch);
        this.watchdog.start();
    }

    /**
     * Locks {@code dataDir}, stops a postmaster an earlier, killed traodoi left running on it, then starts
     * PostgreSQL on {@code dataDir/pg} (running initdb the first time) and creates the traodoi database if
     * it is missing.
     */
    static EmbeddedPostgresServer start(Path dataDir, int port, boolean clean) {
        Path directory = dataDir.toAbsolutePath().normalize();
        FileChannel channel = null;
        FileLock lock;
        try {
            Files.createDirectories(directory);
            channel = FileChannel.open(directory.resolve("traodoi.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data directory " + directory, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new DataDirectoryInUseException(directory);
        }
        try {
            long started = System.nanoTime();
            Path pg = directory.resolve("pg");
            if (!clean) {
                Postmasters.stopOrphaned(pg);
            }
            EmbeddedPostgres postgres = launch(pg, port, clean);
            createDatabaseIfMissing(postgres);
            log.info("Embedded PostgreSQL on port {} with data in {} ready in {} ms", postgres.getPort(), pg,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedPostgresServer(directory, channel, lock, postgres);
        } catch (IOException | SQLException | RuntimeException e) {
            releaseQuietly(lock);
            closeQuietly(channel);
            throw new IllegalStateException("The embedded PostgreSQL did not start with data in "
                    + directory.resolve("pg") + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres launch(Path pg, int port, boolean clean) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pg)
                .setCleanDataDirectory(clean)
                // killed JVMs must not leave a hook behind that stops a server another start owns
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("locale", "C")
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost");
        DURABILITY.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** Starts PostgreSQL again on the same data and port when its postmaster is gone. */
    private void watch() {
        while (!closed) {
            try {
                Thread.sleep(WATCH_INTERVAL);
            } catch (InterruptedException e) {
                return;
            }
            long pid = postmasterPid;
            if (closed || pid <= 0 || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                continue;
            }
            log.error("Embedded PostgreSQL (PID {}) has stopped; starting it again on {}", pid, dataDir.resolve("pg"));
            restartUntilUp();
        }
    }

    private void restartUntilUp() {
        Duration backoff = Duration.ofMillis(200);
        while (!closed) {
            synchronized (lifecycle) {
                if (closed) {
                    return;
                }
                try {
                    closeQuietly(postgres);
                    EmbeddedPostgres again = launch(dataDir.resolve("pg"), port, false);
                    postgres = again;
                    postmasterPid = Postmasters.pid(dataDir.resolve("pg")).orElse(-1L);
                    restarts++;
                    log.warn("Embedded PostgreSQL started again on port {} (PID {})", port, postmasterPid);
                    return;
                } catch (IOException | RuntimeException e) {
                    log.warn("Embedded PostgreSQL did not start again yet: {}", e.getMessage());
                }
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5)
                    : backoff.multipliedBy(2);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
                    }
                }
            }
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    int port() {
        return port;
    }

    Path dataDir() {
        return dataDir;
    }

    /** The running postmaster's process id, or -1 while it is being started again. */
    long postmasterPid() {
        return postmasterPid;
    }

    /** How many times the watchdog started PostgreSQL again. */
    int restarts() {
        return restarts;
    }

    @Override
    public void close() {
        closed = true;
        watchdog.interrupt();
        synchronized (lifecycle) {
            try {
                postgres.close();
                log.info("Embedded PostgreSQL stopped; data kept in {}", dataDir.resolve("pg"));
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            } finally {
                releaseQuietly(lock);
                closeQuietly(lockChannel);
            }
        }
    }

    private static void closeQuietly(@Nullable EmbeddedPostgres server) {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException | RuntimeException ignored) {
            // the postmaster is already gone; close() releases zonky's own lock on the directory
        }
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            lock.release();
        } catch (IOException | RuntimeException ignored) {
            // the channel is closed next, which releases the lock as well
        }
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
