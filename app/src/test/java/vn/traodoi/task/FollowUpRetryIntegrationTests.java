package vn.traodoi.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.Events;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.system.EventRetries;

/**
 * Given a follow-up request whose listener fails (the task table refuses every row), when the database accepts rows
 * again and the retries run, then the task is created, once, and the publication is complete: nothing is lost.
 */
@IntegrationTest
class FollowUpRetryIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EventRetries retries;

    @AfterEach
    void acceptRowsAgain() {
        jdbc.sql("ALTER TABLE follow_up_tasks DROP CONSTRAINT IF EXISTS refuses_every_row").update();
    }

    long tasks(String text) {
        return jdbc.sql("SELECT count(*) FROM follow_up_tasks WHERE task = ?").param(text).query(Long.class).single();
    }

    String status(UUID request) {
        return jdbc.sql("SELECT coalesce(status, '') || ' ' || (completion_date IS NOT NULL) FROM event_publication "
                        + "WHERE serialized_event LIKE ?").param("%" + request + "%").query(String.class).single();
    }

    @Test
    void aFailedListenerIsRetriedAndCreatesTheTaskOnce() {
        long daNang = jdbc.sql("SELECT id FROM organizations WHERE name = 'Ủy ban nhân dân thành phố Đà Nẵng'")
                .query(Long.class).single();
        CurrentUser approver = users.user(daNang, Role.ORGANIZER, Role.APPROVER);
        String text = "Rà soát quy trình một cửa liên thông " + UUID.randomUUID();
        FollowUpRequested request = FollowUpRequested.of(approver.userId(), null, null, "Kết luận buổi làm việc thử",
                text + " | Sở Kế hoạch và Đầu tư thành phố Đà Nẵng | 12/2099", LocalDate.of(2026, 12, 1));
        jdbc.sql("ALTER TABLE follow_up_tasks ADD CONSTRAINT refuses_every_row CHECK (false) NOT VALID").update();

        transactions.executeWithoutResult(status -> events.publishEvent(request));

        await().atMost(Duration.ofSeconds(20)).until(() -> status(request.id()).equals("FAILED false"));
        assertThat(tasks(text)).isZero();

        jdbc.sql("ALTER TABLE follow_up_tasks DROP CONSTRAINT refuses_every_row").update();
        assertThat(retries.retry(Duration.ZERO)).isTrue();
        Events.settle(jdbc);
        assertThat(tasks(text)).isEqualTo(1);
        assertThat(status(request.id())).isEqualTo("COMPLETED true");

        jdbc.sql("UPDATE event_publication SET completion_date = NULL, status = 'FAILED' WHERE serialized_event LIKE ?")
                .param("%" + request.id() + "%").update();
        retries.retry(Duration.ZERO);
        Events.settle(jdbc);
        assertThat(tasks(text)).as("a repeated delivery creates nothing twice").isEqualTo(1);
    }
}
