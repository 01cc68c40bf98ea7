package vn.traodoi.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.DelegationFacts;
import vn.traodoi.delegation.DelegationFacts.CompletedEntry;
import vn.traodoi.notice.NoticeRequested;
import vn.traodoi.system.Days;
import vn.traodoi.system.SingleNode;

/**
 * Every morning, a notice in the app for each member whose report falls due (within the reminder days) or is overdue
 * (in the week after): the accounts linked to a named member, the staff of a group's organization. Once a member
 * entry and kind (the notice's key); the reminders ({@link MemberReportReminders}) send the e-mail. One node does it.
 */
@Component
class ReportDueNotices {

    private static final long LOCK = 727_013L;

    private final JdbcClient jdbc;
    private final SingleNode node;
    private final ApplicationEventPublisher events;
    private final DelegationFacts delegations;
    private final AccountService accounts;
    private final Clock clock;
    private final int dueDays;
    private final int daysBefore;

    ReportDueNotices(JdbcClient jdbc, SingleNode node, ApplicationEventPublisher events,
            DelegationFacts delegations, AccountService accounts, Clock clock,
            @Value("${traodoi.reports.due-days:15}") int dueDays,
            @Value("${traodoi.reminders.days-before:3}") int daysBefore) {
        this.jdbc = jdbc;
        this.node = node;
        this.events = events;
        this.delegations = delegations;
        this.accounts = accounts;
        this.clock = clock;
        this.dueDays = dueDays;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "0 15 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void everyMorning() {
        give(LocalDate.now(clock));
    }

    /** Gives the notices due on {@code today}; returns how many member entries were noticed. */
    int give(LocalDate today) {
        return node.once(LOCK, () -> {
            List<CompletedEntry> entries = delegations.completedEntries(today.minusDays(dueDays).plusDays(daysBefore))
                    .stream().filter(e -> !today.isAfter(e.endDate().plusDays(dueDays + 7L))).toList();
            if (entries.isEmpty()) {
                return 0;
            }
            Set<Long> reported = new HashSet<>(jdbc.sql("SELECT member_id FROM member_reports WHERE member_id = ANY (?)")
                    .param(entries.stream().map(CompletedEntry::memberId).toArray(Long[]::new)).query(Long.class).list());
            Map<Long, List<Long>> accountsOf = accounts.accountsOfPersons(entries.stream().map(CompletedEntry::personId)
                    .filter(p -> p != null).distinct().toList());
            int count = 0;
            for (CompletedEntry e : entries) {
                LocalDate due = e.endDate().plusDays(dueDays);
                if (reported.contains(e.memberId()) || today.isBefore(due.minusDays(daysBefore))) {
                    continue;
                }
                String kind = today.isAfter(due) ? "OVERDUE" : "BEFORE";
                String key = "member-report:" + e.memberId() + ":" + kind;
                String noticeKind = kind.equals("BEFORE") ? "reportDueSoon" : "reportOverdue";
                String link = "/delegations/" + e.delegationId() + "/reports";
                NoticeRequested notice = e.personId() != null
                        ? NoticeRequested.toUsers(key, noticeKind, link,
                                Set.copyOf(accountsOf.getOrDefault(e.personId(), List.of())), e.title(), Days.format(due))
                        : e.organizationId() != null
                                ? NoticeRequested.toStaff(key, noticeKind, link, Set.of(e.organizationId()),
                                        Set.of(Role.ORGANIZER, Role.MEMBER), null, e.title(), Days.format(due))
                                : null;
                if (notice != null && !(notice.userIds().isEmpty() && notice.organizationIds().isEmpty())) {
                    events.publishEvent(notice.inAppOnly());
                    count++;
                }
            }
            return count;
        });
    }
}
