package vn.traodoi.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationKind;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.place.PlaceMatch;
import vn.traodoi.text.VietnameseText;

/**
 * Names as an article writes them, matched to the directory on the day of the event: the abbreviations officials use
 * written out, diacritics and case ignored; a match only when exactly one organization has the name (or its short
 * name) and existed that day. Nothing similar-looking is taken for a match.
 *
 * <pre>
 * organization("UBND TP.HCM", 2024-10-10)      → Ủy ban nhân dân Thành phố Hồ Chí Minh
 * organization("tỉnh Bình Dương", 2024-10-10)  → Ủy ban nhân dân tỉnh Bình Dương (a province stands for its UBND)
 * organization("UBND tỉnh Bình Dương", 2025-09-01) → none (merged into Thành phố Hồ Chí Minh on 01/07/2025)
 * unit("Sở Nội vụ tỉnh Thừa Thiên Huế", 2022-05-01) → Tỉnh Thừa Thiên Huế (as it was then)
 * </pre>
 */
@Component
class Directory {

    private static final Pattern HCM = Pattern.compile("(?iU)\\b(?:TP\\.?\\s*HCM|TPHCM|HCMC|TP\\.?\\s*Hồ Chí Minh)\\b");
    private static final Pattern UBND = Pattern.compile("(?U)\\b(?:UBND|Ubnd)\\b");
    private static final Pattern HDND = Pattern.compile("(?U)\\b(?:HĐND|HDND)\\b");
    private static final Pattern MTTQ = Pattern.compile("(?U)\\bMTTQ(?:VN)?\\b");
    private static final Pattern SO_NV = Pattern.compile("(?iU)\\bSở NV\\b");
    private static final Pattern TP = Pattern.compile("(?iU)\\bTP\\.?(?=\\s|$)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The most words a province's name takes, with its kind: "tỉnh Bà Rịa - Vũng Tàu". */
    private static final int LONGEST_PLACE = 7;

    private final OrganizationService organizations;
    private final PlaceLookup places;
    /** The keys of the directory's names, worked out once: a page matches a dozen names against all of them. */
    private final Map<String, String> keys;
    /** For reading many articles: what was looked up, remembered; null for the directory as it is now. */
    private final @Nullable Memo memo;

    private final Clock clock;

    @Autowired
    Directory(OrganizationService organizations, PlaceLookup places, Clock clock) {
        this(organizations, places, clock, new ConcurrentHashMap<>(), null);
    }

    private Directory(OrganizationService organizations, PlaceLookup places, Clock clock, Map<String, String> keys,
            @Nullable Memo memo) {
        this.clock = clock;
        this.organizations = organizations;
        this.places = places;
        this.keys = keys;
        this.memo = memo;
    }

    /**
     * The directory as it is now, remembered for reading many articles (an archive's): the organizations are read
     * once, and each place looked up once per day asked; a text that names no place exactly is not looked up again.
     * What changes in the directory afterwards is not seen: make a new one now and then.
     */
    Directory remembering() {
        return new Directory(organizations, places, clock, keys, new Memo());
    }

    /** What a remembering directory has looked up. */
    private static final class Memo {

        /** Enough for the names of a few thousand articles; past this, it starts again. */
        private static final int MOST = 100_000;
        private volatile @Nullable List<Organization> all;
        private final Map<String, Boolean> inexact = new ConcurrentHashMap<>();
        private final Map<String, List<PlaceMatch>> named = new ConcurrentHashMap<>();
        private final Map<Long, AdministrativeUnit> units = new ConcurrentHashMap<>();

        private <K, V> V remember(Map<K, V> map, K key, Function<K, V> find) {
            if (map.size() > MOST) {
                map.clear();
            }
            V known = map.get(key);
            if (known == null) {
                known = find.apply(key);
                map.put(key, known);
            }
            return known;
        }
    }

    private List<Organization> organizations() {
        if (memo == null) {
            return organizations.all();
        }
        List<Organization> all = memo.all;
        if (all == null) {
            all = List.copyOf(organizations.all());
            memo.all = all;
        }
        return all;
    }

    private List<PlaceMatch> resolve(String text, LocalDate on) {
        if (memo == null) {
            return places.resolve(text, on);
        }
        if (memo.inexact.containsKey(text)) {
            return List.of();
        }
        // What a text names does not depend on the day; a unit valid that day is itself that day (PlaceLookup), so
        // the places named exactly, all valid on the day, are the answer for it without asking again.
        List<PlaceMatch> known = memo.named.get(text);
        if (known != null && known.stream().allMatch(m -> m.named().validAt(on))) {
            return known;
        }
        List<PlaceMatch> found = places.resolve(text, on);
        List<PlaceMatch> exact = found.stream().filter(PlaceMatch::exact).toList();
        if (exact.isEmpty()) {
            memo.inexact.put(text, true);
        } else if (exact.stream().allMatch(m -> m.atDate() != null && m.atDate().id() == m.named().id())) {
            memo.remember(memo.named, text, k -> exact);
        }
        return found;
    }

    /** The comparison key of a name: "UBND TP.HCM" and "Ủy ban nhân dân Thành phố Hồ Chí Minh" have the same. */
    static String key(String name) {
        String s = VietnameseText.normalize(name);
        s = HCM.matcher(s).replaceAll("Thành phố Hồ Chí Minh");
        s = UBND.matcher(s).replaceAll("Ủy ban nhân dân");
        s = HDND.matcher(s).replaceAll("Hội đồng nhân dân");
        s = MTTQ.matcher(s).replaceAll("Mặt trận Tổ quốc Việt Nam");
        s = SO_NV.matcher(s).replaceAll("Sở Nội vụ");
        s = TP.matcher(s).replaceAll("thành phố");
        return NOT_WORD.matcher(VietnameseText.fold(s)).replaceAll(" ").strip();
    }

    /** {@link #key} of a name of the directory, kept. */
    String keyOf(String name) {
        return keys.computeIfAbsent(name, Directory::key);
    }

    List<Organization> all() {
        return organizations();
    }

    /** The organization the text names, if exactly one existed that day; a bare province stands for its UBND. */
    Optional<Organization> organization(@Nullable String written, @Nullable LocalDate on) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        List<Organization> all = organizations();
        String key = key(written);
        List<Organization> named = all.stream().filter(o -> key.equals(keyOf(o.name()))
                || (o.shortName() != null && key.equals(keyOf(o.shortName())))).filter(o -> on == null || o.validAt(on))
                .toList();
        if (named.size() == 1) {
            return Optional.of(named.getFirst());
        }
        if (!named.isEmpty() || on == null) {
            return Optional.empty();
        }
        Optional<AdministrativeUnit> place = wholePlace(written, on);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        List<Organization> committees = all.stream().filter(o -> o.kind() == OrganizationKind.UBND && o.unitId() != null
                && o.validAt(on)).toList();
        // Their provinces as they were that day, read together (a committee is recorded in the province of its time).
        Map<Long, AdministrativeUnit> recorded = units(committees.stream().map(Organization::unitId).toList());
        // A province valid that day is itself that day: only those that were not are asked.
        Map<Long, AdministrativeUnit> then = new HashMap<>();
        List<AdministrativeUnit> changed = new ArrayList<>();
        recorded.forEach((id, u) -> {
            if (memo != null && u.validAt(on)) {
                then.put(id, u);
            } else {
                changed.add(u);
            }
        });
        if (!changed.isEmpty()) {
            then.putAll(places.unitsAt(changed, on));
        }
        List<Organization> ofPlace = committees.stream().filter(o -> then.containsKey(o.unitId())
                && then.get(o.unitId()).id() == place.get().id()).toList();
        return ofPlace.size() == 1 ? Optional.of(ofPlace.getFirst()) : Optional.empty();
    }

    /** The organization the text names, as {@link #organization} finds it, or else the one qualified by a province. */
    Optional<Organization> organizationIn(@Nullable String written, @Nullable LocalDate on,
            @Nullable AdministrativeUnit province) {
        Optional<Organization> found = organization(written, on);
        if (found.isPresent() || written == null || province == null || on == null) {
            return found;
        }
        // "giao Sở Nội vụ chủ trì …" in an article of Quảng Trị: Sở Nội vụ tỉnh Quảng Trị.
        return organization(written + " " + province.fullNameAt(on), on);
    }

    /**
     * The province the text ends with ("Sở Nội vụ Thành phố Hồ Chí Minh", "UBND tỉnh Thừa Thiên Huế"), as it was on
     * that day; only a known name of a province, never a similar one.
     */
    Optional<AdministrativeUnit> unit(@Nullable String written, LocalDate on) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String[] words = VietnameseText.normalize(written).split(" ");
        for (int k = Math.min(words.length, LONGEST_PLACE); k >= 1; k--) {
            String tail = String.join(" ", Arrays.copyOfRange(words, words.length - k, words.length));
            Optional<AdministrativeUnit> unit = exact(tail, on);
            if (unit.isPresent()) {
                return unit;
            }
        }
        return Optional.empty();
    }

    /** The province when the whole text is its name ("tỉnh Hà Giang", "TP.HCM"). */
    private Optional<AdministrativeUnit> wholePlace(String written, LocalDate on) {
        String text = VietnameseText.normalize(written).replaceFirst("(?iU)^(?:của|đoàn|địa phương)\\s+", "");
        return exact(HCM.matcher(text).replaceAll("Thành phố Hồ Chí Minh"), on);
    }

    private Optional<AdministrativeUnit> exact(String text, LocalDate on) {
        if (VietnameseText.matchKey(text).length() < 2) {
            return Optional.empty();
        }
        List<PlaceMatch> matches = resolve(text, on).stream().filter(PlaceMatch::exact)
                .filter(m -> m.atDate() != null).toList();
        return matches.size() == 1 ? Optional.ofNullable(matches.getFirst().atDate()) : Optional.empty();
    }

    /** The province as it was on that day: an organization's unit recorded before a merger, for a later visit. */
    Optional<AdministrativeUnit> unitAt(@Nullable Long unitId, LocalDate on) {
        if (unitId == null) {
            return Optional.empty();
        }
        if (memo != null) {
            AdministrativeUnit unit = units(List.of(unitId)).get(unitId);
            if (unit != null && unit.validAt(on)) {
                return Optional.of(unit);
            }
        }
        return places.unitAt(unitId, on);
    }

    /** The units with these ids, by id. */
    private Map<Long, AdministrativeUnit> units(List<Long> ids) {
        if (memo == null) {
            return places.units(ids);
        }
        List<Long> missing = ids.stream().filter(id -> !memo.units.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            memo.units.putAll(places.units(missing));
        }
        Map<Long, AdministrativeUnit> found = new HashMap<>();
        ids.forEach(id -> {
            AdministrativeUnit u = memo.units.get(id);
            if (u != null) {
                found.put(id, u);
            }
        });
        return found;
    }

    List<AdministrativeUnit> units() {
        return places.all(null);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
