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
        @Nullable String confidence, @Nullable String discrepancy, Texts texts) {

    /**
     * The note, the conflicting values and the group in each language, where the data gives them: the shipped
     * figures carry both; an import may give one language, both ({@code note_vi}, {@code note_en} …) or neither.
     */
    public record Texts(@Nullable String noteVi, @Nullable String noteEn, @Nullable String discrepancyVi,
            @Nullable String discrepancyEn, @Nullable String groupVi, @Nullable String groupEn) {

        public static final Texts NONE = new Texts(null, null, null, null, null, null);
    }

    /**
     * A text to show on a page: in the page's language, or, when the data has no wording in it, as the data states it
     * ({@code asStated}), which the page labels as such.
     */
    public record Shown(String text, boolean asStated) {
    }

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

    /** The note in the language ({@code "vi"} or {@code "en"}), else as stated; null when there is none. */
    public @Nullable Shown note(String language) {
        return shown(language, texts.noteVi(), texts.noteEn(), note);
    }

    public @Nullable Shown discrepancy(String language) {
        return shown(language, texts.discrepancyVi(), texts.discrepancyEn(), discrepancy);
    }

    /** The group or rating as the source gives it, in the language, else as stated. */
    public @Nullable Shown group(String language) {
        return shown(language, texts.groupVi(), texts.groupEn(), groupLabel);
    }

    private static @Nullable Shown shown(String language, @Nullable String vi, @Nullable String en,
            @Nullable String stated) {
        String wanted = "en".equals(language) ? en : vi;
        if (wanted != null) {
            return new Shown(wanted, false);
        }
        String other = stated != null ? stated : "en".equals(language) ? vi : en;
        return other == null ? null : new Shown(other, true);
    }

    public boolean notRanked() {
        return rankBasis == RankBasis.NOT_RANKED;
    }

    /** "43/63", or null when the rank is not known. */
    public @Nullable String rankText() {
        return rank == null ? null : rankOutOf == null ? String.valueOf(rank) : rank + "/" + rankOutOf;
    }
}
