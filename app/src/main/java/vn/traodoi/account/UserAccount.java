package vn.traodoi.account;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A stored user, without the password hash. */
record UserAccount(
        long id,
        String username,
        String fullName,
        @Nullable String email,
        long organizationId,
        Set<Role> roles,
        boolean enabled,
        String locale,
        int version,
        OffsetDateTime createdAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}
