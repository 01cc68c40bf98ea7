package vn.traodoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guard that the whole suite runs with catches a query inside another query's row mapper or stream, and a second
 * connection borrowed while one is held; queries one after the other pass.
 */
@IntegrationTest
class NestedQueryGuardTests {

    @Autowired
    NestedQueryGuard guard;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @Test
    void aQueryInsideARowMapperFailsTheTestNamingBothQueries() {
        List<Integer> children = jdbc.sql("SELECT g FROM generate_series(1, 2) g").query((rs, n) ->
                jdbc.sql("SELECT 40 + ?").param(rs.getInt(1)).query(Integer.class).single()).list();
        assertThat(children).containsExactly(41, 42);

        assertThatThrownBy(guard::check).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("4 nested uses of the database:\n"
                        + "2 × a second pooled connection was borrowed while this thread still held one\n"
                        + "while reading the rows of\n  SELECT g FROM generate_series(1, 2) g")
                .hasMessageContaining("2 × a query ran while the rows of another were still being read (on a second "
                        + "connection):\n  SELECT 40 + ?\ninside the row mapper, callback or stream of\n"
                        + "  SELECT g FROM generate_series(1, 2) g")
                .cause().hasMessage("the second connection was borrowed here");
        assertThatCode(guard::check).as("each violation is reported once").doesNotThrowAnyException();
    }

    @Test
    void aQueryInsideARowMapperOnTheSameConnectionIsCaughtToo() {
        transactions.executeWithoutResult(s -> jdbc.sql("SELECT 1").query((rs, n) ->
                jdbc.sql("SELECT 2").query(Integer.class).single()).list());

        assertThat(guard.take()).singleElement().extracting(NestedQueryGuard.Violation::description).isEqualTo(
                "a query ran while the rows of another were still being read (same connection):\n  SELECT 2\n"
                        + "inside the row mapper, callback or stream of\n  SELECT 1\n"
                        + "Read the outer rows into records first, then run the other query.");
    }

    @Test
    void aQueryWhileAStreamIsOpenIsCaught() {
        transactions.executeWithoutResult(s -> {
            try (Stream<Integer> rows = jdbc.sql("SELECT g FROM generate_series(1, 3) g").query(Integer.class).stream()) {
                rows.forEach(g -> jdbc.sql("SELECT ?").param(g).query(Integer.class).single());
            }
        });

        assertThat(guard.take()).hasSize(3).allSatisfy(v -> assertThat(v.description()).contains("SELECT ?\ninside"));
    }

    @Test
    void aNewTransactionInsideAnotherBorrowsASecondConnectionAndIsCaught() {
        TransactionTemplate inner = new TransactionTemplate(transactions.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transactions.executeWithoutResult(outer -> {
            jdbc.sql("SELECT 1").query(Integer.class).single();
            inner.executeWithoutResult(s -> jdbc.sql("SELECT 2").query(Integer.class).single());
        });

        assertThat(guard.take()).singleElement().satisfies(v -> {
            assertThat(v.description()).startsWith("a second pooled connection was borrowed while this thread still held one\n")
                    .doesNotContain("while reading");
            assertThat(v.where().getStackTrace()).anyMatch(f -> f.getClassName().equals(TransactionTemplate.class.getName()));
        });
    }

    @Test
    void queriesOneAfterTheOtherAreFine() {
        transactions.executeWithoutResult(s -> {
            List<Integer> outer = jdbc.sql("SELECT g FROM generate_series(1, 3) g").query(Integer.class).list();
            outer.forEach(g -> jdbc.sql("SELECT ?").param(g).query(Integer.class).single());
            jdbc.sql("CREATE TEMPORARY TABLE guard_probe (id bigserial, x int) ON COMMIT DROP").update();
            jdbc.sql("INSERT INTO guard_probe (x) VALUES (1) RETURNING id").query(Long.class).single();
        });
        List<Integer> outside = jdbc.sql("SELECT g FROM generate_series(1, 2) g").query(Integer.class).list();
        outside.forEach(g -> jdbc.sql("SELECT ?").param(g).query(Integer.class).single());

        assertThat(guard.take()).isEmpty();
    }

    @Test
    void theApplicationKeepsItsHikariDataSource() {
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        assertThat(((HikariDataSource) dataSource).getMaximumPoolSize()).isPositive();
    }
}
