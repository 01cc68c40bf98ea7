package vn.traodoi.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;

/**
 * The plan of a delegation: its general information and its stops. The organizer's staff draft it; it is locked once
 * submitted, except that stops may still be added to an approved plan.
 */
@Service
class PlanService {

    private final Delegations delegations;
    private final DelegationAccess access;
    private final DelegationChanges changes;
    private final OrganizationService organizations;
    private final PlaceLookup places;
    private final Clock clock;

    PlanService(Delegations delegations, DelegationAccess access, DelegationChanges changes,
            OrganizationService organizations, PlaceLookup places, Clock clock) {
        this.delegations = delegations;
        this.access = access;
        this.changes = changes;
        this.organizations = organizations;
        this.places = places;
        this.clock = clock;
    }

    @Transactional
    public Delegation create(CurrentUser user, DelegationForm form) {
        DelegationAccess.requireRole(user, Role.ORGANIZER);
        DelegationForm clean = PlanCheck.checked(form, null);
        long id = delegations.insert(clean, user.orgId(), user.userId(), null, null);
        delegations.recordTransition(id, null, DelegationStatus.DRAFT, "CREATE", user.userId(), user.username(),
                user.orgId(), null);
        return changes.created("DELEGATION_CREATED", access.get(user, id));
    }

    @Transactional
    public Delegation update(CurrentUser user, long id, DelegationForm form) {
        Delegation before = access.get(user, id);
        access.requireGuestOrganizer(before, user);
        if (!before.status().planEditable()) {
            throw new IllegalTransitionException("delegation.plan.locked", before.status());
        }
        DelegationForm clean = PlanCheck.checked(form, before);
        if (!delegations.update(id, form.version(), clean)) {
            throw new ConcurrentEditException("delegation", id);
        }
        return changes.audited("DELEGATION_UPDATED", before);
    }

    /**
     * A stop at a host organization or only in a province. The host's own province is taken when none is given; the
     * province is the unit valid on the stop's first day (or the delegation's, or today).
     */
    @Transactional
    public Delegation addStop(CurrentUser user, long id, StopForm form) {
        Delegation before = access.get(user, id);
        access.requireGuestOrganizer(before, user);
        if (!before.status().planEditable() && before.status() != DelegationStatus.APPROVED) {
            throw new IllegalTransitionException("delegation.plan.locked", before.status());
        }
        changes.touch(before, form.version());
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = form.startDate();
        LocalDate end = form.endDate();
        problems.addAll(PlanCheck.stopDates("", start, end, before.startDate(), before.endDate()));
        Long unitId = form.unitId();
        if (form.hostOrganizationId() != null) {
            Organization host = organizations.find(form.hostOrganizationId()).orElse(null);
            if (host == null) {
                problems.add(new FieldProblem("hostOrganizationId", "stop.host.unknown"));
            } else {
                if ((start != null && !host.validAt(start)) || (end != null && !host.validAt(end))) {
                    problems.add(new FieldProblem("hostOrganizationId", "stop.host.notValid"));
                }
                if (unitId == null) {
                    unitId = host.unitId();
                }
            }
        }
        if (unitId == null) {
            problems.add(new FieldProblem("unitId", "stop.unit.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate when = start != null ? start : before.startDate() != null ? before.startDate() : LocalDate.now(clock);
        AdministrativeUnit unit = places.unitAt(Objects.requireNonNull(unitId), when)
                .orElseThrow(() -> new InvalidInputException("unitId", "stop.unit.notValid"));
        delegations.addStop(id, form.hostOrganizationId(), unit.id(), start, end);
        return changes.audited("DELEGATION_STOP_ADDED", before, user);
    }
}
