package vn.traodoi.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.traodoi.account.AccountService;
import vn.traodoi.system.Days;
import vn.traodoi.system.ReminderMail;

/**
 * E-mail reminders of follow-up tasks: a few days before the deadline and once overdue, to the organizers and
 * approvers of the assigned organizations. Every morning; with several app nodes one works at a time, and the
 * {@code task_reminders} key lets each reminder out once, whatever the restarts (see {@link ReminderMail}).
 */
@Component
class TaskReminders {

    private static final long LOCK = 727_004L;
    private static final DateTimeFormatter DAY = Days.SHOWN;

    /** A reminder due: the task, which kind, its deadline. */
    record Due(long taskId, String kind, String task, LocalDate deadline) {
    }

    private final JdbcClient jdbc;
    private final ReminderMail mail;
    private final TaskService tasks;
    private final AccountService accounts;
    private final int daysBefore;

    private final Clock clock;

    TaskReminders(JdbcClient jdbc, ReminderMail mail, TaskService tasks, AccountService accounts, Clock clock,
            @Value("${traodoi.reminders.days-before:3}") int daysBefore) {
        this.clock = clock;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.mail = mail;
        this.tasks = tasks;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void everyMorning() {
        mail.daily("task reminders", () -> sendDue(LocalDate.now(clock)));
    }

    /** Sends the reminders due on {@code today} that were not sent before; returns how many went out. */
    int sendDue(LocalDate today) {
        return mail.once(LOCK, () -> {
            int count = 0;
            for (Due due : due(today)) {
                List<String> to = recipients(due.taskId());
                int inserted = jdbc.sql("""
                                INSERT INTO task_reminders (task_id, kind, recipients) VALUES (?, ?, ?)
                                ON CONFLICT DO NOTHING""")
                        .params(due.taskId(), due.kind(), to.size()).update();
                if (inserted == 1 && !to.isEmpty()) {
                    String deadline = DAY.format(due.deadline());
                    mail.send(to, "task.reminder", due.kind(), due.task(), deadline, due.taskId());
                    count++;
                }
            }
            return count;
        });
    }

    private List<Due> due(LocalDate today) {
        return jdbc.sql("""
                        SELECT t.id AS task_id, k.kind, t.task, t.deadline_date AS deadline
                        FROM follow_up_tasks t CROSS JOIN (VALUES ('BEFORE'), ('OVERDUE')) AS k (kind)
                        WHERE t.status IN ('OPEN', 'IN_PROGRESS') AND t.deadline_date IS NOT NULL
                          AND ((k.kind = 'BEFORE' AND :today BETWEEN t.deadline_date - :days AND t.deadline_date)
                               OR (k.kind = 'OVERDUE' AND :today > t.deadline_date))
                          AND NOT EXISTS (SELECT 1 FROM task_reminders r WHERE r.task_id = t.id AND r.kind = k.kind)
                        ORDER BY t.deadline_date, t.id""")
                .param("today", today).param("days", daysBefore).query(Due.class).list();
    }

    private List<String> recipients(long taskId) {
        return accounts.addressesOfStaff(jdbc.sql("SELECT organization_id FROM follow_up_task_assignees WHERE task_id = ?")
                .param(taskId).query(Long.class).list());
    }
}
