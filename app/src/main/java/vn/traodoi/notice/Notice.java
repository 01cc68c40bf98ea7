package vn.traodoi.notice;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A notice as its recipient sees it: the text's key and arguments, the record's path, when, and whether read. */
public record Notice(long id, String kind, List<String> arguments, String link, OffsetDateTime createdAt,
        @Nullable OffsetDateTime readAt) {

    public Notice {
        arguments = List.copyOf(arguments);
    }

    public boolean unread() {
        return readAt == null;
    }

    /** The bundles' key of its text. */
    public String messageKey() {
        return "notice." + kind;
    }
}
