package vn.traodoi.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One figure of an index for a unit and an assessment year, as its sources state it: the score and rank when given
 * ({@code rankBasis} says how the rank is known), the group or rating, the source pages, and conflicting values.
 */
record IndexFigure(String indexCode, int year, long unitId, String unitName, String gsoCode,
        @Nullable BigDecimal score, @Nullable String scoreUnit, @Nullable Integer rank, @Nullable Integer rankOutOf,
        RankBasis rankBasis, @Nullable String groupLabel, List<String> sources, @Nullable String note,
        @Nullable String confidence, @Nullable String discrepancy) {

    /** How the rank is known. */
    public enum RankBasis {
        EXPLICIT, ORDER_IN_LIST, NOT_STATED, NOT_RANKED;

        static RankBasis parse(String text) {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        }

        public String csv() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public IndexFigure {
        sources = List.copyOf(sources);
    }

    public boolean notRanked() {
        return rankBasis == RankBasis.NOT_RANKED;
    }

    /** "43/63", or null when the rank is not known. */
    public @Nullable String rankText() {
        return rank == null ? null : rankOutOf == null ? String.valueOf(rank) : rank + "/" + rankOutOf;
    }
}
