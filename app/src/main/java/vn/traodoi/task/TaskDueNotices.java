package vn.traodoi.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.traodoi.account.Role;
import vn.traodoi.notice.NoticeRequested;
import vn.traodoi.system.Days;
import vn.traodoi.system.SingleNode;

/**
 * Every morning, a notice in the app for the assignees' staff of each open task near its deadline (within the
 * reminder days) or past it (in the week after): once a task and kind, whatever the days it is found on (the notice's
 * key). In the app only: the reminders ({@link TaskReminders}) send the e-mail. One node does it (an advisory lock).
 */
@Component
class TaskDueNotices {

    private static final long LOCK = 727_012L;
    private static final Set<Role> STAFF = Set.of(Role.ORGANIZER, Role.APPROVER);

    private final JdbcClient jdbc;
    private final SingleNode node;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int daysBefore;

    TaskDueNotices(JdbcClient jdbc, SingleNode node, ApplicationEventPublisher events, Clock clock,
            @Value("${traodoi.reminders.days-before:3}") int daysBefore) {
        this.jdbc = jdbc;
        this.node = node;
        this.events = events;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    private record Due(long taskId, String kind, String task, LocalDate deadline, Long[] assignees) {
    }

    @Scheduled(cron = "0 10 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void everyMorning() {
        give(LocalDate.now(clock));
    }

    /** Gives the notices due on {@code today}; returns how many tasks were noticed (0 while another node works). */
    int give(LocalDate today) {
        return node.once(LOCK, () -> {
            List<Due> due = jdbc.sql("""
                            SELECT t.id AS task_id, k.kind, t.task, t.deadline_date AS deadline,
                                   (SELECT array_agg(a.organization_id ORDER BY a.organization_id)
                                    FROM follow_up_task_assignees a WHERE a.task_id = t.id) AS assignees
                            FROM follow_up_tasks t CROSS JOIN (VALUES ('BEFORE'), ('OVERDUE')) AS k (kind)
                            WHERE t.status IN ('OPEN', 'IN_PROGRESS') AND t.deadline_date IS NOT NULL
                              AND ((k.kind = 'BEFORE' AND :today BETWEEN t.deadline_date - :days AND t.deadline_date)
                                   OR (k.kind = 'OVERDUE' AND :today > t.deadline_date AND :today <= t.deadline_date + 7))
                            ORDER BY t.deadline_date, t.id""")
                    .param("today", today).param("days", daysBefore)
                    .query((rs, n) -> new Due(rs.getLong("task_id"), rs.getString("kind"), rs.getString("task"),
                            rs.getObject("deadline", LocalDate.class), (Long[]) rs.getArray("assignees").getArray()))
                    .list();
            for (Due d : due) {
                events.publishEvent(NoticeRequested.toStaff("task:" + d.taskId() + ":" + d.kind(),
                        d.kind().equals("BEFORE") ? "taskDueSoon" : "taskOverdue", "/tasks/" + d.taskId(),
                        new HashSet<>(List.of(d.assignees())), STAFF, null, d.task(), Days.format(d.deadline()))
                        .inAppOnly());
            }
            return due.size();
        });
    }
}
