package vn.traodoi.account;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator sees of a user name's sign-in throttling, and what an unlock clears: the lock, if
 * any, the wrong passwords of the last hour from all addresses, and the addresses that must wait.
 */
record ThrottleState(@Nullable OffsetDateTime lockedUntil, int failuresLastHour, int slowedAddresses) {

    public boolean locked() {
        return lockedUntil != null;
    }

    public boolean any() {
        return locked() || failuresLastHour > 0 || slowedAddresses > 0;
    }

    Map<String, Object> audited() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("locked", locked());
        if (lockedUntil != null) {
            state.put("lockedUntil", lockedUntil.toString());
        }
        state.put("failuresLastHour", failuresLastHour);
        state.put("slowedAddresses", slowedAddresses);
        return state;
    }
}
