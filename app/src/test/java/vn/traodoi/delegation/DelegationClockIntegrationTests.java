package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.IntegrationTest;

@IntegrationTest
class DelegationClockIntegrationTests {

    @Autowired
    DelegationClock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatesMoveAConfirmedDelegationToInProgressAndThenToCompleted() {
        long org = jdbc.sql("INSERT INTO organizations (name, kind) VALUES ('Sở theo lịch ' || now(), 'SO') RETURNING id")
                .query(Long.class).single();
        long id = jdbc.sql("""
                        INSERT INTO delegations (kind, title, organizer_id, status, start_date, end_date)
                        VALUES ('WORKING', 'Đoàn theo lịch', ?, 'HOST_CONFIRMED', DATE '2031-03-02', DATE '2031-03-04')
                        RETURNING id""").param(org).query(Long.class).single();
        transactions.executeWithoutResult(s -> clock.advanceByDates(LocalDate.of(2031, 3, 1)));
        assertThat(status(id)).isEqualTo("HOST_CONFIRMED");
        transactions.executeWithoutResult(s -> clock.advanceByDates(LocalDate.of(2031, 3, 2)));
        assertThat(status(id)).isEqualTo("IN_PROGRESS");
        transactions.executeWithoutResult(s -> clock.advanceByDates(LocalDate.of(2031, 3, 4)));
        assertThat(status(id)).isEqualTo("IN_PROGRESS");
        transactions.executeWithoutResult(s -> clock.advanceByDates(LocalDate.of(2031, 3, 5)));
        assertThat(status(id)).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("SELECT string_agg(action || ':' || actor_username, ',' ORDER BY id) FROM delegation_transitions WHERE delegation_id = ?")
                .param(id).query(String.class).single()).isEqualTo("START:system,COMPLETE:system");
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM delegations WHERE id = ?").param(id).query(String.class).single();
    }
}
