package vn.traodoi.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.place.OrganizationService;

/** The dashboard of tasks: for each lead organization, how many of its tasks are open and how many overdue. */
@Service
class TaskDashboard {

    /** One line of the dashboard: an assignee and its open and overdue tasks. */
    record Load(long organizationId, String organizationName, long open, long overdue) {
    }

    private final TaskService tasks;
    private final OrganizationService organizations;
    private final Clock clock;

    TaskDashboard(TaskService tasks, OrganizationService organizations, Clock clock) {
        this.tasks = tasks;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Open and overdue tasks by assignee, over the tasks the organization assigned or was assigned. */
    List<Load> of(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, long[]> counts = new HashMap<>();
        for (FollowUpTask t : tasks.mine(user, "ALL", null)) {
            if (t.status() == FollowUpTask.Status.OPEN || t.status() == FollowUpTask.Status.IN_PROGRESS) {
                for (long assignee : t.leadIds()) {
                    long[] c = counts.computeIfAbsent(assignee, k -> new long[2]);
                    c[0]++;
                    if (t.overdue(today)) {
                        c[1]++;
                    }
                }
            }
        }
        List<Load> loads = new ArrayList<>();
        counts.forEach((org, c) -> loads.add(new Load(org, organizations.find(org).map(o -> o.name()).orElse("?"), c[0], c[1])));
        loads.sort((a, b) -> Long.compare(b.overdue(), a.overdue()) != 0 ? Long.compare(b.overdue(), a.overdue())
                : Long.compare(b.open(), a.open()));
        return loads;
    }
}
