package vn.traodoi.report;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * E-mail reminders to members who have not filed their report: a few days before it is due and once it is overdue,
 * to the accounts linked to the member in the directory ({@code users.person_id}). Same guarantees as the task
 * reminders: one node works at a time (transaction-scoped advisory lock), each reminder is recorded in
 * {@code member_report_reminders} in the transaction that sends it, so it goes out once.
 */
@Component
class MemberReportReminders {

    private static final Logger log = LoggerFactory.getLogger(MemberReportReminders.class);
    private static final long LOCK = 727_005L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A reminder due: the member entry, which kind, the delegation, the due date. */
    record Due(long memberId, String kind, long delegationId, String title, LocalDate dueDate) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> mail;
    private final vn.traodoi.task.TaskService clock;
    private final String from;
    private final int dueDays;
    private final int daysBefore;

    MemberReportReminders(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> mail,
            vn.traodoi.task.TaskService clock, @Value("${traodoi.mail.from}") String from,
            @Value("${traodoi.reports.due-days:15}") int dueDays, @Value("${traodoi.reminders.days-before:3}") int daysBefore) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.dueDays = dueDays;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "0 5 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void everyMorning() {
        try {
            int sent = sendDue(clock.today());
            if (sent > 0) {
                log.info("{} member report reminders sent", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Member report reminders not sent today, will try again tomorrow: {}", e.getMessage());
        }
    }

    /** Sends the reminders due on {@code today} that were not sent before; returns how many went out. */
    int sendDue(LocalDate today) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Integer sent = transactions.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class)
                    .single())) {
                return 0;
            }
            int count = 0;
            for (Due due : due(today)) {
                List<String> to = recipients(due.memberId());
                int inserted = jdbc.sql("""
                                INSERT INTO member_report_reminders (member_id, kind, recipients) VALUES (?, ?, ?)
                                ON CONFLICT DO NOTHING""").params(due.memberId(), due.kind(), to.size()).update();
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
                        SELECT m.id AS member_id, k.kind, d.id AS delegation_id, d.title, d.end_date + :due AS due_date
                        FROM delegations d JOIN delegation_members m ON m.delegation_id = d.id
                        CROSS JOIN (VALUES ('BEFORE'), ('OVERDUE')) AS k (kind)
                        WHERE d.status = 'COMPLETED' AND d.end_date IS NOT NULL AND m.person_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM member_reports r WHERE r.member_id = m.id)
                          AND ((k.kind = 'BEFORE' AND :today BETWEEN d.end_date + :due - :before AND d.end_date + :due)
                               OR (k.kind = 'OVERDUE' AND :today > d.end_date + :due))
                          AND NOT EXISTS (SELECT 1 FROM member_report_reminders s WHERE s.member_id = m.id AND s.kind = k.kind)
                        ORDER BY d.end_date, m.id""")
                .param("today", today).param("due", dueDays).param("before", daysBefore).query(Due.class).list();
    }

    /** The enabled accounts of the member's organizer, linked to the member's person, with an address. */
    private List<String> recipients(long memberId) {
        return jdbc.sql("""
                        SELECT DISTINCT u.email FROM delegation_members m JOIN delegations d ON d.id = m.delegation_id
                        JOIN users u ON u.person_id = m.person_id AND u.organization_id = d.organizer_id
                        WHERE m.id = ? AND u.enabled AND u.email IS NOT NULL ORDER BY u.email""")
                .param(memberId).query(String.class).list();
    }

    private void send(JavaMailSender sender, Due due, List<String> to) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to.toArray(String[]::new));
            String date = DAY.format(due.dueDate());
            boolean overdue = due.kind().equals("OVERDUE");
            helper.setSubject((overdue ? "[traodoi] Báo cáo thành viên đoàn quá hạn: "
                    : "[traodoi] Sắp đến hạn nộp báo cáo thành viên đoàn: ") + shorten(due.title()));
            helper.setText((overdue ? "Báo cáo của anh/chị về chuyến công tác sau đã quá hạn nộp ngày "
                    : "Báo cáo của anh/chị về chuyến công tác sau cần nộp trước ngày ") + date + ":\n\n" + due.title()
                    + "\n\nNộp báo cáo trong traodoi, mục Báo cáo của hồ sơ đoàn (số " + due.delegationId() + ").\n\n"
                    + (overdue ? "Your report on this visit was due on " : "Your report on this visit is due on ") + date
                    + ".");
            sender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("reminder of member " + due.memberId() + " not sent", e);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
