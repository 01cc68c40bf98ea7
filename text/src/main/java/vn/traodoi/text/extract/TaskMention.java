package vn.traodoi.text.extract;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up task the text assigns: who is assigned, what to do, and the deadline as written ("trong tháng 8/2023",
 * "trước ngày 30/6/2024", "quý III/2024") with its parsed form when there is one.
 */
public record TaskMention(String assignee, String task, @Nullable DateMention deadline, @Nullable String deadlineText) {

    public TaskMention(String assignee, String task, @Nullable DateMention deadline) {
        this(assignee, task, deadline, null);
    }
}
