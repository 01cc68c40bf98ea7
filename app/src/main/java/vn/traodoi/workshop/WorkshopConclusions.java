package vn.traodoi.workshop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.task.FollowUpLines;
import vn.traodoi.task.FollowUpRequested;
import vn.traodoi.task.FollowUpTask;
import vn.traodoi.task.TaskService;

/**
 * The chair's conclusions of a workshop as follow-up tasks: the lines that cannot become tasks come back at once, the
 * others become tasks once the assignment is committed ({@link FollowUpRequested}, ADR 12).
 */
@Service
public class WorkshopConclusions {

    private final Workshops workshops;
    private final FollowUpLines followUps;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkshopConclusions(Workshops workshops, FollowUpLines followUps, TaskService tasks, ApplicationEventPublisher events,
            Clock clock) {
        this.workshops = workshops;
        this.followUps = followUps;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Tasks from the chair's conclusions, one a line "nội dung | chủ trì | phối hợp | thời hạn"; returns the lines that
     * name an organization not in the directory or a wrong deadline, which stay with the user instead of being guessed.
     */
    @Transactional
    public List<String> assignConclusions(CurrentUser user, long workshopId, @Nullable String lines) {
        Workshop w = workshops.editable(user, workshopId);
        if (lines == null || lines.isBlank()) {
            throw new InvalidInputException("assignments", "validation.required");
        }
        String source = "Kết luận tại " + w.title() + (w.heldOn() == null ? "" : " ngày " + w.heldOn().format(Days.SHOWN));
        LocalDate givenOn = w.heldOn() == null ? LocalDate.now(clock) : w.heldOn();
        List<String> unresolved = followUps.unresolved(user, lines, null, givenOn);
        events.publishEvent(FollowUpRequested.of(user.userId(), null, workshopId, source, lines, givenOn));
        return unresolved;
    }

    public List<FollowUpTask> tasks(CurrentUser user, long workshopId) {
        workshops.get(user, workshopId);
        return tasks.ofWorkshop(workshopId);
    }
}
