package vn.traodoi.account;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;

/**
 * "Tôi là …" when the directory names the person otherwise, or the person belongs to another body: the user asks to be
 * linked to a person of the directory; an organizer whose delegation has that person as a member confirms (the account
 * is then linked, and files that member's report) or refuses. Each step audited.
 */
@Service
public class PersonClaims {

    /** Where a request stands. */
    public enum Status {
        PENDING, CONFIRMED, REFUSED
    }

    /** A request: who asks (account, name, organization), for which person, and where it stands. */
    public record Claim(long id, long userId, String fullName, String organizationName, long personId, Status status,
            OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PersonClaims(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Asks to be this person (again, after a refusal); already asked, nothing changes. */
    @Transactional
    public void ask(CurrentUser user, long personId) {
        int changed = jdbc.sql("""
                        INSERT INTO person_claims (user_id, person_id) VALUES (?, ?)
                        ON CONFLICT (user_id, person_id) DO UPDATE SET status = 'PENDING', decided_by = NULL, decided_at = NULL
                        WHERE person_claims.status = 'REFUSED'""").params(user.userId(), personId).update();
        if (changed == 1) {
            audit.record("PERSON_CLAIMED", "user", user.userId(), user.username(), null, Map.of("personId", personId));
        }
    }

    /** The user's own requests, newest first. */
    public List<Claim> mine(CurrentUser user) {
        return jdbc.sql(SELECT + "WHERE c.user_id = ? ORDER BY c.id DESC").param(user.userId()).query(Claim.class).list();
    }

    /** The pending requests for these persons, oldest first. */
    public List<Claim> pending(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE c.status = 'PENDING' AND c.person_id = ANY (?) ORDER BY c.id")
                .param(personIds.toArray(Long[]::new)).query(Claim.class).list();
    }

    /**
     * Confirms or refuses a pending request for {@code personId}; on confirming, the account is linked to the person.
     * The caller (the delegation's page) has checked that the person is a member of the organizer's delegation.
     */
    @Transactional
    public Claim decide(CurrentUser organizer, long claimId, long personId, boolean confirm) {
        Claim before = jdbc.sql(SELECT + "WHERE c.id = ? AND c.person_id = ?").params(claimId, personId)
                .query(Claim.class).optional().orElseThrow(() -> new NotFoundException("claim", claimId));
        if (before.status() != Status.PENDING) {
            throw new StateConflictException("account.claim.decided");
        }
        jdbc.sql("UPDATE person_claims SET status = ?, decided_by = ?, decided_at = now() WHERE id = ? AND status = 'PENDING'")
                .params(confirm ? "CONFIRMED" : "REFUSED", organizer.userId(), claimId).update();
        if (confirm) {
            jdbc.sql("UPDATE users SET person_id = ? WHERE id = ?").params(personId, before.userId()).update();
        }
        Claim after = jdbc.sql(SELECT + "WHERE c.id = ?").param(claimId).query(Claim.class).single();
        audit.record(confirm ? "PERSON_CLAIM_CONFIRMED" : "PERSON_CLAIM_REFUSED", "user", before.userId(),
                before.fullName(), before, after);
        return after;
    }

    private static final String SELECT = """
            SELECT c.id, c.user_id, u.full_name, o.name AS organization_name, c.person_id, c.status, c.created_at
            FROM person_claims c JOIN users u ON u.id = c.user_id JOIN organizations o ON o.id = u.organization_id
            """;
}
