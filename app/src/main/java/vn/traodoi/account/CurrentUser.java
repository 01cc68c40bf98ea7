package vn.traodoi.account;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.traodoi.system.AuditActor;

/** The signed-in user as Spring Security holds it, with the organization every check needs. */
public record CurrentUser(
        long userId,
        String username,
        String fullName,
        long orgId,
        String organizationName,
        Set<Role> roles,
        @Nullable String passwordHash,
        boolean enabled) implements UserDetails, AuditActor {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public Long organizationId() {
        return orgId;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The same user without the hash, for holding in a session or a token authentication. */
    CurrentUser withoutPassword() {
        return new CurrentUser(userId, username, fullName, orgId, organizationName, roles, null, enabled);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + "]";
    }
}
