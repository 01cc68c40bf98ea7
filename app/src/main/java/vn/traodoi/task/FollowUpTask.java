package vn.traodoi.task;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up task with its assignees: {@code assigneeIds} are all the organizations that carry it out, of which
 * {@code supportIds} support (phối hợp) and the others lead (chủ trì).
 */
public record FollowUpTask(long id, long ownerId, @Nullable Long delegationId, @Nullable String source, String task,
        DeadlineKind deadlineKind, @Nullable LocalDate deadlineDate, @Nullable Integer periodFrom,
        @Nullable Integer periodTo, Status status, int progress, @Nullable String evidence, int version,
        List<Long> assigneeIds, @Nullable Long sessionId, List<Long> supportIds, @Nullable Long workshopId,
        @Nullable LocalDate givenOn) {

    /** How the deadline was given. */
    public enum DeadlineKind {
        NONE, DAY, MONTH, PERIOD
    }

    /** OPEN → IN_PROGRESS → DONE (with evidence) or DROPPED (with the reason); OVERDUE is derived. */
    public enum Status {
        OPEN, IN_PROGRESS, DONE, DROPPED
    }

    public FollowUpTask {
        assigneeIds = List.copyOf(assigneeIds);
        supportIds = List.copyOf(supportIds);
    }

    /** The organizations that lead the task. */
    public List<Long> leadIds() {
        return assigneeIds.stream().filter(a -> !supportIds.contains(a)).toList();
    }

    /** Still open or in progress after its deadline. */
    public boolean overdue(LocalDate today) {
        return (status == Status.OPEN || status == Status.IN_PROGRESS) && deadlineDate != null
                && deadlineDate.isBefore(today);
    }
}
