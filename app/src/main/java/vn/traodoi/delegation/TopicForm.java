package vn.traodoi.delegation;

import org.jspecify.annotations.Nullable;

/** A topic typed on the general tab. */
record TopicForm(@Nullable String content, int version) {
}
