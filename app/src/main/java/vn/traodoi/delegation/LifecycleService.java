package vn.traodoi.delegation;

import static vn.traodoi.delegation.DelegationChanges.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.Delegation.Side;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;

/**
 * The lifecycle of a delegation, as the {@link Action} table says: each step checked for the state, the side, the role
 * and the reason, and recorded on the timeline with who, when and why.
 */
@Service
class LifecycleService {

    private final Delegations delegations;
    private final DelegationAccess access;
    private final DelegationChanges changes;

    private final Clock clock;
    private final DelegationNotices notices;

    LifecycleService(Delegations delegations, DelegationAccess access, DelegationChanges changes, Clock clock,
            DelegationNotices notices) {
        this.notices = notices;
        this.clock = clock;
        this.delegations = delegations;
        this.access = access;
        this.changes = changes;
    }

    /** A lifecycle step: checks the state, the side and the role, records who, when and why. */
    @Transactional
    public Delegation transition(CurrentUser user, long id, Action action, @Nullable String reason, int version) {
        Delegation before = access.get(user, id);
        Side side = access.sideOf(before, user).orElseThrow();
        if (action.to == null) {
            throw new IllegalTransitionException("delegation.action.needsStop", action);
        }
        check(before, action, side, user, reason);
        if (!delegations.changeStatus(id, version, action.to, action == Action.REQUEST_HOSTS)) {
            throw new ConcurrentEditException("delegation", id);
        }
        delegations.recordTransition(id, before.status(), action.to, action.name(), user.userId(), user.username(),
                user.orgId(), blankToNull(reason));
        Delegation after = changes.audited("DELEGATION_" + action.name(), before);
        notices.stepTaken(before, after, action, user, reason);
        return after;
    }

    /**
     * The trip report was approved: COMPLETED → REPORTED, on the timeline. Called by the report feature, which checks
     * the approver; here only the state is checked.
     */
    @Transactional
    public Delegation markReported(CurrentUser user, long id) {
        Delegation before = access.get(user, id);
        if (before.status() != DelegationStatus.COMPLETED) {
            throw new IllegalTransitionException("report.delegation.notCompleted", before.status());
        }
        if (!delegations.changeStatus(id, before.version(), DelegationStatus.REPORTED, false)) {
            throw new ConcurrentEditException("delegation", id);
        }
        delegations.recordTransition(id, before.status(), DelegationStatus.REPORTED, "REPORT_APPROVED", user.userId(),
                user.username(), user.orgId(), null);
        return changes.audited("DELEGATION_REPORTED", before);
    }

    /** The step is the user's to take, from this state, with a reason where one is required, and its precondition holds. */
    void check(Delegation d, Action action, Side side, CurrentUser user, @Nullable String reason) {
        if (side != action.side || action.roles.stream().noneMatch(user::has)) {
            throw new AccessDeniedException("action " + action + " is not for this user");
        }
        if (!action.allowedFrom(d.status())) {
            throw new IllegalTransitionException("delegation.transition.illegal", action, d.status());
        }
        if (action.reasonRequired && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "delegation.reason.required");
        }
        if (action == Action.APPROVE && access.approvesOwnSubmission(d, user)) {
            throw new IllegalTransitionException("delegation.approve.ownSubmission");
        }
        Optional<String> problem = action.precondition(d, user.orgId(), LocalDate.now(clock));
        if (problem.isPresent()) {
            throw new IllegalTransitionException(problem.get());
        }
    }
}
