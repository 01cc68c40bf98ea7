package vn.traodoi.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.Delegation.Stop;
import vn.traodoi.delegation.DelegationService.Outline;
import vn.traodoi.people.People;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.place.PlaceLookup;

/**
 * A delegation as it is shown: the record with the names of every organization, person and province it refers to,
 * what the user may do with it, and its timeline.
 */
@Service
class DelegationViews {

    private final Delegations delegations;
    private final DelegationAccess access;
    private final OrganizationService organizations;
    private final PlaceLookup places;
    private final People people;
    private final Clock clock;

    DelegationViews(Delegations delegations, DelegationAccess access, OrganizationService organizations,
            PlaceLookup places, People people, Clock clock) {
        this.delegations = delegations;
        this.access = access;
        this.organizations = organizations;
        this.places = places;
        this.people = people;
        this.clock = clock;
    }

    /** Everything a page needs to show the delegation to {@code user}. */
    public DelegationView view(CurrentUser user, long id) {
        Delegation d = access.get(user, id);
        Set<Long> orgIds = new HashSet<>();
        orgIds.add(d.organizerId());
        Set<Long> personIds = new HashSet<>();
        d.documents().forEach(doc -> addIfPresent(orgIds, doc.issuerId()));
        d.members().forEach(m -> {
            addIfPresent(orgIds, m.organizationId());
            addIfPresent(personIds, m.personId());
        });
        Map<Long, AdministrativeUnit> units = places.units(d.stops().stream().map(Stop::unitId).toList());
        Map<Long, AdministrativeUnit> unitsToday = places.unitsAt(units.values(), LocalDate.now(clock));
        List<Long> writable = new ArrayList<>();
        for (Stop stop : d.stops()) {
            addIfPresent(orgIds, stop.hostOrganizationId());
            if (access.canWriteSessions(d, stop, user)) {
                writable.add(stop.id());
            }
            for (Delegation.Session session : stop.sessions()) {
                addIfPresent(orgIds, session.visitedOrganizationId());
                addIfPresent(personIds, session.chairPersonId());
                session.attendees().forEach(a -> {
                    addIfPresent(orgIds, a.organizationId());
                    addIfPresent(personIds, a.personId());
                });
            }
        }
        return new DelegationView(d, access.sideOf(d, user).orElseThrow(), organizations.byIds(orgIds),
                people.byIds(List.copyOf(personIds)), units, unitsToday, access.availableActions(d, user),
                access.canEditPlan(d, user), access.canEditDetails(d, user), writable, delegations.transitions(id));
    }

    public List<DelegationTransition> timeline(CurrentUser user, long id) {
        access.get(user, id);
        return delegations.transitions(id);
    }

    /** The outlines of these delegations, by id (unknown ids are left out). For the search index: no user is checked. */
    Map<Long, Outline> outlines(Collection<Long> ids) {
        Map<Long, Outline> found = new HashMap<>();
        for (long id : new HashSet<>(ids)) {
            delegations.find(id).ifPresent(d -> found.put(id, new Outline(d.id(), d.title(), d.organizerId(), d.audience(),
                    d.stops().stream().map(Stop::unitId).toList(), d.startDate(), d.endDate())));
        }
        return found;
    }

    private static void addIfPresent(Set<Long> ids, @Nullable Long id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
