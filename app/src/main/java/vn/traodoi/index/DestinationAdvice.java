package vn.traodoi.index;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.DelegationFacts;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.report.LessonLibrary;
import vn.traodoi.system.Days;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.text.VietnameseText;

/**
 * Where should we go to learn this? For a home unit, a topic and the date of the planned trip: the indices that
 * measure the topic, the latest edition of each published before that date, the units ranked above the home unit
 * (by rank, or by score where the rank is not stated) with their figures and sources, whether their group is also
 * higher, equal or unknown (a group the source does not state is derived from the published thresholds, and marked),
 * ordered by the strength of the evidence; what is unknown is said, never filled in. Places the organization visited
 * on the topic in the last years are marked, with the lessons it learned there.
 */
@Service
class DestinationAdvice {

    private static final DateTimeFormatter DAY = Days.SHOWN;

    /** How a unit's group compares with the home unit's. */
    public enum GroupRelation {
        HIGHER, EQUAL, LOWER, UNKNOWN
    }

    /** A figure with its group as stated, or derived from the thresholds (then {@code derived}), or unknown. */
    public record Rated(IndexFigure figure, @Nullable IndexGroup group, boolean derived) {
    }

    /** A unit above the home unit on one index: by rank, or by score when a rank is not stated. */
    public record Above(Rated rated, boolean byScore, GroupRelation group) {
    }

    /** One index of the topic: the edition used, the home unit's figure, who stands above it, and what the data lacks. */
    public record Section(GovernanceIndex index, Indices.@Nullable Edition edition, boolean assumedPublication,
            @Nullable Rated home, List<Above> above, List<IndexFigure> notComparable, List<IndexFigure> notRanked,
            @Nullable Coverage coverage) {

        /** The message that says what follows for the units without a figure. */
        public @Nullable String coverageCode() {
            if (coverage == null) {
                return null;
            }
            String code = "advice.coverage." + coverage.conclusion().name();
            return coverage.conclusion() == Conclusion.SOME_ABOVE_UNKNOWN && !notComparable.isEmpty()
                    ? code + ".notComparable" : code;
        }

        /** Its arguments: the home unit, its rank "43/63", how many above, named, and not named. */
        public List<String> coverageArguments(String homeName) {
            if (coverage == null) {
                return List.of();
            }
            String rank = home == null ? null : home.figure().rankText();
            return Arrays.asList(homeName, rank == null ? "" : rank, String.valueOf(coverage.above()),
                    String.valueOf(coverage.knownAbove()), String.valueOf(coverage.unknownAbove()));
        }
    }

    /**
     * Something the advice does not know, as a message of the bundles: its key and its arguments; the API adds the
     * {@code message} in the caller's language, the pages resolve the key themselves.
     */
    public record Gap(String code, List<String> arguments, @Nullable String message) {

        public Gap {
            arguments = List.copyOf(arguments);
        }

        public Gap(String code, List<String> arguments) {
            this(code, arguments, null);
        }

        static Gap of(String code, Object... arguments) {
            return new Gap("advice.gap." + code, Arrays.stream(arguments).map(String::valueOf).toList());
        }

        Gap withMessage(String text) {
            return new Gap(code, arguments, text);
        }
    }

    /** What can be said of the units an edition has no figure for, given what is known of the home unit. */
    public enum Conclusion {
        /** The home unit has no figure, or was not ranked: any unit without a figure may stand above it. */
        HOME_UNKNOWN,
        /** The home unit has a score but no rank: how many stand above is not known; any unit may. */
        HOME_RANK_UNKNOWN,
        /** Every unit ranked above the home unit has a figure: those without one rank below. */
        ALL_ABOVE_KNOWN,
        /** Some units ranked above the home unit have no figure (or one that cannot be compared): which is unknown. */
        SOME_ABOVE_UNKNOWN
    }

    /** A unit of the edition's year without a figure, named as it was then. */
    public record Unit(long unitId, String gsoCode, String name) {
    }

    /**
     * How much of an edition the data holds: of {@code units} (63 until 2024, 34 from 2025) {@code withFigure} have a
     * row; the units without one; and, when the home unit's rank is known, how many stand above it ({@code rank - 1})
     * and how many of those the data names ({@code knownAbove}).
     *
     * <p>Example, PAR Index 2021 for Hồ Chí Minh City (43/63) with 15 figures: 42 above, 11 of them known, so 31 of
     * the 48 units without a figure rank above it, and which ones cannot be told: {@code SOME_ABOVE_UNKNOWN}.
     */
    public record Coverage(int units, int withFigure, List<Unit> missing, Conclusion conclusion,
            @Nullable Integer above, int knownAbove) {

        public Coverage {
            missing = List.copyOf(missing);
        }

        /** How many units above the home unit the data does not name, when that is known. */
        public @Nullable Integer unknownAbove() {
            return above == null ? null : Math.max(0, above - knownAbove);
        }

        /** Whether the units without a figure may stand above the home unit. */
        public boolean missingMayBeAbove() {
            return conclusion != Conclusion.ALL_ABOVE_KNOWN && !missing.isEmpty();
        }

        public boolean complete() {
            return withFigure >= units;
        }
    }

    /** A place to consider, with its evidence on each index of the topic and its figures on the others. */
    public record Candidate(long unitId, String unitName, @Nullable String todayName, List<Above> evidence,
            List<IndexFigure> otherIndices, List<Visit> visits, List<Lesson> lessons) {

        public boolean visited() {
            return !visits.isEmpty();
        }
    }

    public record Visit(long delegationId, String title, @Nullable LocalDate startDate) {
    }

    public record Lesson(long delegationId, @Nullable String topic, String content) {
    }

    /** The whole advice and the gaps it states. */
    public record Advice(long homeUnitId, String homeName, Topic topic, LocalDate tripDate, int visitedYears,
            List<Section> sections, List<Candidate> candidates, List<Gap> gaps) {

        Advice withGaps(List<Gap> resolved) {
            return new Advice(homeUnitId, homeName, topic, tripDate, visitedYears, sections, candidates, resolved);
        }

        /** Whether some edition used lacks figures for some units: the page then says how to import the full table. */
        public boolean incomplete() {
            return sections.stream().anyMatch(s -> s.coverage() != null && !s.coverage().complete());
        }

        /** The editions used, for the plan's purpose: "PAR Index 2021, SIPAS 2021". */
        public String editionsUsed() {
            return sections.stream().filter(s -> s.edition() != null)
                    .map(s -> s.index().shortName() + " " + s.edition().year()).collect(Collectors.joining(", "));
        }
    }

    private final Indices indices;
    private final PlaceLookup places;
    private final DelegationFacts delegations;
    private final LessonLibrary lessons;
    private final OrganizationService organizations;

    private final Clock clock;


    DestinationAdvice(Indices indices, PlaceLookup places, DelegationFacts delegations, LessonLibrary lessons,
            OrganizationService organizations, Clock clock) {

        this.clock = clock;
        this.indices = indices;
        this.places = places;
        this.delegations = delegations;
        this.lessons = lessons;
        this.organizations = organizations;
    }

    /** The unit of the user's organization, the default home. */
    public Optional<Long> homeUnitOf(CurrentUser user) {
        return organizations.find(user.orgId()).map(Organization::unitId);
    }

    public Advice advise(CurrentUser user, long homeUnitId, long topicId, LocalDate tripDate, int visitedYears) {
        AdministrativeUnit home = places.findUnit(homeUnitId).orElseThrow(() -> new NotFoundException("unit", homeUnitId));
        Topic topic = indices.topic(topicId);
        List<Indices.Edition> editions = indices.editions();
        List<Section> sections = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        Map<Long, List<Above>> evidence = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (String code : topic.indices()) {
            GovernanceIndex index = indices.index(code);
            Optional<Indices.Edition> edition = latest(editions, code, tripDate);
            if (edition.isEmpty()) {
                gaps.add(Gap.of("noEdition", index.shortName(), DAY.format(tripDate)));
                sections.add(new Section(index, null, false, null, List.of(), List.of(), List.of(), null));
                continue;
            }
            Indices.Edition e = edition.get();
            String label = index.shortName() + " " + e.year();
            boolean assumed = e.publishedOn() == null;
            if (assumed) {
                gaps.add(Gap.of("assumed", label, DAY.format(e.availableFrom())));
            }
            List<IndexGroup> groups = indices.groups(code);
            long homeAtYear = unitOfYear(home, e.year());
            List<IndexFigure> table = indices.table(code, e.year());
            IndexFigure homeFigure = table.stream().filter(f -> f.unitId() == homeAtYear).findFirst().orElse(null);
            String homeName = places.unit(homeAtYear).fullNameAt(LocalDate.of(e.year(), 12, 31));
            Rated homeRated = homeFigure == null ? null : rate(homeFigure, groups);
            if (homeFigure == null) {
                gaps.add(Gap.of("homeMissing", label, homeName));
            } else if (homeFigure.notRanked()) {
                gaps.add(Gap.of("homeNotRanked", label, homeName));
            } else if (homeFigure.rank() == null) {
                gaps.add(Gap.of(homeFigure.score() == null ? "rankAndScoreNotStated" : "rankNotStated", label, homeName));
            }
            if (homeRated != null && homeRated.group() == null && !groups.isEmpty()) {
                gaps.add(Gap.of("groupUnknown", label, homeName));
            }
            List<Above> above = new ArrayList<>();
            List<IndexFigure> notComparable = new ArrayList<>();
            List<IndexFigure> notRanked = new ArrayList<>();
            for (IndexFigure f : table) {
                if (f.unitId() == homeAtYear) {
                    continue;
                }
                if (f.notRanked()) {
                    notRanked.add(f);
                    continue;
                }
                Boolean higher = higher(f, homeFigure);
                if (higher == null) {
                    notComparable.add(f);
                } else if (higher) {
                    Rated rated = rate(f, groups);
                    Above a = new Above(rated, homeFigure.rank() == null || f.rank() == null, relation(rated, homeRated));
                    above.add(a);
                    evidence.computeIfAbsent(f.unitId(), k -> new ArrayList<>()).add(a);
                    names.put(f.unitId(), f.unitName());
                }
            }
            sections.add(new Section(index, e, assumed, homeRated, above, notComparable, notRanked,
                    coverage(e.year(), table, homeAtYear, homeFigure, above.size())));
        }
        Map<String, List<IndexFigure>> others = otherTables(topic, editions, tripDate);
        Map<Long, AdministrativeUnit> units = new HashMap<>();
        places.all(null).forEach(u -> units.put(u.id(), u));
        Map<Long, List<Long>> sameUnits = new LinkedHashMap<>();
        for (long id : evidence.keySet()) {
            AdministrativeUnit unit = units.get(id);
            List<Long> same = new ArrayList<>(List.of(id));
            if (unit != null && unit.successorId() != null) {
                same.add(unit.successorId());
            }
            sameUnits.put(id, same);
        }
        List<Long> everyUnit = sameUnits.values().stream().flatMap(List::stream).distinct().toList();
        List<DelegationFacts.Visit> toUnits = delegations.visitsTo(user, everyUnit);
        List<Map.Entry<Long, Visit>> visits = visits(toUnits, everyUnit, topic, tripDate, visitedYears);
        List<Map.Entry<Long, Lesson>> lessons = lessons(user, toUnits, everyUnit);
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<Long, List<Above>> c : evidence.entrySet()) {
            long id = c.getKey();
            List<Long> same = sameUnits.get(id);
            AdministrativeUnit today = units.get(units.get(id).successorId());
            candidates.add(new Candidate(id, names.get(id), today == null ? null : today.fullNameAt(LocalDate.now(clock)),
                    c.getValue(),
                    others.values().stream().flatMap(t -> t.stream().filter(f -> f.unitId() == id).limit(1)).toList(),
                    visits.stream().filter(v -> same.contains(v.getKey())).map(Map.Entry::getValue).distinct().toList(),
                    lessons.stream().filter(l -> same.contains(l.getKey())).map(Map.Entry::getValue).distinct().toList()));
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.evidence().size())
                .thenComparingInt(c -> c.evidence().stream().mapToInt(a -> a.group().ordinal()).min().orElse(9))
                .thenComparingInt(c -> c.evidence().stream().mapToInt(a -> a.rated().figure().rank() == null ? 999
                        : a.rated().figure().rank()).min().orElse(999))
                .thenComparing(c -> c.evidence().stream().allMatch(a -> "high".equals(a.rated().figure().confidence())) ? 0 : 1));
        String homeName = home.fullNameAt(tripDate);
        return new Advice(home.id(), homeName, topic, tripDate, visitedYears, sections, candidates, gaps);
    }

    /** What the edition's table holds of the units of its year, and what follows for those it lacks. */
    private Coverage coverage(int year, List<IndexFigure> table, long homeUnit, @Nullable IndexFigure home, int knownAbove) {
        Set<Long> withFigure = new HashSet<>();
        table.forEach(f -> withFigure.add(f.unitId()));
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        List<AdministrativeUnit> all = places.all(UnitDirectory.setOf(year));
        List<Unit> missing = all.stream().filter(u -> !withFigure.contains(u.id()) && u.id() != homeUnit)
                .sorted(Comparator.comparing(AdministrativeUnit::gsoCode))
                .map(u -> new Unit(u.id(), u.gsoCode(), u.fullNameAt(endOfYear))).toList();
        int units = all.size();
        int figures = (int) all.stream().filter(u -> withFigure.contains(u.id())).count();
        return coverage(units, figures, missing, home, knownAbove);
    }

    /** The conclusion: with the home unit's rank r, exactly r - 1 units stand above it; the data names some of them. */
    static Coverage coverage(int units, int withFigure, List<Unit> missing, @Nullable IndexFigure home, int knownAbove) {
        if (home == null || home.notRanked() || home.rank() == null && home.score() == null) {
            return new Coverage(units, withFigure, missing, Conclusion.HOME_UNKNOWN, null, knownAbove);
        }
        if (home.rank() == null) {
            return new Coverage(units, withFigure, missing, Conclusion.HOME_RANK_UNKNOWN, null, knownAbove);
        }
        int above = home.rank() - 1;
        return new Coverage(units, withFigure, missing,
                knownAbove >= above ? Conclusion.ALL_ABOVE_KNOWN : Conclusion.SOME_ABOVE_UNKNOWN, above, knownAbove);
    }

    /** The latest edition with figures that was published before the trip. */
    static Optional<Indices.Edition> latest(List<Indices.Edition> editions, String code, LocalDate tripDate) {
        return editions.stream().filter(e -> e.indexCode().equals(code) && e.figures() > 0
                        && e.availableFrom().isBefore(tripDate))
                .max(Comparator.comparingInt(Indices.Edition::year));
    }

    /** The unit the home unit was in an assessment year: itself, its predecessor of the same code, or its successor. */
    private long unitOfYear(AdministrativeUnit home, int year) {
        String set = UnitDirectory.setOf(year);
        if (home.unitSet().equals(set)) {
            return home.id();
        }
        if (set.equals("new34")) {
            return places.successor(home).map(AdministrativeUnit::id).orElse(home.id());
        }
        return places.predecessors(home).stream().filter(p -> p.gsoCode().equals(home.gsoCode())).findFirst()
                .map(AdministrativeUnit::id).orElse(home.id());
    }

    /** True when {@code f} stands above the home figure: by rank when both are ranked, else by score; null if unknown. */
    static @Nullable Boolean higher(IndexFigure f, @Nullable IndexFigure home) {
        if (home == null || home.notRanked()) {
            return null;
        }
        if (f.rank() != null && home.rank() != null) {
            return f.rank() < home.rank();
        }
        if (f.score() != null && home.score() != null) {
            return f.score().compareTo(home.score()) > 0;
        }
        return null;
    }

    /** The group a source states, else the one the published thresholds give for the score (derived), else none. */
    static Rated rate(IndexFigure f, List<IndexGroup> groups) {
        if (f.groupLabel() != null) {
            String label = VietnameseText.fold(f.groupLabel());
            for (IndexGroup g : groups) {
                for (String alias : g.aliases()) {
                    if (Pattern.compile("^" + Pattern.quote(VietnameseText.fold(alias)) + "(?![a-z])").matcher(label).find()) {
                        return new Rated(f, g, false);
                    }
                }
            }
            return new Rated(f, null, false);
        }
        if (f.score() != null) {
            Optional<IndexGroup> derived = groups.stream().filter(g -> g.minScore() != null && f.score().compareTo(g.minScore()) >= 0)
                    .min(Comparator.comparingInt(IndexGroup::position));
            if (derived.isPresent()) {
                return new Rated(f, derived.get(), true);
            }
        }
        return new Rated(f, null, false);
    }

    static GroupRelation relation(Rated unit, @Nullable Rated home) {
        if (home == null || unit.group() == null || home.group() == null) {
            return GroupRelation.UNKNOWN;
        }
        int c = Integer.compare(unit.group().position(), home.group().position());
        return c < 0 ? GroupRelation.HIGHER : c == 0 ? GroupRelation.EQUAL : GroupRelation.LOWER;
    }

    /** The tables of the indices the topic does not use, in their latest editions before the trip, read once. */
    private Map<String, List<IndexFigure>> otherTables(Topic topic, List<Indices.Edition> editions, LocalDate tripDate) {
        Map<String, List<IndexFigure>> out = new LinkedHashMap<>();
        for (GovernanceIndex index : indices.indices()) {
            if (!topic.indices().contains(index.code())) {
                latest(editions, index.code(), tripDate).ifPresent(e -> out.put(index.code(), indices.table(index.code(), e.year())));
            }
        }
        return out;
    }

    /** The organization's delegations to these units on the topic in the years before the trip, by unit. */
    private List<Map.Entry<Long, Visit>> visits(List<DelegationFacts.Visit> toUnits, List<Long> units, Topic topic,
            LocalDate tripDate, int years) {
        List<String> words = new ArrayList<>(List.of(topic.name()));
        for (String k : topic.keywords().split("\\s*;\\s*")) {
            if (!k.isBlank()) {
                words.add(k);
            }
        }
        List<Map.Entry<Long, Visit>> out = new ArrayList<>();
        for (DelegationFacts.Visit v : toUnits) {
            boolean inYears = v.startDate() == null
                    || v.startDate().isBefore(tripDate) && !v.startDate().isBefore(tripDate.minusYears(years));
            String about = VietnameseText.fold(v.about());
            if (inYears && words.stream().anyMatch(w -> about.contains(VietnameseText.fold(w)))) {
                v.places().stream().filter(p -> units.contains(p.unitId()))
                        .forEach(p -> out.add(Map.entry(p.unitId(), new Visit(v.id(), v.title(), v.startDate()))));
            }
        }
        return out;
    }

    /** The lessons the organization learned on delegations to these units, by unit. */
    private List<Map.Entry<Long, Lesson>> lessons(CurrentUser user, List<DelegationFacts.Visit> toUnits, List<Long> units) {
        Map<Long, DelegationFacts.Visit> byId = new LinkedHashMap<>();
        toUnits.forEach(v -> byId.put(v.id(), v));
        List<Map.Entry<Long, Lesson>> out = new ArrayList<>();
        for (LessonLibrary.Kept k : lessons.from(user, byId.keySet())) {
            byId.get(k.delegationId()).places().stream().map(DelegationFacts.Place::unitId).filter(units::contains)
                    .distinct().forEach(u -> out.add(Map.entry(u, new Lesson(k.delegationId(), k.topic(), k.content()))));
        }
        return out;
    }
}
