package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The landed migrations are frozen (ADR 0010): a new, empty database migrated to {@value #LANDED} has exactly the
 * schema and the rows it had when they were frozen, whatever became of the live classes and reference files since.
 * The expected figures, one line per table (its columns, indexes and constraints, its row count and a digest of its
 * rows), are committed in {@code migration-snapshot-V35.txt}. A later migration does not change them: it is not run
 * here. A difference means that a landed migration, or something it reads, has changed; put the change in a new
 * migration instead.
 */
class MigrationsSnapshotTests {

    /** The newest migration at the time of the freeze. */
    static final String LANDED = "35";

    /** The digest of a table: its shape and its rows, without the moments the rows were written at. */
    private static final String TABLE_DIGEST = """
            SELECT count(*) AS row_count, md5(coalesce(string_agg(r, E'\\n' ORDER BY r COLLATE "C"), '')) AS rows_md5
            FROM (SELECT (%s)::text AS r FROM %s t) AS table_rows""";

    @TempDir
    Path dataDir;

    @Test
    void aNewDatabaseReceivesWhatItReceivedWhenTheMigrationsWereFrozen() throws Exception {
        Map<String, String> actual;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, true)) {
            Flyway.configure().dataSource(server.jdbcUrl(), "postgres", "").locations("classpath:db/migration")
                    .target(LANDED).load().migrate();
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
                actual = snapshot(c);
            }
        }
        String found = String.join("\n", actual.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        assertThat(found).as("the tables after V" + LANDED + ", one line each").isEqualTo(expected());
    }

    /** One line per table of the public schema: "table shape=… rows=… rows_md5=…", in table order. */
    static Map<String, String> snapshot(Connection c) throws SQLException {
        Map<String, String> lines = new LinkedHashMap<>();
        for (String table : strings(c, """
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'
                ORDER BY table_name COLLATE "C"
                """)) {
            String shape = md5(c, String.join("\n", strings(c, """
                    SELECT part FROM (
                        SELECT column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '')
                        FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '%1$s'
                        UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = '%1$s'
                        UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                        WHERE conrelid = 'public.%1$s'::regclass) AS parts (part)
                    ORDER BY part COLLATE "C"
                """.formatted(table))));
            List<String> kept = strings(c, """
                    SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '%s'
                    AND NOT (data_type LIKE 'timestamp%%' AND coalesce(column_default, '') ~* 'now\\(\\)|current_timestamp')
                    ORDER BY ordinal_position""".formatted(table));
            String row = "ROW(" + String.join(", ", kept.stream().map(col -> "t.\"" + col + "\"").toList()) + ")";
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(TABLE_DIGEST.formatted(row, "public.\"" + table + "\""))) {
                rs.next();
                lines.put(table, "shape=" + shape + " rows=" + rs.getLong(1) + " rows_md5=" + rs.getString(2));
            }
        }
        lines.put("(functions)", "md5=" + md5(c, String.join("\n", strings(c, """
                SELECT pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p')
                ORDER BY pg_get_functiondef(p.oid) COLLATE "C"
                """))));
        return lines;
    }

    /** The committed lines, without comments. */
    private static String expected() throws IOException {
        try (InputStream in = Objects.requireNonNull(MigrationsSnapshotTests.class
                .getResourceAsStream("migration-snapshot-V" + LANDED + ".txt"), "the committed snapshot")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.joining("\n"));
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String md5(Connection c, String text) throws SQLException {
        try (var ps = c.prepareStatement("SELECT md5(?)")) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
