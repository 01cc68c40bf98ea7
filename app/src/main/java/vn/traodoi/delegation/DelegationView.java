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

    /**
     * The unit of a stop as it was named then: on the stop's first day, else on the delegation's dates; with no date
     * known, as it is named. Seed 004-c (12/2022): "Tỉnh Thừa Thiên Huế", not "Thành phố Huế".
     */
    public String unitNameThen(Delegation.Stop stop) {
        AdministrativeUnit unit = units.get(stop.unitId());
        if (unit == null) {
            return "";
        }
        LocalDate when = stop.startDate() != null ? stop.startDate()
                : delegation.startDate() != null ? delegation.startDate() : delegation.endDate();
        return when == null ? unit.fullNameVi() : unit.fullNameAt(when);
    }

    /**
     * The unit of a stop today when it is named otherwise than then (renamed, or merged by the 2025 reform); null when
     * the name is the same.
     */
    public @Nullable AdministrativeUnit unitTodayIfChanged(Delegation.Stop stop) {
        AdministrativeUnit today = unitsToday.get(stop.unitId());
        return today == null || today.fullNameVi().equals(unitNameThen(stop)) ? null : today;
    }

    /** Whether the stop's unit today is the same unit under another name (Huế), not the one it was merged into. */
    public boolean unitRenamed(Delegation.Stop stop) {
        AdministrativeUnit then = units.get(stop.unitId());
        AdministrativeUnit today = unitsToday.get(stop.unitId());
        return then != null && today != null && then.gsoCode().equals(today.gsoCode());
    }

    /** The sessions that have topics, in the order of the programme: for the general tab. */
    public List<Delegation.Session> sessionsWithTopics() {
        return delegation.stops().stream().flatMap(s -> s.sessions().stream()).filter(x -> !x.topics().isEmpty())
                .toList();
    }

    public boolean hasAction(String name) {
        return actions.stream().anyMatch(a -> a.name().equals(name));
    }

    public @Nullable LocalDate startDate() {
        return delegation.startDate();
    }
}
