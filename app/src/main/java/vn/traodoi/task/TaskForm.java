package vn.traodoi.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new task. The deadline is typed as officials write it: a day "31/08/2023", a month "8/2023", or a period
 * "2025-2030"; {@code deadlineKind} says which.
 */
public record TaskForm(
        @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.tooLong}") @Nullable String task,
        @Nullable List<Long> assigneeIds,
        FollowUpTask.@Nullable DeadlineKind deadlineKind,
        @Size(max = 40, message = "{validation.tooLong}") @Nullable String deadline,
        @Nullable Long delegationId,
        @Size(max = 1000, message = "{validation.tooLong}") @Nullable String source,
        @Nullable Long sessionId,
        @Nullable List<Long> supportIds) {

    public static TaskForm empty(@Nullable Long delegationId) {
        return new TaskForm(null, List.of(), FollowUpTask.DeadlineKind.DAY, null, delegationId, null, null, List.of());
    }
}
