package vn.traodoi.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC on an {@link EmbeddedPostgresServer}, for the tests of the server itself (no pool, no Spring). */
final class ServerSql {

    private ServerSql() {
    }

    static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of the first row, as text. */
    static String query(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static long count(EmbeddedPostgresServer server, String sql) throws SQLException {
        return Long.parseLong(query(server, sql));
    }
}
