package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pool as the application configures it, over a PostgreSQL that stops and comes back. */
class DatabaseRecoveryTests {

    @TempDir
    Path dataDir;

    @Test
    void healthIsDownWhileTheDatabaseIsDownAndUpAgainWithinTenSecondsOfItsReturnWithoutARestart() throws Exception {
        EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir, 0, false);
        int port = first.port();
        HikariConfig config = DatabaseConfiguration.pool(4);
        config.setJdbcUrl(first.jdbcUrl());
        config.setUsername("postgres");
        try (HikariDataSource pool = new HikariDataSource(config)) {
            DataSourceHealthIndicator health = new DataSourceHealthIndicator(pool, "SELECT 1");
            JdbcClient jdbc = JdbcClient.create(pool);
            jdbc.sql("CREATE TABLE kept (note text)").update();
            jdbc.sql("INSERT INTO kept VALUES ('Hội thảo 02/8/2023')").update();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);

            first.close(); // PostgreSQL stops, as an external server restarting would
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

            try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir, port, false)) {
                long back = System.nanoTime();
                Duration recovered = null;
                while (recovered == null && System.nanoTime() - back < Duration.ofSeconds(30).toNanos()) {
                    if (health.health().getStatus().equals(Status.UP)) {
                        recovered = Duration.ofNanos(System.nanoTime() - back);
                    } else {
                        Thread.sleep(100);
                    }
                }
                assertThat(recovered).as("UP again").isNotNull();
                System.out.printf("Health UP again %d ms after PostgreSQL's return%n", recovered.toMillis());
                assertThat(recovered).isLessThan(Duration.ofSeconds(10));
                assertThat(jdbc.sql("SELECT note FROM kept").query(String.class).single()).isEqualTo("Hội thảo 02/8/2023");
            }
        }
    }
}
