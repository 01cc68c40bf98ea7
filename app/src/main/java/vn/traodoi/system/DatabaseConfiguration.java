package vn.traodoi.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one DataSource: an external PostgreSQL when {@code TRAODOI_DB_URL} is set, otherwise the
 * embedded PostgreSQL in the data directory.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Tests start many application contexts; they share one ephemeral database per JVM. */
    private static @Nullable EmbeddedPostgresServer ephemeral;

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(TraodoiProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = pool(properties.db().poolSize());
        TraodoiProperties.Db db = properties.db();
        if (db.external()) {
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
        } else {
            config.setJdbcUrl(Objects.requireNonNull(embedded.server()).jdbcUrl());
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    /**
     * The pool's settings (ADR 0005): a small pool that requests queue for; a request that cannot get a
     * connection in time (the database is down or restarting) fails fast instead of holding its client, and
     * once the database is back new connections are made on demand, with no restart.
     */
    static HikariConfig pool(int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("traodoi");
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        config.setValidationTimeout(Duration.ofSeconds(2).toMillis());
        config.setKeepaliveTime(Duration.ofMinutes(1).toMillis());
        // the application starts only on a reachable database; afterwards the pool reconnects by itself
        config.setInitializationFailTimeout(Duration.ofSeconds(30).toMillis());
        return config;
    }

    /**
     * Several requests of one session at once (a page and its htmx parts) each save the session's changed
     * attributes; PostgreSQL's upsert keeps them from colliding on the attribute's primary key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * The application's transaction template (propagation REQUIRED), which Spring Session also takes by this
     * name: a session is saved in the request's transaction when one is open (a response committed while a
     * service still works) rather than in a new one on a second connection, so that a request holds one
     * connection at a time (ADR 0005). Spring Boot's own template backs off for this one, which is the same.
     */
    @Bean
    TransactionTemplate springSessionTransactionOperations(
            PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(TraodoiProperties properties) {
        TraodoiProperties.Db db = properties.db();
        if (db.external()) {
            return new EmbeddedDatabase(null, false);
        }
        if (db.ephemeral()) {
            return new EmbeddedDatabase(sharedEphemeral(), false);
        }
        return new EmbeddedDatabase(EmbeddedPostgresServer.start(properties.dataDir(), db.port(), false), true);
    }

    private static synchronized EmbeddedPostgresServer sharedEphemeral() {
        EmbeddedPostgresServer current = ephemeral;
        if (current != null) {
            return current;
        }
        {
            try {
                Path dir = Files.createTempDirectory("traodoi-test-");
                EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0, true);
                ephemeral = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    deleteRecursively(dir);
                }, "traodoi-test-db-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Objects.requireNonNull(ephemeral);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /** The embedded server, when there is one; closing it stops PostgreSQL unless it is shared. */
    record EmbeddedDatabase(@Nullable EmbeddedPostgresServer server, boolean owned) implements AutoCloseable {

        @Override
        public void close() {
            if (owned && server != null) {
                server.close();
            }
        }
    }

}
