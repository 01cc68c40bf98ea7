package vn.traodoi.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.traodoi.account.AccountService;
import vn.traodoi.delegation.DelegationFacts.CompletedMember;
import vn.traodoi.delegation.DelegationFacts;
import vn.traodoi.system.Days;
import vn.traodoi.system.ReminderMail;

/**
 * E-mail reminders to members who have not filed their report: a few days before it is due and once it is overdue,
 * to the accounts linked to the member in the directory ({@code users.person_id}). Sent once, by one node at a time
 * (see {@link ReminderMail}); {@code member_report_reminders} records what went out.
 */
@Component
class MemberReportReminders {

    private static final long LOCK = 727_005L;
    private static final DateTimeFormatter DAY = Days.SHOWN;

    /** A reminder due: the member entry, which kind, the delegation, the due date. */
    record Due(CompletedMember member, String kind, LocalDate dueDate) {

        long delegationId() {
            return member.delegationId();
        }

        String title() {
            return member.title();
        }
    }

    private final JdbcClient jdbc;
    private final ReminderMail mail;
    private final DelegationFacts delegations;
    private final AccountService accounts;
    private final Clock clock;
    private final int dueDays;
    private final int daysBefore;

    MemberReportReminders(JdbcClient jdbc, ReminderMail mail, DelegationFacts delegations, AccountService accounts,
            Clock clock, @Value("${traodoi.reports.due-days:15}") int dueDays,
            @Value("${traodoi.reminders.days-before:3}") int daysBefore) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.delegations = delegations;
        this.accounts = accounts;
        this.clock = clock;
        this.dueDays = dueDays;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "0 5 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void everyMorning() {
        mail.daily("member report reminders", () -> sendDue(LocalDate.now(clock)));
    }

    /** Sends the reminders due on {@code today} that were not sent before; returns how many went out. */
    int sendDue(LocalDate today) {
        return mail.once(LOCK, () -> {
            int count = 0;
            for (Due due : due(today)) {
                List<String> to = accounts.addressesOfPerson(due.member().organizerId(), due.member().personId());
                int inserted = jdbc.sql("""
                                INSERT INTO member_report_reminders (member_id, kind, recipients) VALUES (?, ?, ?)
                                ON CONFLICT DO NOTHING""").params(due.member().memberId(), due.kind(), to.size()).update();
                if (inserted == 1 && !to.isEmpty()) {
                    String date = DAY.format(due.dueDate());
                    mail.send(to, "report.reminder", due.kind(), due.title(), date, due.delegationId());
                    count++;
                }
            }
            return count;
        });
    }

    /**
     * The reminders due on the day: for each named member of a completed delegation who has not reported, one a few
     * days before the report is due and one once it is overdue, each unless it went out before.
     */
    private List<Due> due(LocalDate today) {
        List<CompletedMember> members = delegations.completedMembers(today.minusDays(dueDays).plusDays(daysBefore));
        if (members.isEmpty()) {
            return List.of();
        }
        Long[] ids = members.stream().map(CompletedMember::memberId).toArray(Long[]::new);
        Set<Long> reported = new HashSet<>(jdbc.sql("SELECT member_id FROM member_reports WHERE member_id = ANY (?)")
                .param(ids).query(Long.class).list());
        Set<String> sent = new HashSet<>(jdbc.sql("""
                        SELECT member_id || ':' || kind FROM member_report_reminders WHERE member_id = ANY (?)""")
                .param(ids).query(String.class).list());
        List<Due> due = new ArrayList<>();
        for (CompletedMember m : members) {
            LocalDate date = m.endDate().plusDays(dueDays);
            String kind = today.isAfter(date) ? "OVERDUE" : !today.isBefore(date.minusDays(daysBefore)) ? "BEFORE" : null;
            if (kind != null && !reported.contains(m.memberId()) && !sent.contains(m.memberId() + ":" + kind)) {
                due.add(new Due(m, kind, date));
            }
        }
        return due;
    }
}
