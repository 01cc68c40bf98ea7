package vn.traodoi.notice;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.traodoi.account.Role;
import vn.traodoi.system.AwaitedEvent;

/**
 * A notice to give once the change that requests it is committed: to the accounts among {@code userIds} and to those
 * of {@code organizationIds} that hold one of {@code roles}, never to {@code actorId}, who made the change. The text
 * is the bundles' {@code notice.<kind>} with {@code arguments} (names and dates already written out), in each
 * recipient's language; {@code link} is the record's path. {@code key} names the occasion: a repeated delivery with the
 * same key gives nothing twice. {@code email} false: the notice is not e-mailed (its module sends its own e-mail). The request that made the change answers once the notice is given (at most a few
 * seconds, {@link AwaitedEvent}), so that the other side finds it on its next page.
 */
public record NoticeRequested(String key, String kind, List<String> arguments, String link, Set<Long> organizationIds,
        Set<Role> roles, Set<Long> userIds, @Nullable Long actorId, boolean email) implements AwaitedEvent {

    public NoticeRequested {
        arguments = List.copyOf(arguments);
        organizationIds = Set.copyOf(organizationIds);
        roles = Set.copyOf(roles);
        userIds = Set.copyOf(userIds);
    }

    /** A notice to the staff of these organizations with these roles. */
    public static NoticeRequested toStaff(String key, String kind, String link, Set<Long> organizationIds,
            Set<Role> roles, @Nullable Long actorId, String... arguments) {
        return new NoticeRequested(key, kind, List.of(arguments), link, organizationIds, roles, Set.of(), actorId, true);
    }

    /** A notice to these accounts. */
    public static NoticeRequested toUsers(String key, String kind, String link, Set<Long> userIds, String... arguments) {
        return new NoticeRequested(key, kind, List.of(arguments), link, Set.of(), Set.of(), userIds, null, true);
    }

    /** The same notice in the app only: its module e-mails it itself (the reminders of deadlines). */
    public NoticeRequested inAppOnly() {
        return new NoticeRequested(key, kind, arguments, link, organizationIds, roles, userIds, actorId, false);
    }
}
