package vn.traodoi.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.Events;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * Given a task near its deadline, when the morning's notices are given (twice, as by two nodes or two mornings), then
 * the assignee's staff find one notice "sắp đến hạn" in the app, not e-mailed by the notices (the reminder mails it),
 * and once it is overdue one notice more.
 */
@IntegrationTest
class TaskDueNoticesIntegrationTests {

    @Autowired
    TaskDueNotices notices;

    @Autowired
    TaskService tasks;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void anAssigneeIsToldOnceThatATaskIsDueAndOnceThatItIsOverdue() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long assignee = users.organization("Sở thử nhắc hạn");
        CurrentUser clerk = users.user(assignee, Role.ORGANIZER);
        CurrentUser boss = users.user(users.organization("UBND thử giao việc"), Role.APPROVER);
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = today.plusDays(2);
        tasks.create(boss, new TaskForm("Tổng hợp số liệu " + tag, List.of(assignee), FollowUpTask.DeadlineKind.DAY,
                deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), null, null, null, List.of(), null));
        Events.settle(jdbc);

        notices.give(today);
        notices.give(today.plusDays(1));
        Events.settle(jdbc);
        assertThat(kinds(clerk, tag)).containsExactly("taskAssigned:false", "taskDueSoon:true");

        notices.give(deadline.plusDays(1));
        notices.give(deadline.plusDays(2));
        Events.settle(jdbc);
        assertThat(kinds(clerk, tag)).containsExactly("taskAssigned:false", "taskDueSoon:true", "taskOverdue:true");
        notices.give(deadline.plusDays(30));
        Events.settle(jdbc);
        assertThat(kinds(clerk, tag)).as("no more after the week past the deadline").hasSize(3);
    }

    private List<String> kinds(CurrentUser user, String tag) {
        return jdbc.sql("""
                        SELECT message_key || ':' || (emailed_at IS NOT NULL) FROM notices
                        WHERE user_id = ? AND array_to_string(arguments, ' ') LIKE ? ORDER BY id""")
                .params(user.userId(), "%" + tag + "%").query(String.class).list();
    }
}
