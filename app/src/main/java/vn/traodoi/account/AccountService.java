package vn.traodoi.account;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.Page;
import vn.traodoi.text.VietnameseText;

/**
 * Users: sign-in lookup, administration, passwords. Every password set goes through {@link PasswordPolicy};
 * every change is audited; no hash is ever audited.
 */
@Service
public class AccountService implements UserDetailsService {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final OrganizationService organizations;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final ApiTokens tokens;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final SignedInSessions sessions;

    AccountService(Users users, OrganizationService organizations, PasswordEncoder passwords, AuditLog audit,
            ApiTokens tokens, PasswordPolicy policy, LoginThrottle throttle, TransactionTemplate transactions,
            MessageSource messages, SignedInSessions sessions) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.users = users;
        this.organizations = organizations;
        this.passwords = passwords;
        this.audit = audit;
        this.policy = policy;
        this.throttle = throttle;
        this.transactions = transactions;
        this.messages = messages;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        return users.findPrincipal(username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** The enabled user behind a personal API token, for clients that cannot send a header (calendar feeds). */
    public Optional<CurrentUser> byApiToken(String secret) {
        return tokens.authenticate(secret).map(this::loadUserByUsername).filter(CurrentUser::enabled)
                .map(CurrentUser::withoutPassword);
    }

    /**
     * The user as the one on whose behalf work is done after their request was answered (an event's listener): their
     * organization and roles as they are now, without the password.
     */
    public CurrentUser actor(long userId) {
        return loadUserByUsername(get(userId).username()).withoutPassword();
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
        policy.problem(username, password).ifPresent(code -> problems.add(new FieldProblem("password", code)));
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
        if (before.enabled() && !after.enabled()) {
            sessions.endAll(after.username());
        }
        return after;
    }

    /**
     * Disables these accounts (those that exist and are still enabled), each audited, and signs them out on every
     * node; says how many were disabled. Nothing is deleted: the audit log names them.
     */
    @Transactional
    public int disable(Collection<String> usernames) {
        int disabled = 0;
        for (String username : usernames) {
            Optional<CurrentUser> principal = users.findPrincipal(username);
            if (principal.isEmpty() || !principal.get().enabled()) {
                continue;
            }
            UserAccount before = get(principal.get().userId());
            if (users.disable(before.id())) {
                audit.record("USER_UPDATED", "user", before.id(), username, before, get(before.id()));
                sessions.endAll(username);
                disabled++;
            }
        }
        return disabled;
    }

    /**
     * Sets a new password after checking the current one, which is throttled like a sign-in from the same
     * address ({@link LoginThrottle.RefusedException} while the pair must wait); the audit entry says only
     * that it changed. Not one transaction: a wrong current password must stay counted.
     */
    public void changePassword(CurrentUser user, @Nullable String remoteAddr, String current, String next) {
        throttle.beginOrRefuse(user.username(), remoteAddr);
        CurrentUser stored = loadUserByUsername(user.username());
        if (stored.passwordHash() == null || !passwords.matches(current, stored.passwordHash())) {
            throttle.failed(user.username(), remoteAddr);
            throw new InvalidInputException("currentPassword", "account.password.wrong");
        }
        throttle.succeeded(user.username(), remoteAddr);
        policy.problem(user.username(), next).ifPresent(code -> {
            throw new InvalidInputException("newPassword", code);
        });
        transactions.executeWithoutResult(status -> {
            users.updatePassword(user.userId(), passwords.encode(next));
            audit.record("PASSWORD_CHANGED", "user", user.userId(), user.username(), null,
                    Map.of("passwordChanged", true));
        });
    }

    /** An administrator gives a user a new password (the user forgot theirs); audited without the password. */
    @Transactional
    public void resetPassword(CurrentUser admin, long id, String password) {
        requireAdministrator(admin);
        UserAccount user = get(id);
        policy.problem(user.username(), password).ifPresent(code -> {
            throw new InvalidInputException("newPassword", code);
        });
        users.updatePassword(id, passwords.encode(password));
        audit.record("PASSWORD_RESET", "user", id, user.username(), null, Map.of("passwordChanged", true));
    }

    /**
     * Enables again those of these accounts that exist and are disabled, each with this new password (the demo data
     * loaded again after it was removed); audited without the password. Says which were enabled.
     */
    @Transactional
    public List<String> enableWithPassword(Collection<String> usernames, String password) {
        List<String> enabled = new ArrayList<>();
        for (String username : usernames) {
            Optional<CurrentUser> principal = users.findPrincipal(username);
            if (principal.isEmpty() || principal.get().enabled()) {
                continue;
            }
            UserAccount before = get(principal.get().userId());
            if (users.enable(before.id())) {
                users.updatePassword(before.id(), passwords.encode(password));
                audit.record("USER_UPDATED", "user", before.id(), username, before, get(before.id()));
                enabled.add(username);
            }
        }
        return enabled;
    }

    /** The user's sign-in throttling as an administrator sees it. */
    ThrottleState throttleState(long id) {
        return throttle.state(get(id).username());
    }

    /** The user names among these that are locked after too many wrong passwords. */
    Set<String> locked(Collection<String> usernames) {
        return throttle.locked(usernames);
    }

    /**
     * Lifts a lock and forgets the delays of every address; audited with the state before. False when there
     * was nothing to clear (nothing is then audited).
     */
    @Transactional
    public boolean unlock(CurrentUser admin, long id) {
        requireAdministrator(admin);
        UserAccount user = get(id);
        ThrottleState before = throttle.state(user.username());
        if (!before.any()) {
            return false;
        }
        throttle.clear(user.username());
        audit.record("ACCOUNT_UNLOCKED", "user", id, user.username(), before.audited(),
                throttle.state(user.username()).audited());
        return true;
    }

    /**
     * Refuses a password given in the environment (TRAODOI_ADMIN_PASSWORD, TRAODOI_DEMO_PASSWORD) that the
     * policy would refuse on a form, with the reason in Vietnamese and English; traodoi then does not start.
     */
    public void checkConfiguredPassword(String variable, String password, Collection<String> usernames) {
        for (String username : usernames) {
            Optional<String> problem = policy.problem(username, password);
            if (problem.isPresent()) {
                throw new ConfiguredPasswordRefusedException(variable,
                        messages.getMessage(problem.get(), null, Locale.forLanguageTag("vi")),
                        messages.getMessage(problem.get(), null, Locale.ENGLISH));
            }
        }
    }

    /** The person the account is, if linked. */
    public Optional<Long> personOf(long userId) {
        return users.personOf(userId);
    }

    /**
     * Links the account to its person in the directory ("Tôi là …"), or unlinks it with null. The directory checks
     * that the person is one the user may be ({@code vn.traodoi.people.MyPerson}).
     */
    @Transactional
    public void linkPerson(CurrentUser user, @Nullable Long personId) {
        Optional<Long> before = users.personOf(user.userId());
        users.linkPerson(user.userId(), personId);
        audit.record("USER_PERSON_LINKED", "user", user.userId(), user.username(),
                Map.of("personId", String.valueOf(before.orElse(null))),
                Map.of("personId", String.valueOf(personId)));
    }

    /** Where to write to a person about their own work: the organization's enabled accounts linked to them. */
    public List<String> addressesOfPerson(long organizationId, long personId) {
        return users.addressesOfPerson(organizationId, personId);
    }

    /** How a user wants notices by e-mail: each at once, one digest every morning, or none. */
    public enum NoticeEmail {
        IMMEDIATE, DIGEST, NONE
    }

    /** Someone to give a notice to: the account, its address (if any), its language and its choice of e-mail. */
    public record Recipient(long userId, @Nullable String email, String locale, NoticeEmail noticeEmail) {
    }

    /**
     * The enabled accounts among {@code userIds}, and those of these organizations holding one of these roles: whom a
     * notice reaches.
     */
    public List<Recipient> recipients(Collection<Long> organizationIds, Collection<Role> roles, Collection<Long> userIds) {
        return organizationIds.isEmpty() && userIds.isEmpty() ? List.of() : users.recipients(organizationIds, roles, userIds);
    }

    /** The enabled accounts linked to each of these persons of the directory (person id → account ids). */
    public Map<Long, List<Long>> accountsOfPersons(Collection<Long> personIds) {
        return personIds.isEmpty() ? Map.of() : users.accountsOfPersons(personIds);
    }

    public NoticeEmail noticeEmail(CurrentUser user) {
        return users.noticeEmail(user.userId());
    }

    /** The user's own choice of notices by e-mail, audited. */
    @Transactional
    public void setNoticeEmail(CurrentUser user, NoticeEmail mode) {
        NoticeEmail before = users.noticeEmail(user.userId());
        users.setNoticeEmail(user.userId(), mode);
        audit.record("USER_NOTICE_EMAIL_CHANGED", "user", user.userId(), user.username(), Map.of("noticeEmail", before.name()),
                Map.of("noticeEmail", mode.name()));
    }

    /** Where to write to the organizers and approvers of these organizations. */
    public List<String> addressesOfStaff(Collection<Long> organizationIds) {
        return organizationIds.isEmpty() ? List.of() : users.addressesOfStaff(organizationIds);
    }

    /** The names of these accounts, by id, for showing who did something. */
    public Map<Long, String> fullNames(Collection<Long> userIds) {
        return userIds.isEmpty() ? Map.of() : users.fullNames(userIds);
    }

    /** Whether an account has this user name. */
    public boolean exists(String username) {
        return users.usernameTaken(username);
    }

    public void rememberLocale(long userId, String locale) {
        users.updateLocale(userId, locale);
    }

    Optional<String> locale(String username) {
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

    private static void requireAdministrator(CurrentUser actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators manage accounts");
        }
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
