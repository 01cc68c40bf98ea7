package vn.traodoi.account;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.Page;
import vn.traodoi.text.VietnameseText;

/** Users: sign-in lookup, administration, passwords. Every change is audited; no hash is ever audited. */
@Service
public class AccountService implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final OrganizationService organizations;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final ApiTokens tokens;

    AccountService(Users users, OrganizationService organizations, PasswordEncoder passwords, AuditLog audit,
            ApiTokens tokens) {
        this.tokens = tokens;
        this.users = users;
        this.organizations = organizations;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        return users.findPrincipal(username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** The enabled user behind a personal API token, for clients that cannot send a header (calendar feeds). */
    public java.util.Optional<CurrentUser> byApiToken(String secret) {
        return tokens.authenticate(secret).map(this::loadUserByUsername).filter(CurrentUser::enabled)
                .map(CurrentUser::withoutPassword);
    }

    public UserAccount get(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    Page<UserAccount> search(@Nullable String text, @Nullable Long organizationId, int page, int size) {
        String folded = text == null || text.isBlank() ? null : VietnameseText.fold(text);
        return new Page<>(users.search(folded, organizationId, Page.offset(page, size), size),
                users.count(folded, organizationId), Math.max(page, 1), size);
    }

    boolean anyAdministrator() {
        return users.anyAdministrator();
    }

    @Transactional
    public UserAccount create(UserForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = Objects.requireNonNullElse(form.username(), "").strip();
        if (users.usernameTaken(username)) {
            problems.add(new FieldProblem("username", "user.username.taken"));
        }
        String password = Objects.requireNonNullElse(form.password(), "");
        if (password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "user.password.tooShort"));
        }
        checkOrganization(form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = users.insert(username, VietnameseText.normalize(Objects.requireNonNull(form.fullName())),
                blankToNull(form.email()), passwords.encode(password), Objects.requireNonNull(form.organizationId()),
                form.roleSet());
        UserAccount created = get(id);
        audit.record("USER_CREATED", "user", id, created.username(), null, created);
        return created;
    }

    @Transactional
    public UserAccount update(long id, UserForm form) {
        UserAccount before = get(id);
        List<FieldProblem> problems = new ArrayList<>();
        checkOrganization(form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!users.update(id, form.version(), VietnameseText.normalize(Objects.requireNonNull(form.fullName())),
                blankToNull(form.email()), Objects.requireNonNull(form.organizationId()), form.roleSet(), form.isEnabled())) {
            throw new ConcurrentEditException("user", id);
        }
        UserAccount after = get(id);
        audit.record("USER_UPDATED", "user", id, after.username(), before, after);
        return after;
    }

    /** Sets a new password after checking the current one; the audit entry says only that it changed. */
    @Transactional
    public void changePassword(CurrentUser user, String current, String next) {
        CurrentUser stored = loadUserByUsername(user.username());
        if (stored.passwordHash() == null || !passwords.matches(current, stored.passwordHash())) {
            throw new InvalidInputException("currentPassword", "account.password.wrong");
        }
        if (next.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("newPassword", "user.password.tooShort");
        }
        users.updatePassword(user.userId(), passwords.encode(next));
        audit.record("PASSWORD_CHANGED", "user", user.userId(), user.username(), null, Map.of("passwordChanged", true));
    }

    /** The person the account is, if linked. */
    public java.util.Optional<Long> personOf(long userId) {
        return users.personOf(userId);
    }

    /** People of the directory with the user's name: the candidates for "Tôi là …". */
    java.util.List<java.util.Map.Entry<Long, String>> namesakes(CurrentUser user) {
        return users.namesakes(user.fullName());
    }

    @Transactional
    public void linkPerson(CurrentUser user, @Nullable Long personId) {
        if (personId != null && users.namesakes(user.fullName()).stream().noneMatch(e -> e.getKey().equals(personId))) {
            throw new InvalidInputException("personId", "account.person.notNamesake");
        }
        java.util.Optional<Long> before = users.personOf(user.userId());
        users.linkPerson(user.userId(), personId);
        audit.record("USER_PERSON_LINKED", "user", user.userId(), user.username(),
                java.util.Map.of("personId", String.valueOf(before.orElse(null))),
                java.util.Map.of("personId", String.valueOf(personId)));
    }

    public void rememberLocale(long userId, String locale) {
        users.updateLocale(userId, locale);
    }

    java.util.Optional<String> locale(String username) {
        return users.locale(username);
    }

    /** Creates the first administrator in the system organization; the caller prints the password. */
    @Transactional
    UserAccount createFirstAdministrator(long organizationId, String password) {
        long id = users.insert("admin", "Quản trị hệ thống", null, passwords.encode(password), organizationId,
                Set.of(Role.ADMIN));
        UserAccount created = get(id);
        audit.recordAs(null, "system", organizationId, "USER_CREATED", "user", id, "admin", null, created);
        return created;
    }

    public static String generatePassword() {
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private void checkOrganization(UserForm form, List<FieldProblem> problems) {
        if (form.organizationId() == null || organizations.find(form.organizationId()).isEmpty()) {
            problems.add(new FieldProblem("organizationId", "user.organization.unknown"));
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
