package vn.traodoi.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Users {

    private static final String COLUMNS = """
            u.id, u.username, u.full_name, u.email, u.organization_id, u.roles, u.enabled, u.locale, u.version,
            u.created_at""";

    private static final RowMapper<UserAccount> ACCOUNT = (rs, n) -> new UserAccount(rs.getLong("id"),
            rs.getString("username"), rs.getString("full_name"), rs.getString("email"), rs.getLong("organization_id"),
            roles(rs), rs.getBoolean("enabled"), rs.getString("locale"), rs.getInt("version"),
            rs.getObject("created_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users u WHERE u.id = ?").param(id).query(ACCOUNT).optional();
    }

    Optional<CurrentUser> findPrincipal(String username) {
        return jdbc.sql("""
                        SELECT u.id, u.username, u.full_name, u.organization_id, o.name AS organization_name, u.roles,
                               u.password_hash, u.enabled
                        FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.username = ?""")
                .param(username)
                .query((rs, n) -> new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                        rs.getLong("organization_id"), rs.getString("organization_name"), roles(rs),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    List<UserAccount> search(@Nullable String folded, @Nullable Long organizationId, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users u WHERE " + WHERE
                        + " ORDER BY u.username OFFSET :offset LIMIT :limit")
                .params(filters(folded, organizationId)).param("offset", offset).param("limit", limit)
                .query(ACCOUNT).list();
    }

    long count(@Nullable String folded, @Nullable Long organizationId) {
        return jdbc.sql("SELECT count(*) FROM users u WHERE " + WHERE).params(filters(folded, organizationId))
                .query(Long.class).single();
    }

    boolean anyAdministrator() {
        return Boolean.TRUE.equals(jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE 'ADMIN' = ANY (roles))")
                .query(Boolean.class).single());
    }

    boolean usernameTaken(String username) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE username = ?)")
                .param(username).query(Boolean.class).single());
    }

    long insert(String username, String fullName, @Nullable String email, String passwordHash, long organizationId,
            Set<Role> roles) {
        return jdbc.sql("""
                        INSERT INTO users (username, full_name, email, password_hash, organization_id, roles)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS text[])) RETURNING id""")
                .params(username, fullName, email, passwordHash, organizationId, toArray(roles))
                .query(Long.class).single();
    }

    boolean update(long id, int version, String fullName, @Nullable String email, long organizationId, Set<Role> roles,
            boolean enabled) {
        return jdbc.sql("""
                        UPDATE users SET full_name = ?, email = ?, organization_id = ?, roles = CAST(? AS text[]),
                            enabled = ?, version = version + 1, updated_at = now()
                        WHERE id = ? AND version = ?""")
                .params(fullName, email, organizationId, toArray(roles), enabled, id, version).update() == 1;
    }

    boolean disable(long id) {
        return jdbc.sql("UPDATE users SET enabled = false, version = version + 1, updated_at = now() WHERE id = ? AND enabled")
                .param(id).update() == 1;
    }

    boolean enable(long id) {
        return jdbc.sql("UPDATE users SET enabled = true, version = version + 1, updated_at = now() WHERE id = ? AND NOT enabled")
                .param(id).update() == 1;
    }

    void updatePassword(long id, String passwordHash) {
        jdbc.sql("UPDATE users SET password_hash = ?, version = version + 1, updated_at = now() WHERE id = ?")
                .params(passwordHash, id).update();
    }

    void updateLocale(long id, String locale) {
        jdbc.sql("UPDATE users SET locale = ? WHERE id = ?").params(locale, id).update();
    }

    Optional<Long> personOf(long userId) {
        return jdbc.sql("SELECT person_id FROM users WHERE id = ? AND person_id IS NOT NULL").param(userId)
                .query(Long.class).optional();
    }

    /** The addresses of the organization's enabled accounts linked to this person. */
    List<String> addressesOfPerson(long organizationId, long personId) {
        return jdbc.sql("""
                        SELECT DISTINCT email FROM users WHERE organization_id = ? AND person_id = ? AND enabled
                          AND email IS NOT NULL ORDER BY email""")
                .params(organizationId, personId).query(String.class).list();
    }

    /**
     * The enabled accounts that are among {@code userIds}, or of these organizations with one of these roles, with how
     * each wants notices by e-mail.
     */
    List<AccountService.Recipient> recipients(Collection<Long> organizationIds, Collection<Role> roles,
            Collection<Long> userIds) {
        return jdbc.sql("""
                        SELECT id, email, locale, notice_email FROM users
                        WHERE enabled AND (id = ANY (:users)
                            OR organization_id = ANY (:orgs) AND roles && CAST(:roles AS text[]))
                        ORDER BY id""")
                .param("users", userIds.toArray(Long[]::new)).param("orgs", organizationIds.toArray(Long[]::new))
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .query((rs, n) -> new AccountService.Recipient(rs.getLong("id"), rs.getString("email"),
                        rs.getString("locale"), AccountService.NoticeEmail.valueOf(rs.getString("notice_email"))))
                .list();
    }

    /** The enabled accounts linked to each of these persons (person id → account ids). */
    Map<Long, List<Long>> accountsOfPersons(Collection<Long> personIds) {
        Map<Long, List<Long>> byPerson = new HashMap<>();
        jdbc.sql("SELECT person_id, id FROM users WHERE enabled AND person_id = ANY (?) ORDER BY id")
                .param(personIds.toArray(Long[]::new))
                .query((rs, n) -> byPerson.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        return byPerson;
    }

    AccountService.NoticeEmail noticeEmail(long userId) {
        return AccountService.NoticeEmail.valueOf(jdbc.sql("SELECT notice_email FROM users WHERE id = ?").param(userId)
                .query(String.class).single());
    }

    boolean setNoticeEmail(long userId, AccountService.NoticeEmail mode) {
        return jdbc.sql("UPDATE users SET notice_email = ?, updated_at = now() WHERE id = ?").params(mode.name(), userId)
                .update() == 1;
    }

    /** The addresses of the enabled organizers and approvers of these organizations. */
    List<String> addressesOfStaff(Collection<Long> organizationIds) {
        return jdbc.sql("""
                        SELECT DISTINCT email FROM users WHERE organization_id = ANY (?) AND enabled AND email IS NOT NULL
                          AND ('ORGANIZER' = ANY (roles) OR 'APPROVER' = ANY (roles))
                        ORDER BY email""")
                .param(organizationIds.toArray(Long[]::new)).query(String.class).list();
    }

    /** The full names of these accounts, by id. */
    Map<Long, String> fullNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, full_name FROM users WHERE id = ANY (?)").param(ids.toArray(Long[]::new))
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    void linkPerson(long userId, @Nullable Long personId) {
        jdbc.sql("UPDATE users SET person_id = ? WHERE id = ?").params(personId, userId).update();
    }

    Optional<String> locale(String username) {
        return jdbc.sql("SELECT locale FROM users WHERE username = ?").param(username).query(String.class).optional();
    }

    private static final String WHERE = """
            (CAST(:q AS text) IS NULL OR u.username LIKE '%' || :q || '%' OR vn_fold(u.full_name) LIKE '%' || :q || '%')
            AND (CAST(:org AS bigint) IS NULL OR u.organization_id = :org)""";

    private static Map<String, @Nullable Object> filters(@Nullable String folded, @Nullable Long org) {
        Map<String, @Nullable Object> p = new HashMap<>();
        p.put("q", folded == null || folded.isBlank() ? null : folded);
        p.put("org", org);
        return p;
    }

    private static String toArray(Set<Role> roles) {
        return "{" + String.join(",", roles.stream().map(Role::name).sorted().toList()) + "}";
    }

    private static Set<Role> roles(ResultSet rs) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
