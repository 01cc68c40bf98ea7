package vn.traodoi.place;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.text.VietnameseText;

/**
 * Resolves free text to administrative units at a date: "TP.HCM", "Thừa Thiên - Huế", "da nang",
 * "HCMC" → the unit valid then and the unit valid today.
 *
 * <pre>
 * resolve("Bình Dương", 2022-07-21) → named Tỉnh Bình Dương, at date Tỉnh Bình Dương, today Thành phố Hồ Chí Minh
 * resolve("xyz", any date)          → no match (unknown is not an error)
 * </pre>
 */
@Service
public class PlaceLookup {

    private static final List<String> PREFIXES = List.of("thanhpho", "tinh", "tp");
    private static final double SIMILARITY = 0.45;

    private final AdministrativeUnits units;
    private final Clock clock;

    PlaceLookup(AdministrativeUnits units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public AdministrativeUnit unit(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("administrative unit", id));
    }

    public Optional<AdministrativeUnit> findUnit(long id) {
        return units.findById(id);
    }

    /** The units with these ids, by id, in one query (unknown ids are left out). */
    public Map<Long, AdministrativeUnit> units(Collection<Long> ids) {
        Map<Long, AdministrativeUnit> found = new HashMap<>();
        if (!ids.isEmpty()) {
            units.findByIds(ids.toArray(Long[]::new)).forEach(u -> found.put(u.id(), u));
        }
        return found;
    }

    /** A unit by its list and GSO code: ("old63", "74") is Tỉnh Bình Dương. */
    public AdministrativeUnit unit(String unitSet, String gsoCode) {
        return units.findAll(unitSet).stream().filter(u -> u.gsoCode().equals(gsoCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("administrative unit", unitSet + "/" + gsoCode));
    }

    public List<AdministrativeUnit> all(@Nullable String unitSet) {
        return units.findAll(unitSet);
    }

    /** Diacritic-insensitive search of names and variants: "ho chi minh" finds "Thành phố Hồ Chí Minh". */
    public List<AdministrativeUnit> search(@Nullable String text, @Nullable String unitSet) {
        String key = text == null ? "" : VietnameseText.matchKey(text);
        if (key.isEmpty()) {
            return units.findAll(unitSet);
        }
        return units.search(VietnameseText.fold(text), key, unitSet);
    }

    public List<AdministrativeUnit> predecessors(AdministrativeUnit unit) {
        return units.predecessors(unit.id());
    }

    public Optional<AdministrativeUnit> successor(AdministrativeUnit unit) {
        return unit.successorId() == null ? Optional.empty() : units.findById(unit.successorId());
    }

    public List<NameVariant> variants(AdministrativeUnit unit) {
        return units.variants(unit.id());
    }

    /**
     * The unit that {@code unitId} was or became on {@code date}, when that is a single unit: the unit of an
     * organization recorded before the 2025 reform, for a visit after it, is the merged unit.
     */
    public Optional<AdministrativeUnit> unitAt(long unitId, LocalDate date) {
        return units.findById(unitId).flatMap(u -> unitAt(u, date));
    }

    /**
     * For each of these units (by its id), the unit it was or became on {@code date} when that is a single unit, as
     * {@link #unitAt(AdministrativeUnit, LocalDate)} says; successors are read together, one query a step of reform.
     */
    public Map<Long, AdministrativeUnit> unitsAt(Collection<AdministrativeUnit> from, LocalDate date) {
        Map<Long, AdministrativeUnit> found = new HashMap<>();
        Map<Long, AdministrativeUnit> reached = new HashMap<>();
        from.forEach(u -> reached.put(u.id(), u));
        while (!reached.isEmpty()) {
            Map<Long, Long> ended = new HashMap<>();
            reached.forEach((id, u) -> {
                if (!u.validAt(date) && u.validTo() != null && date.isAfter(u.validTo()) && u.successorId() != null) {
                    ended.put(id, u.successorId());
                } else {
                    unitAt(u, date).ifPresent(at -> found.put(id, at));
                }
            });
            Map<Long, AdministrativeUnit> successors = units(ended.values());
            reached.clear();
            ended.forEach((id, next) -> {
                if (successors.containsKey(next)) {
                    reached.put(id, successors.get(next));
                }
            });
        }
        return found;
    }

    /** The unit that {@code unit} was or became on {@code date}, when that is a single unit. */
    public Optional<AdministrativeUnit> unitAt(AdministrativeUnit unit, LocalDate date) {
        List<AdministrativeUnit> candidates = unitsAt(unit, date);
        return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
    }

    /** The units the text may name, each with the unit valid on {@code date} and today. Exact matches first. */
    public List<PlaceMatch> resolve(@Nullable String text, LocalDate date) {
        String key = text == null ? "" : VietnameseText.matchKey(text);
        if (key.isEmpty()) {
            return List.of();
        }
        boolean exact = true;
        List<AdministrativeUnit> named = units.findByMatchKey(key);
        if (named.isEmpty()) {
            named = withoutPrefix(key);
        }
        if (named.isEmpty() && key.length() >= 3) {
            exact = false;
            named = units.findSimilar(key, SIMILARITY, 6);
        }
        LocalDate today = today();
        Map<String, PlaceMatch> byUnitAtDate = new LinkedHashMap<>();
        for (AdministrativeUnit unit : named) {
            List<AdministrativeUnit> candidates = unitsAt(unit, date);
            AdministrativeUnit atDate = candidates.size() == 1 ? candidates.getFirst() : null;
            List<AdministrativeUnit> todays = unitsAt(unit, today);
            PlaceMatch match = new PlaceMatch(unit, units.variantFor(unit.id(), key).orElse(unit.fullNameVi()),
                    exact, date, atDate, atDate == null ? candidates : List.of(),
                    todays.size() == 1 ? todays.getFirst() : null);
            String group = atDate == null ? "named-" + unit.id() : "at-" + atDate.id();
            PlaceMatch earlier = byUnitAtDate.get(group);
            // "Hồ Chí Minh" names both the old and the new city: keep the one valid on the date.
            if (earlier == null || (!earlier.named().validAt(date) && unit.validAt(date))) {
                byUnitAtDate.put(group, match);
            }
        }
        return List.copyOf(byUnitAtDate.values());
    }

    private List<AdministrativeUnit> withoutPrefix(String key) {
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix) && key.length() > prefix.length() + 1) {
                List<AdministrativeUnit> found = units.findByMatchKey(key.substring(prefix.length()));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * The unit or units that {@code unit} was, or became, on {@code date}: itself when valid; its successor
     * after it ended; before it began, its predecessor with the same code, or all of them when none has it.
     */
    List<AdministrativeUnit> unitsAt(AdministrativeUnit unit, LocalDate date) {
        if (unit.validAt(date)) {
            return List.of(unit);
        }
        if (unit.validTo() != null && date.isAfter(unit.validTo())) {
            return successor(unit).map(next -> unitsAt(next, date)).orElse(List.of());
        }
        List<AdministrativeUnit> earlier = units.predecessors(unit.id());
        List<AdministrativeUnit> sameCode = earlier.stream().filter(p -> p.gsoCode().equals(unit.gsoCode())).toList();
        List<AdministrativeUnit> result = new ArrayList<>();
        for (AdministrativeUnit predecessor : sameCode.isEmpty() ? earlier : sameCode) {
            if (predecessor.validAt(date)) {
                result.add(predecessor);
            }
        }
        return result;
    }
}
