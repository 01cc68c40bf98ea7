package vn.traodoi.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.traodoi.system.CsvReader;
import vn.traodoi.text.VietnameseText;

/**
 * Reads rows of index figures (the columns of the shipped {@code vn_governance_indices_2020_2024.csv}, and optionally {@link #TEXT_COLUMNS}) and checks each:
 * a known index and a year, a unit named by its code or its name (the closest name is suggested when unknown), a
 * score within the index's range, a rank within the ranked count, a known rank basis, source pages, and across rows
 * no unit twice in an edition and no rank twice unless the rows say it is a tie. Plain Java, on the rows of an import.
 */
final class IndexRows {

    /** A problem of one row; {@code code} is a message key, {@code arguments} its arguments. */
    public record Problem(int line, String column, String code, List<String> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /** What was read: the figures when there is no problem; nothing is to be stored otherwise. */
    public record Parsed(List<IndexFigure> figures, List<Problem> problems) {
        public Parsed {
            figures = List.copyOf(figures);
            problems = List.copyOf(problems);
        }
    }

    /** Units as of an assessment year: the 63 provinces until 2024, the 34 units from 2025. */
    public interface Units {
        /** The unit of that code valid in that year: its id and name. */
        Optional<Unit> byCode(int year, String gsoCode);

        /** The unit a name or a variant of it names, in that year. */
        Optional<Unit> byName(int year, String name);

        /** The closest known name, for "did you mean". */
        Optional<String> closest(int year, String name);
    }

    public record Unit(long id, String gsoCode, String name) {
    }

    /** An index as the rows need it: its code, words that name it, and its score range. */
    public record Index(String code, BigDecimal min, BigDecimal max) {
    }

    public static final List<String> COLUMNS = List.of("index", "year", "gso_code", "province_name_vi", "score",
            "score_unit", "rank", "rank_out_of", "rank_basis", "group_or_tier", "source_urls", "note", "confidence",
            "discrepancy");

    /** Optional columns: the note, the conflicting values and the group in Vietnamese and in English. */
    public static final List<String> TEXT_COLUMNS = List.of("note_vi", "note_en", "discrepancy_vi", "discrepancy_en",
            "group_vi", "group_en");

    private IndexRows() {
    }

    public static Parsed parse(List<CsvReader.Row> rows, Map<String, Index> indices, Units units) {
        List<IndexFigure> figures = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!rows.isEmpty()) {
            List<String> missing = COLUMNS.stream().filter(c -> !rows.getFirst().values().containsKey(c)
                    && List.of("index", "year", "source_urls").contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(new Problem(1, String.join(", ", missing), "index.import.columns", List.of(String.join(", ", COLUMNS))));
                return new Parsed(List.of(), problems);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, List<Integer>> ranks = new HashMap<>();
        Map<Integer, IndexFigure> byLine = new HashMap<>();
        for (CsvReader.Row row : rows) {
            int before = problems.size();
            IndexFigure figure = figure(row, indices, units, problems);
            if (figure == null || problems.size() > before) {
                continue;
            }
            String key = figure.indexCode() + "/" + figure.year() + "/" + figure.unitId();
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(new Problem(row.line(), "gso_code", "index.import.duplicate",
                        List.of(figure.unitName(), figure.indexCode(), String.valueOf(figure.year()), String.valueOf(first))));
                continue;
            }
            if (figure.rank() != null) {
                String rankKey = figure.indexCode() + "/" + figure.year() + "/" + figure.rank();
                for (int other : ranks.getOrDefault(rankKey, List.of())) {
                    if (!tie(byLine.get(other), figure)) {
                        problems.add(new Problem(row.line(), "rank", "index.import.rankRepeats",
                                List.of(String.valueOf(figure.rank()), String.valueOf(other))));
                    }
                }
                ranks.computeIfAbsent(rankKey, k -> new ArrayList<>()).add(row.line());
            }
            byLine.put(row.line(), figure);
            figures.add(figure);
        }
        return new Parsed(problems.isEmpty() ? figures : List.of(), problems);
    }

    /** Two rows of one rank are a tie when both say so, or both give the same score. */
    private static boolean tie(IndexFigure a, IndexFigure b) {
        return saysTie(a) && saysTie(b) || a.score() != null && b.score() != null && a.score().compareTo(b.score()) == 0;
    }

    private static boolean saysTie(IndexFigure f) {
        String note = VietnameseText.fold(String.join(" ", Objects.requireNonNullElse(f.note(), ""),
                Objects.requireNonNullElse(f.texts().noteVi(), ""), Objects.requireNonNullElse(f.texts().noteEn(), "")));
        return note.contains("tie") || note.contains("dong hang");
    }

    private static @Nullable IndexFigure figure(CsvReader.Row row, Map<String, Index> indices, Units units,
            List<Problem> problems) {
        int line = row.line();
        String indexText = value(row, "index");
        Index index = indexText == null ? null : indices.get(indexCode(indexText));
        if (index == null) {
            problems.add(new Problem(line, "index", "index.import.index", List.of(String.valueOf(indexText))));
        }
        Integer year = integer(row, "year", problems);
        if (value(row, "year") == null) {
            problems.add(new Problem(line, "year", "index.import.required", List.of("year")));
        } else if (year != null && (year < 2000 || year > 2100)) {
            problems.add(new Problem(line, "year", "index.import.year", List.of(String.valueOf(year))));
            year = null;
        }
        Unit unit = null;
        String code = value(row, "gso_code");
        String name = value(row, "province_name_vi");
        if (year != null) {
            if (code != null) {
                String padded = code.length() == 1 ? "0" + code : code;
                unit = units.byCode(year, padded).orElse(null);
                if (unit == null) {
                    problems.add(new Problem(line, "gso_code", "index.import.code", List.of(code, String.valueOf(year))));
                } else if (name != null && !sameUnit(units.byName(year, name), unit)) {
                    problems.add(new Problem(line, "province_name_vi", "index.import.codeName",
                            List.of(padded, unit.name(), name)));
                    unit = null;
                }
            } else if (name != null) {
                unit = units.byName(year, name).orElse(null);
                if (unit == null) {
                    problems.add(new Problem(line, "province_name_vi", "index.import.unknownUnit",
                            List.of(name, units.closest(year, name).orElse("—"))));
                }
            } else {
                problems.add(new Problem(line, "gso_code", "index.import.required", List.of("gso_code / province_name_vi")));
            }
        }
        BigDecimal score = decimal(row, "score", problems);
        if (score != null && index != null && (score.compareTo(index.min()) < 0 || score.compareTo(index.max()) > 0)) {
            problems.add(new Problem(line, "score", "index.import.scoreRange",
                    List.of(score.toPlainString(), index.code(), index.min().toPlainString(), index.max().toPlainString())));
        }
        Integer rank = integer(row, "rank", problems);
        Integer outOf = integer(row, "rank_out_of", problems);
        if (rank != null && rank < 1 || outOf != null && outOf < 1) {
            problems.add(new Problem(line, "rank", "index.import.rankPositive", List.of()));
        } else if (rank != null && outOf != null && rank > outOf) {
            problems.add(new Problem(line, "rank", "index.import.rankOutOf", List.of(String.valueOf(rank), String.valueOf(outOf))));
        }
        IndexFigure.RankBasis basis;
        String basisText = value(row, "rank_basis");
        try {
            basis = basisText == null ? (rank == null ? IndexFigure.RankBasis.NOT_STATED : IndexFigure.RankBasis.EXPLICIT)
                    : IndexFigure.RankBasis.parse(basisText);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(line, "rank_basis", "index.import.rankBasis", List.of(basisText)));
            basis = IndexFigure.RankBasis.NOT_STATED;
        }
        if (rank != null && (basis == IndexFigure.RankBasis.NOT_RANKED || basis == IndexFigure.RankBasis.NOT_STATED)) {
            problems.add(new Problem(line, "rank_basis", "index.import.rankWithoutBasis", List.of(basis.csv())));
        }
        String sourceText = value(row, "source_urls");
        List<String> sources = sourceText == null ? List.of()
                : Arrays.stream(sourceText.split("\\s*\\|\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (sources.isEmpty()) {
            problems.add(new Problem(line, "source_urls", "index.import.source", List.of()));
        } else if (sources.stream().anyMatch(s -> !s.matches("https?://\\S+"))) {
            problems.add(new Problem(line, "source_urls", "index.import.sourceUrl", List.of()));
        }
        String confidence = value(row, "confidence");
        if (confidence != null && !List.of("high", "medium", "low").contains(confidence.toLowerCase(Locale.ROOT))) {
            problems.add(new Problem(line, "confidence", "index.import.confidence", List.of(confidence)));
        }
        if (index == null || year == null || unit == null) {
            return null;
        }
        return new IndexFigure(index.code(), year, unit.id(), unit.name(), unit.gsoCode(), score, value(row, "score_unit"),
                rank, outOf, basis, value(row, "group_or_tier"), sources, value(row, "note"),
                confidence == null ? null : confidence.toLowerCase(Locale.ROOT), value(row, "discrepancy"),
                new IndexFigure.Texts(value(row, "note_vi"), value(row, "note_en"), value(row, "discrepancy_vi"),
                        value(row, "discrepancy_en"), value(row, "group_vi"), value(row, "group_en")));
    }

    private static boolean sameUnit(Optional<Unit> named, Unit unit) {
        return named.isPresent() && named.get().id() == unit.id();
    }

    /** "PAR Index", "par_index", "PAR-INDEX" → PAR_INDEX. */
    static String indexCode(String text) {
        return VietnameseText.fold(text).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_").replaceAll("^_|_$", "");
    }

    private static @Nullable String value(CsvReader.Row row, String column) {
        String v = row.values().get(column);
        return v == null || v.isBlank() ? null : VietnameseText.normalize(v);
    }

    private static @Nullable Integer integer(CsvReader.Row row, String column, List<Problem> problems) {
        String v = value(row, column);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.replaceAll("\\.0+$", ""));
        } catch (NumberFormatException e) {
            problems.add(new Problem(row.line(), column, "index.import.integer", List.of(v)));
            return null;
        }
    }

    /** A decimal as written in either convention: "86.05" or "86,05" (never a thousands separator here). */
    private static @Nullable BigDecimal decimal(CsvReader.Row row, String column, List<Problem> problems) {
        String v = value(row, column);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new Problem(row.line(), column, "index.import.decimal", List.of(v)));
            return null;
        }
    }
}
