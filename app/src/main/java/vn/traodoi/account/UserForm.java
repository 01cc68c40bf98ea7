package vn.traodoi.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The user form of the administration pages. The password is only read when a user is created. */
public record UserForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{user.username.pattern}") @Nullable String username,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String fullName,
        @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String email,
        @NotNull(message = "{validation.required}") @Nullable Long organizationId,
        @Nullable Set<Role> roles,
        @Nullable Boolean enabled,
        @Nullable String password,
        int version) {

    Set<Role> roleSet() {
        // "roles=" with no value binds as null: an empty box is no role, never an error
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(Objects::nonNull).forEach(set::add);
        }
        return set;
    }

    /** An unchecked box sends nothing: absent means not enabled. */
    boolean isEnabled() {
        return Boolean.TRUE.equals(enabled);
    }

    static UserForm empty() {
        return new UserForm(null, null, null, null, EnumSet.of(Role.ORGANIZER), true, null, 0);
    }

    static UserForm of(UserAccount u) {
        return new UserForm(u.username(), u.fullName(), u.email(), u.organizationId(), u.roles(), u.enabled(), null,
                u.version());
    }
}
