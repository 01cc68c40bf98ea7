package vn.traodoi.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new task. The deadline is typed as officials write it: a day "31/08/2023", a month "8/2023", or a period
 * "2025-2030"; {@code deadlineKind} says which. {@code givenOn} is the day it was given, for a task recorded afterwards
 * (empty: today); its deadline may not fall before it.
 */
public record TaskForm(
        @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.tooLong}") @Nullable String task,
        @Nullable List<Long> assigneeIds,
        FollowUpTask.@Nullable DeadlineKind deadlineKind,
        @Size(max = 40, message = "{validation.tooLong}") @Nullable String deadline,
        @Nullable Long delegationId,
        @Size(max = 1000, message = "{validation.tooLong}") @Nullable String source,
        @Nullable Long sessionId,
        @Nullable List<Long> supportIds,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate givenOn) {

    public static TaskForm empty(@Nullable Long delegationId) {
        return new TaskForm(null, List.of(), FollowUpTask.DeadlineKind.DAY, null, delegationId, null, null, List.of(),
                null);
    }

    /** The same task, given on that day (when the form names none). */
    TaskForm givenOn(@Nullable LocalDate day) {
        return givenOn != null || day == null ? this
                : new TaskForm(task, assigneeIds, deadlineKind, deadline, delegationId, source, sessionId, supportIds, day);
    }
}
