package vn.traodoi.delegation;

import static vn.traodoi.delegation.DelegationChanges.blankToNull;
import static vn.traodoi.delegation.DelegationChanges.requireRow;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.Delegation.Side;
import vn.traodoi.delegation.Delegation.Stop;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;

/**
 * Guest–host coordination once the hosts were asked (ADR 0004): each host confirms its stop's dates or proposes
 * others, the organizer may take a proposal, and when every host has confirmed the delegation is HOST_CONFIRMED.
 */
@Service
class HostCoordination {

    private final Delegations delegations;
    private final DelegationAccess access;
    private final DelegationChanges changes;
    private final LifecycleService lifecycle;
    private final DelegationNotices notices;

    HostCoordination(Delegations delegations, DelegationAccess access, DelegationChanges changes,
            LifecycleService lifecycle, DelegationNotices notices) {
        this.notices = notices;
        this.delegations = delegations;
        this.access = access;
        this.changes = changes;
        this.lifecycle = lifecycle;
    }

    /** The host's answer for its stop: confirm the dates, or propose others with a reason. */
    @Transactional
    public Delegation answerStop(CurrentUser user, long id, long stopId, boolean confirm, @Nullable LocalDate proposedStart,
            @Nullable LocalDate proposedEnd, @Nullable String note, int version) {
        Delegation before = access.get(user, id);
        Stop stop = before.stop(stopId);
        Action action = confirm ? Action.CONFIRM_STOP : Action.PROPOSE_DATES;
        Side side = access.sideOf(before, user).orElseThrow();
        lifecycle.check(before, action, side, user, confirm ? "-" : note);
        if (!Objects.equals(stop.hostOrganizationId(), user.orgId())) {
            throw new NotFoundException("stop", stopId);
        }
        if (!confirm) {
            if (proposedStart == null || proposedEnd == null) {
                throw new InvalidInputException("proposedStart", "stop.proposal.datesRequired");
            }
            if (proposedStart.isAfter(proposedEnd)) {
                throw new InvalidInputException("proposedEnd", "delegation.dates.order");
            }
        }
        changes.touch(before, version);
        requireRow(delegations.answerStop(id, stopId, confirm ? HostStatus.CONFIRMED : HostStatus.PROPOSED,
                confirm ? null : proposedStart, confirm ? null : proposedEnd, blankToNull(note)), "stop", stopId);
        delegations.recordTransition(id, before.status(), before.status(), action.name(), user.userId(), user.username(),
                user.orgId(), blankToNull(note));
        advanceIfAllHostsConfirmed(id, user);
        Delegation after = changes.audited("DELEGATION_" + action.name(), before);
        notices.hostAnswered(after, confirm, user, note);
        return after;
    }

    /** The organizer takes the dates a host proposed: the stop is then confirmed with those dates. */
    @Transactional
    public Delegation acceptProposal(CurrentUser user, long id, long stopId, int version) {
        Delegation before = access.get(user, id);
        Stop stop = before.stop(stopId);
        lifecycle.check(before, Action.ACCEPT_PROPOSAL, access.sideOf(before, user).orElseThrow(), user, null);
        if (stop.hostStatus() != HostStatus.PROPOSED) {
            throw new IllegalTransitionException("stop.proposal.none");
        }
        changes.touch(before, version);
        requireRow(delegations.acceptProposal(id, stopId), "stop", stopId);
        LocalDate start = min(before.startDate(), stop.proposedStart());
        LocalDate end = max(before.endDate(), stop.proposedEnd());
        if (!Objects.equals(start, before.startDate()) || !Objects.equals(end, before.endDate())) {
            delegations.setDates(id, start, end);
        }
        delegations.recordTransition(id, before.status(), before.status(), Action.ACCEPT_PROPOSAL.name(), user.userId(),
                user.username(), user.orgId(), null);
        advanceIfAllHostsConfirmed(id, user);
        Delegation after = changes.audited("DELEGATION_ACCEPT_PROPOSAL", before);
        notices.proposalAccepted(after, stop.hostOrganizationId(), user);
        return after;
    }

    private void advanceIfAllHostsConfirmed(long id, CurrentUser user) {
        Delegation now = delegations.find(id).orElseThrow();
        boolean all = now.stops().stream().filter(s -> s.hostOrganizationId() != null)
                .allMatch(s -> s.hostStatus() == HostStatus.CONFIRMED);
        if (all && now.status() == DelegationStatus.HOST_REQUESTED
                && delegations.changeStatus(id, now.version(), DelegationStatus.HOST_CONFIRMED, false)) {
            delegations.recordTransition(id, now.status(), DelegationStatus.HOST_CONFIRMED, "HOSTS_CONFIRMED",
                    user.userId(), user.username(), user.orgId(), null);
        }
    }

    private static @Nullable LocalDate min(@Nullable LocalDate a, @Nullable LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static @Nullable LocalDate max(@Nullable LocalDate a, @Nullable LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
