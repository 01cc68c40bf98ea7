package vn.traodoi.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.OrganizationRules;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.Delegation.Side;
import vn.traodoi.delegation.Delegation.Stop;
import vn.traodoi.system.NotFoundException;

/**
 * Who may see and change a delegation, decided in one place: the organizer sees and edits its delegations; a host
 * sees a delegation once it was sent to it, answers for its own stop and writes its own sessions; anyone else gets
 * 404, as if the record did not exist.
 */
@Service
class DelegationAccess {

    private final Delegations delegations;
    private final OrganizationRules rules;
    private final Clock clock;

    private final AccountService accounts;

    DelegationAccess(Delegations delegations, OrganizationRules rules, Clock clock, AccountService accounts) {
        this.accounts = accounts;
        this.clock = clock;
        this.delegations = delegations;
        this.rules = rules;
    }

    /** The delegation if {@code user}'s organization may see it; otherwise 404. */
    public Delegation get(CurrentUser user, long id) {
        Delegation d = delegations.find(id).orElseThrow(() -> new NotFoundException("delegation", id));
        if (sideOf(d, user).isEmpty()) {
            throw new NotFoundException("delegation", id);
        }
        return d;
    }

    /**
     * GUEST for the organizer, HOST for a host organization once the delegation was sent to it, MEMBER (reading, and
     * filing its members' reports) for the organization of a member or a member's own account once the plan was
     * approved.
     */
    public Optional<Side> sideOf(Delegation d, CurrentUser user) {
        if (d.organizerId() == user.orgId()) {
            return Optional.of(Side.GUEST);
        }
        if (d.sentToHosts() && d.hostOrganizationIds().contains(user.orgId())) {
            return Optional.of(Side.HOST);
        }
        if (d.membersSee() && (d.memberOrganizationIds().contains(user.orgId()) || isMember(d, user))) {
            return Optional.of(Side.MEMBER);
        }
        return Optional.empty();
    }

    /** Whether the user's account is linked to one of the delegation's named members. */
    boolean isMember(Delegation d, CurrentUser user) {
        Optional<Long> person = accounts.personOf(user.userId());
        return person.isPresent() && d.members().stream().anyMatch(m -> person.get().equals(m.personId()));
    }

    /** The steps {@code user} may take now, in the order the buttons are shown. */
    public List<Action> availableActions(Delegation d, CurrentUser user) {
        Optional<Side> side = sideOf(d, user);
        List<Action> actions = new ArrayList<>();
        for (Action action : Action.values()) {
            if (side.isPresent() && side.get() == action.side && action.allowedFrom(d.status())
                    && action.roles.stream().anyMatch(user::has) && action.precondition(d, user.orgId(), LocalDate.now(clock)).isEmpty()
                    && (action != Action.APPROVE || !approvesOwnSubmission(d, user))) {
                actions.add(action);
            }
        }
        return actions;
    }

    /**
     * Whether approving the plan would have {@code user} approve what they submitted themselves, which separation of
     * duties forbids unless the organization allows it.
     */
    boolean approvesOwnSubmission(Delegation d, CurrentUser user) {
        return delegations.lastSubmitter(d.id()).filter(by -> by == user.userId()).isPresent()
                && !rules.allowsSelfApproval(d.organizerId());
    }

    public boolean canEditPlan(Delegation d, CurrentUser user) {
        return sideOf(d, user).orElse(null) == Side.GUEST && user.has(Role.ORGANIZER) && d.status().planEditable();
    }

    public boolean canEditDetails(Delegation d, CurrentUser user) {
        return sideOf(d, user).orElse(null) == Side.GUEST && user.has(Role.ORGANIZER) && d.status().detailsEditable();
    }

    /** Hosts write sessions for their own stops; the organizer for any stop. */
    public boolean canWriteSessions(Delegation d, Stop stop, CurrentUser user) {
        Side side = sideOf(d, user).orElse(null);
        if (side == null || !user.has(Role.ORGANIZER) || !d.status().detailsEditable()) {
            return false;
        }
        return side == Side.GUEST || Objects.equals(stop.hostOrganizationId(), user.orgId());
    }

    /**
     * The delegation, if {@code user} is of the organizer's staff and its details (topics, members, documents) are
     * still open.
     */
    Delegation editableDetails(CurrentUser user, long id) {
        Delegation d = get(user, id);
        requireGuestOrganizer(d, user);
        if (!d.status().detailsEditable()) {
            throw new IllegalTransitionException("delegation.details.locked", d.status());
        }
        return d;
    }

    /** The session must be part of the delegation, and the user one who writes its stop's sessions. */
    void requireSessionWriter(Delegation d, long sessionId, CurrentUser user) {
        Stop stop = d.stops().stream().filter(s -> s.sessions().stream().anyMatch(x -> x.id() == sessionId))
                .findFirst().orElseThrow(() -> new NotFoundException("session", sessionId));
        if (!canWriteSessions(d, stop, user)) {
            throw new AccessDeniedException("not a writer of this stop's sessions");
        }
    }

    void requireGuestOrganizer(Delegation d, CurrentUser user) {
        if (sideOf(d, user).orElse(null) != Side.GUEST || !user.has(Role.ORGANIZER)) {
            throw new AccessDeniedException("only the organizer's staff change the plan");
        }
    }

    static void requireRole(CurrentUser user, Role role) {
        if (!user.has(role)) {
            throw new AccessDeniedException("role " + role + " required");
        }
    }
}
