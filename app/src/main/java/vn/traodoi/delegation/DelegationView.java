package vn.traodoi.delegation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.traodoi.people.Person;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.Organization;

/**
 * A delegation with the names it refers to, for pages: organizations, people and units by id, and what the
 * viewing user may do.
 */
public record DelegationView(
        Delegation delegation,
        Delegation.Side side,
        Map<Long, Organization> organizations,
        Map<Long, Person> persons,
        Map<Long, AdministrativeUnit> units,
        Map<Long, AdministrativeUnit> unitsToday,
        List<Action> actions,
        boolean canEditPlan,
        boolean canEditDetails,
        List<Long> writableStops,
        List<DelegationTransition> timeline) {

    public Organization organizer() {
        return organizations.get(delegation.organizerId());
    }

    public @Nullable String organizationName(@Nullable Long id) {
        Organization o = id == null ? null : organizations.get(id);
        return o == null ? null : o.name();
    }

    public @Nullable Person person(@Nullable Long id) {
        return id == null ? null : persons.get(id);
    }

    public boolean canWrite(Delegation.Stop stop) {
        return writableStops.contains(stop.id());
    }

    public boolean guest() {
        return side == Delegation.Side.GUEST;
    }

    /** The unit of a stop today, when the 2025 reform changed it; null when it is the same unit. */
    public @Nullable AdministrativeUnit unitTodayIfChanged(Delegation.Stop stop) {
        AdministrativeUnit today = unitsToday.get(stop.unitId());
        return today == null || today.id() == stop.unitId() ? null : today;
    }

    public boolean hasAction(String name) {
        return actions.stream().anyMatch(a -> a.name().equals(name));
    }

    public @Nullable LocalDate startDate() {
        return delegation.startDate();
    }
}
