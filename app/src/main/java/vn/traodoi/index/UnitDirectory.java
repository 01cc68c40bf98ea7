package vn.traodoi.index;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.traodoi.text.VietnameseText;

/**
 * The provinces and their name variants held in memory for reading index rows (97 units, some 700 variants): the 63
 * provinces for assessment years until 2024, the 34 units from 2025.
 */
final class UnitDirectory implements IndexRows.Units {

    private record Entry(IndexRows.Unit unit, String set, List<String> keys) {
    }

    private final Map<String, Map<String, Entry>> byCode = new HashMap<>();
    private final Map<String, Map<String, Entry>> byKey = new HashMap<>();

    private UnitDirectory() {
    }

    /** Reads the units through the plain connection of an import. */
    static UnitDirectory load(Connection connection) throws SQLException {
        UnitDirectory d = new UnitDirectory();
        Map<Long, List<String>> variants = new HashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT unit_id, match_key FROM administrative_unit_variants")) {
            while (rs.next()) {
                variants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT id, unit_set, gso_code, coalesce(former_full_name_vi, full_name_vi), name_vi, full_name_vi
                FROM administrative_units""")) {
            while (rs.next()) {
                List<String> keys = new ArrayList<>(variants.getOrDefault(rs.getLong(1), List.of()));
                keys.add(VietnameseText.matchKey(rs.getString(5)));
                keys.add(VietnameseText.matchKey(rs.getString(6)));
                d.add(new Entry(new IndexRows.Unit(rs.getLong(1), rs.getString(3), rs.getString(5)), rs.getString(2), keys));
            }
        }
        return d;
    }

    private void add(Entry e) {
        byCode.computeIfAbsent(e.set(), k -> new HashMap<>()).put(e.unit().gsoCode(), e);
        for (String key : e.keys()) {
            byKey.computeIfAbsent(e.set(), k -> new HashMap<>()).putIfAbsent(key, e);
        }
    }

    static String setOf(int year) {
        return year <= 2024 ? "old63" : "new34";
    }

    @Override
    public Optional<IndexRows.Unit> byCode(int year, String gsoCode) {
        return Optional.ofNullable(byCode.getOrDefault(setOf(year), Map.of()).get(gsoCode)).map(Entry::unit);
    }

    @Override
    public Optional<IndexRows.Unit> byName(int year, String name) {
        Map<String, Entry> keys = byKey.getOrDefault(setOf(year), Map.of());
        String key = VietnameseText.matchKey(name);
        Entry e = keys.get(key);
        for (String prefix : new String[] {"tinh", "thanhpho", "tp"}) {
            if (e == null && key.startsWith(prefix)) {
                e = keys.get(key.substring(prefix.length()));
            }
        }
        return Optional.ofNullable(e).map(Entry::unit);
    }

    @Override
    public Optional<String> closest(int year, String name) {
        String key = VietnameseText.matchKey(name);
        Entry best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Entry> candidate : byKey.getOrDefault(setOf(year), Map.of()).entrySet()) {
            int d = distance(key, candidate.getKey());
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate.getValue();
            }
        }
        return best == null || bestDistance > Math.max(3, key.length() / 2) ? Optional.empty() : Optional.of(best.unit().name());
    }

    /** Levenshtein distance of two short keys. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
