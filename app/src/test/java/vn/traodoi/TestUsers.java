package vn.traodoi;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/** Creates users and organizations straight in the database for tests; each name is unique in the run. */
@Component
public class TestUsers {

    public static final String PASSWORD = "test-user-password-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AccountService accounts;
    /** PASSWORD hashed once: hashing is slow on purpose, and tests create many users. */
    private volatile @Nullable String hash;

    TestUsers(JdbcClient jdbc, PasswordEncoder passwords, AccountService accounts) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.accounts = accounts;
    }

    public long organization(String prefix) {
        return jdbc.sql("INSERT INTO organizations (name, kind) VALUES (?, 'SO') RETURNING id")
                .param(prefix + " " + SEQUENCE.incrementAndGet()).query(Long.class).single();
    }

    public CurrentUser user(long organizationId, Role... roles) {
        return named(organizationId, null, roles);
    }

    /** A user with the given full name (the default is "Người dùng userN"). */
    public CurrentUser named(long organizationId, @Nullable String fullName, Role... roles) {
        String username = "user" + SEQUENCE.incrementAndGet();
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        String array = "{" + String.join(",", set.stream().map(Role::name).toList()) + "}";
        jdbc.sql("""
                        INSERT INTO users (username, full_name, password_hash, organization_id, roles)
                        VALUES (?, ?, ?, ?, CAST(? AS text[]))""")
                .params(username, fullName != null ? fullName : "Người dùng " + username, passwordHash(), organizationId, array).update();
        return accounts.loadUserByUsername(username);
    }

    private String passwordHash() {
        String h = hash;
        if (h == null) {
            h = passwords.encode(PASSWORD);
            hash = h;
        }
        return h;
    }

    public CurrentUser admin() {
        return accounts.loadUserByUsername("admin");
    }
}
