package vn.traodoi.system;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code traodoi.*}; each may come from the environment, e.g. {@code TRAODOI_DB_URL}.
 *
 * @param dataDir   where traodoi keeps its files: the embedded database in {@code pg/}, uploads later
 * @param db        an external PostgreSQL; when its URL is empty traodoi starts an embedded one
 * @param admin     the first administrator's password; generated and printed once when empty
 * @param maxRequestSize the largest request body accepted; larger ones get 413
 * @param demo     {@code TRAODOI_DEMO_ENABLED=true} loads the seed articles' delegations and demo users
 */
@ConfigurationProperties("traodoi")
public record TraodoiProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Db db,
        @DefaultValue Admin admin,
        @DefaultValue("10MB") DataSize maxRequestSize,
        @DefaultValue Demo demo) {

    /**
     * @param url      JDBC URL of an external PostgreSQL (TRAODOI_DB_URL)
     * @param ephemeral for tests: the embedded database lives in a temporary folder, deleted at exit
     * @param port     port of the embedded database; 0 picks a free one
     * @param poolSize connections this node keeps to the database (TRAODOI_DB_POOL_SIZE; ADR 0005)
     */
    public record Db(@Nullable String url, @Nullable String user, @Nullable String password,
            @DefaultValue("false") boolean ephemeral, @DefaultValue("0") int port,
            @DefaultValue("10") int poolSize) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Admin(@Nullable String password) {
    }

    /** @param password the demo users' password (TRAODOI_DEMO_PASSWORD); generated and printed once when empty */
    public record Demo(@DefaultValue("false") boolean enabled, @Nullable String password) {
    }
}
