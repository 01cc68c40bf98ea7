package vn.traodoi.task;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail reminders of follow-up tasks: a few days before the deadline and once overdue, to the organizers and
 * approvers of the assigned organizations. Every morning; with several app nodes, a transaction-scoped advisory lock
 * lets one node work, and the {@code task_reminders} key lets each reminder out once, whatever the restarts. A
 * reminder is recorded in the same transaction as its sending: a failed send is tried again the next day.
 */
@Component
class TaskReminders {

    private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);
    private static final long LOCK = 727_004L;

    /** A reminder due: the task, which kind, its deadline. */
    record Due(long taskId, String kind, String task, LocalDate deadline) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> mail;
    private final TaskService tasks;
    private final String from;
    private final int daysBefore;

    TaskReminders(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> mail, TaskService tasks,
            @Value("${traodoi.mail.from}") String from, @Value("${traodoi.reminders.days-before:3}") int daysBefore) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mail = mail;
        this.tasks = tasks;
        this.from = from;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void everyMorning() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        try {
            int sent = sendDue(tasks.today());
            if (sent > 0) {
                log.info("{} task reminders sent", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Task reminders not sent today, will try again tomorrow: {}", e.getMessage());
        }
    }

    /** Sends the reminders due on {@code today} that were not sent before; returns how many went out. */
    int sendDue(LocalDate today) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Integer sent = transactions.execute(status -> {
            boolean mine = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK)
                    .query(Boolean.class).single());
            if (!mine) {
                return 0;
            }
            int count = 0;
            for (Due due : due(today)) {
                List<String> to = recipients(due.taskId());
                int inserted = jdbc.sql("""
                                INSERT INTO task_reminders (task_id, kind, recipients) VALUES (?, ?, ?)
                                ON CONFLICT DO NOTHING""")
                        .params(due.taskId(), due.kind(), to.size()).update();
                if (inserted == 1 && !to.isEmpty()) {
                    send(sender, due, to);
                    count++;
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
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
        return jdbc.sql("""
                        SELECT DISTINCT u.email FROM users u JOIN follow_up_task_assignees a ON a.organization_id = u.organization_id
                        WHERE a.task_id = ? AND u.enabled AND u.email IS NOT NULL
                          AND ('ORGANIZER' = ANY (u.roles) OR 'APPROVER' = ANY (u.roles))
                        ORDER BY u.email""")
                .param(taskId).query(String.class).list();
    }

    private void send(JavaMailSender sender, Due due, List<String> to) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to.toArray(String[]::new));
            String deadline = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(due.deadline());
            boolean overdue = due.kind().equals("OVERDUE");
            helper.setSubject((overdue ? "[traodoi] Nhiệm vụ quá hạn: " : "[traodoi] Nhiệm vụ sắp đến hạn: ") + shorten(due.task()));
            helper.setText((overdue ? "Nhiệm vụ sau đã quá hạn ngày " : "Nhiệm vụ sau đến hạn ngày ") + deadline + ":\n\n"
                    + due.task() + "\n\nXem và cập nhật tiến độ trong traodoi, mục Nhiệm vụ (số " + due.taskId() + ").\n\n"
                    + (overdue ? "This task is overdue since " : "This task is due on ") + deadline + ".");
            sender.send(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("reminder of task " + due.taskId() + " not sent", e);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
