package vn.traodoi.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.traodoi.system.ReminderMail;

/**
 * E-mail reminders to members who have not filed their report: a few days before it is due and once it is overdue,
 * to the accounts linked to the member in the directory ({@code users.person_id}). Sent once, by one node at a time
 * (see {@link ReminderMail}); {@code member_report_reminders} records what went out.
 */
@Component
class MemberReportReminders {

    private static final long LOCK = 727_005L;
    private static final DateTimeFormatter DAY = vn.traodoi.system.Days.SHOWN;

    /** A reminder due: the member entry, which kind, the delegation, the due date. */
    record Due(long memberId, String kind, long delegationId, String title, LocalDate dueDate) {
    }

    private final JdbcClient jdbc;
    private final ReminderMail mail;
    private final vn.traodoi.task.TaskService clock;
    private final int dueDays;
    private final int daysBefore;

    MemberReportReminders(JdbcClient jdbc, ReminderMail mail, vn.traodoi.task.TaskService clock,
            @Value("${traodoi.reports.due-days:15}") int dueDays, @Value("${traodoi.reminders.days-before:3}") int daysBefore) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
        this.dueDays = dueDays;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "0 5 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void everyMorning() {
        mail.daily("member report reminders", () -> sendDue(clock.today()));
    }

    /** Sends the reminders due on {@code today} that were not sent before; returns how many went out. */
    int sendDue(LocalDate today) {
        return mail.once(LOCK, () -> {
            int count = 0;
            for (Due due : due(today)) {
                List<String> to = recipients(due.memberId());
                int inserted = jdbc.sql("""
                                INSERT INTO member_report_reminders (member_id, kind, recipients) VALUES (?, ?, ?)
                                ON CONFLICT DO NOTHING""").params(due.memberId(), due.kind(), to.size()).update();
                if (inserted == 1 && !to.isEmpty()) {
                    String date = DAY.format(due.dueDate());
                    boolean overdue = due.kind().equals("OVERDUE");
                    mail.send(to, (overdue ? "[traodoi] Báo cáo thành viên đoàn quá hạn: "
                                    : "[traodoi] Sắp đến hạn nộp báo cáo thành viên đoàn: ") + ReminderMail.shorten(due.title()),
                            (overdue ? "Báo cáo của anh/chị về chuyến công tác sau đã quá hạn nộp ngày "
                                    : "Báo cáo của anh/chị về chuyến công tác sau cần nộp trước ngày ") + date + ":\n\n"
                                    + due.title() + "\n\nNộp báo cáo trong traodoi, mục Báo cáo của hồ sơ đoàn (số "
                                    + due.delegationId() + ").\n\n"
                                    + (overdue ? "Your report on this visit was due on " : "Your report on this visit is due on ")
                                    + date + ".");
                    count++;
                }
            }
            return count;
        });
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
}
