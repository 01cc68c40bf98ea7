package vn.traodoi.delegation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.traodoi.account.Role;

/**
 * The steps of the lifecycle: which states each starts from, where it leads, who may take it, and whether a
 * reason is required. Host answers (confirm, propose dates) and accepting a proposal are steps too, recorded
 * on the timeline, though they may leave the status as it is.
 */
public enum Action {
    SUBMIT(EnumSet.of(DelegationStatus.DRAFT), DelegationStatus.SUBMITTED, Delegation.Side.GUEST, Set.of(Role.ORGANIZER), false),
    APPROVE(EnumSet.of(DelegationStatus.SUBMITTED), DelegationStatus.APPROVED, Delegation.Side.GUEST, Set.of(Role.APPROVER), false),
    REJECT(EnumSet.of(DelegationStatus.SUBMITTED), DelegationStatus.REJECTED, Delegation.Side.GUEST, Set.of(Role.APPROVER), true),
    REVISE(EnumSet.of(DelegationStatus.REJECTED, DelegationStatus.POSTPONED), DelegationStatus.DRAFT, Delegation.Side.GUEST,
            Set.of(Role.ORGANIZER), false),
    REQUEST_HOSTS(EnumSet.of(DelegationStatus.APPROVED), DelegationStatus.HOST_REQUESTED, Delegation.Side.GUEST,
            Set.of(Role.ORGANIZER), false),
    CONFIRM_STOP(EnumSet.of(DelegationStatus.HOST_REQUESTED), null, Delegation.Side.HOST, Set.of(Role.ORGANIZER), false),
    PROPOSE_DATES(EnumSet.of(DelegationStatus.HOST_REQUESTED), null, Delegation.Side.HOST, Set.of(Role.ORGANIZER), true),
    ACCEPT_PROPOSAL(EnumSet.of(DelegationStatus.HOST_REQUESTED), null, Delegation.Side.GUEST, Set.of(Role.ORGANIZER), false),
    START(EnumSet.of(DelegationStatus.HOST_CONFIRMED), DelegationStatus.IN_PROGRESS, Delegation.Side.GUEST,
            Set.of(Role.ORGANIZER), false),
    COMPLETE(EnumSet.of(DelegationStatus.IN_PROGRESS), DelegationStatus.COMPLETED, Delegation.Side.GUEST,
            Set.of(Role.ORGANIZER), false),
    CANCEL(DelegationStatus.BEFORE_COMPLETION, DelegationStatus.CANCELLED, Delegation.Side.GUEST,
            Set.of(Role.ORGANIZER, Role.APPROVER), true),
    POSTPONE(EnumSet.complementOf(EnumSet.of(DelegationStatus.POSTPONED, DelegationStatus.COMPLETED,
            DelegationStatus.REPORTED, DelegationStatus.CLOSED, DelegationStatus.CANCELLED)), DelegationStatus.POSTPONED,
            Delegation.Side.GUEST, Set.of(Role.ORGANIZER, Role.APPROVER), true),
    CLOSE(EnumSet.of(DelegationStatus.REPORTED), DelegationStatus.CLOSED, Delegation.Side.GUEST,
            Set.of(Role.ORGANIZER, Role.APPROVER), false),
    /**
     * A trip that already took place, recorded afterwards (approved on paper, hosts not asked through traodoi): its
     * members report and its trip report is compiled as for any other. The note (its legal basis) is optional.
     */
    RECORD_HELD(EnumSet.of(DelegationStatus.DRAFT, DelegationStatus.APPROVED, DelegationStatus.HOST_REQUESTED),
            DelegationStatus.COMPLETED, Delegation.Side.GUEST, Set.of(Role.ORGANIZER), false);

    final Set<DelegationStatus> from;
    final @Nullable DelegationStatus to;
    final Delegation.Side side;
    final Set<Role> roles;
    final boolean reasonRequired;

    Action(Set<DelegationStatus> from, @Nullable DelegationStatus to, Delegation.Side side, Set<Role> roles, boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.side = side;
        this.roles = roles;
        this.reasonRequired = reasonRequired;
    }

    public boolean allowedFrom(DelegationStatus status) {
        return from.contains(status);
    }

    /**
     * What the delegation still lacks for this step, as a message key, for the organization taking it: a plan is sent
     * with a stop; hosts are asked when every stop has one; a host answers while its own stop is unconfirmed; a
     * proposal of dates is accepted while one is on record; a trip is recorded as held once its last day has passed.
     */
    public Optional<String> precondition(Delegation d, long organizationId, LocalDate today) {
        return switch (this) {
            case RECORD_HELD -> {
                LocalDate lastDay = d.endDate() != null ? d.endDate() : d.startDate();
                yield d.stops().isEmpty() ? Optional.of("delegation.submit.noStop")
                        : lastDay == null ? Optional.of("delegation.held.noDates")
                        : !lastDay.isBefore(today) ? Optional.of("delegation.held.notYet") : Optional.empty();
            }
            case SUBMIT -> d.stops().isEmpty() ? Optional.of("delegation.submit.noStop") : Optional.empty();
            case REQUEST_HOSTS -> d.stops().isEmpty() || d.stops().stream().anyMatch(s -> s.hostOrganizationId() == null)
                    ? Optional.of("delegation.request.stopWithoutHost") : Optional.empty();
            case CONFIRM_STOP, PROPOSE_DATES -> d.stops().stream().anyMatch(s -> Objects.equals(s.hostOrganizationId(),
                    organizationId) && s.hostStatus() != HostStatus.CONFIRMED)
                    ? Optional.empty() : Optional.of("stop.answer.none");
            case ACCEPT_PROPOSAL -> d.stops().stream().anyMatch(s -> s.hostStatus() == HostStatus.PROPOSED)
                    ? Optional.empty() : Optional.of("stop.proposal.none");
            default -> Optional.empty();
        };
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public Delegation.Side side() {
        return side;
    }
}
