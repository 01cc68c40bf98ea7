package vn.traodoi.workshop;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.Hashes;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;

/**
 * Invitations of outside experts: a link ({@code gy_…}, only its hash stored) that opens one workshop's draft for
 * comments without an account, for 1 to 90 days, until the holder revokes it.
 */
@Service
class WorkshopInvitations {

    /** Where an expert's link leads: the invitation and its workshop. */
    public record Invited(Invitation invitation, Workshop workshop) {
    }

    /** A new invitation with its token, shown once. */
    public record NewInvitation(Invitation invitation, String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Workshops workshops;
    private final AuditLog audit;
    private final Clock clock;

    WorkshopInvitations(JdbcClient jdbc, Workshops workshops, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.workshops = workshops;
        this.audit = audit;
        this.clock = clock;
    }

    /** A link for an outside expert, valid for {@code days} days (1 to 90); the token is returned only now. */
    @Transactional
    public NewInvitation invite(CurrentUser user, long workshopId, @Nullable String expertName,
            @Nullable String organization, @Nullable String email, int days) {
        workshops.open(user, workshopId);
        String name = Workshops.text(expertName);
        String mail = Workshops.text(email);
        List<FieldProblem> problems = Invitation.requestProblems(name, mail, days);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = "gy_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = jdbc.sql("""
                        INSERT INTO workshop_invitations (workshop_id, token_hash, expert_name, organization, email,
                            expires_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(workshopId, Hashes.sha256Hex(token), name, Workshops.text(organization), mail,
                        OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofDays(days)), clock.getZone()),
                        user.userId())
                .query(Long.class).single();
        Invitation created = find(workshopId, id);
        audit.record("WORKSHOP_INVITATION_CREATED", "workshop", workshopId, created.expertName(), null, created);
        return new NewInvitation(created, token);
    }

    @Transactional
    public void revoke(CurrentUser user, long workshopId, long invitationId) {
        workshops.editable(user, workshopId);
        Invitation before = find(workshopId, invitationId);
        if (before.revokedAt() != null) {
            return;
        }
        if (jdbc.sql("UPDATE workshop_invitations SET revoked_at = now() WHERE id = ? AND workshop_id = ?")
                .params(invitationId, workshopId).update() != 1) {
            throw new NotFoundException("invitation", invitationId);
        }
        Invitation after = find(workshopId, invitationId);
        audit.record("WORKSHOP_INVITATION_REVOKED", "workshop", workshopId, before.expertName(), before, after);
    }

    public List<Invitation> invitations(long workshopId) {
        return jdbc.sql("SELECT * FROM workshop_invitations WHERE workshop_id = ? ORDER BY id").param(workshopId)
                .query((rs, n) -> invitation(rs)).list();
    }

    /**
     * The invitation of a token and its workshop: 404 for a token that was never given, 410 (with the reason) for one
     * that expired or was revoked.
     */
    public Invited invited(@Nullable String token) {
        if (!Invitation.tokenShaped(token)) {
            throw new NotFoundException("invitation", "?");
        }
        Invitation i = jdbc.sql("SELECT * FROM workshop_invitations WHERE token_hash = ?").param(Hashes.sha256Hex(token))
                .query((rs, n) -> invitation(rs)).optional().orElseThrow(() -> new NotFoundException("invitation", "?"));
        if (i.revokedAt() != null) {
            throw new InvitationUnusableException("workshop.invitation.revokedLink");
        }
        if (!i.usable(clock.instant())) {
            throw new InvitationUnusableException("workshop.invitation.expiredLink");
        }
        return new Invited(i, workshops.find(i.workshopId()).orElseThrow());
    }

    private Invitation find(long workshopId, long invitationId) {
        return invitations(workshopId).stream().filter(i -> i.id() == invitationId).findFirst()
                .orElseThrow(() -> new NotFoundException("invitation", invitationId));
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new Invitation(rs.getLong("id"), rs.getLong("workshop_id"), rs.getString("expert_name"),
                rs.getString("organization"), rs.getString("email"),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(), revoked == null ? null : revoked.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
