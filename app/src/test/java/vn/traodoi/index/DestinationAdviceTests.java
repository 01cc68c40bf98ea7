package vn.traodoi.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.traodoi.index.DestinationAdvice.Conclusion;
import vn.traodoi.index.DestinationAdvice.Coverage;
import vn.traodoi.index.IndexFigure.RankBasis;

class DestinationAdviceTests {

    static final List<DestinationAdvice.Unit> MISSING = List.of(new DestinationAdvice.Unit(1, "01", "Thành phố Hà Nội"),
            new DestinationAdvice.Unit(2, "74", "Tỉnh Bình Dương"));

    static IndexFigure home(@Nullable Integer rank, @Nullable String score, RankBasis basis) {
        return new IndexFigure("PAR_INDEX", 2021, 79, "Thành phố Hồ Chí Minh", "79", score == null ? null : new BigDecimal(score),
                null, rank, 63, basis, null, List.of("https://moha.gov.vn/a"), null, "high", null, IndexFigure.Texts.NONE);
    }

    @Nested
    class WhatFollowsForTheUnitsWithoutAFigure {

        @ParameterizedTest(name = "rank {0}, {1} named above → {2}, {3} not named")
        @CsvSource({
                "43, 11, SOME_ABOVE_UNKNOWN, 31",
                "43, 42, ALL_ABOVE_KNOWN, 0",
                "1, 0, ALL_ABOVE_KNOWN, 0",
                "2, 0, SOME_ABOVE_UNKNOWN, 1"})
        void aRankedHomeUnitHasExactlyRankMinusOneAboveIt(int rank, int known, Conclusion conclusion, int unknown) {
            Coverage c = DestinationAdvice.coverage(63, 61, MISSING, home(rank, "86.05", RankBasis.EXPLICIT), known);
            assertThat(c.conclusion()).isEqualTo(conclusion);
            assertThat(c.above()).isEqualTo(rank - 1);
            assertThat(c.unknownAbove()).isEqualTo(unknown);
            assertThat(c.missingMayBeAbove()).isEqualTo(conclusion == Conclusion.SOME_ABOVE_UNKNOWN);
        }

        @Test
        void withoutTheHomeUnitsFigureOrRankAnyUnitMayStandAbove() {
            assertThat(DestinationAdvice.coverage(63, 5, MISSING, null, 0).conclusion()).isEqualTo(Conclusion.HOME_UNKNOWN);
            assertThat(DestinationAdvice.coverage(63, 5, MISSING, home(null, null, RankBasis.NOT_RANKED), 0).conclusion())
                    .isEqualTo(Conclusion.HOME_UNKNOWN);
            assertThat(DestinationAdvice.coverage(63, 5, MISSING, home(null, null, RankBasis.NOT_STATED), 0).conclusion())
                    .isEqualTo(Conclusion.HOME_UNKNOWN);
            Coverage byScore = DestinationAdvice.coverage(63, 5, MISSING, home(null, "40.68", RankBasis.NOT_STATED), 3);
            assertThat(byScore.conclusion()).isEqualTo(Conclusion.HOME_RANK_UNKNOWN);
            assertThat(byScore.above()).isNull();
            assertThat(byScore.unknownAbove()).isNull();
            assertThat(byScore.missingMayBeAbove()).isTrue();
        }

        @Test
        void aFullTableIsComplete() {
            Coverage full = DestinationAdvice.coverage(34, 34, List.of(), home(5, "90", RankBasis.EXPLICIT), 4);
            assertThat(full.complete()).isTrue();
            assertThat(full.missingMayBeAbove()).isFalse();
            assertThat(DestinationAdvice.coverage(34, 33, MISSING.subList(0, 1), null, 0).complete()).isFalse();
        }
    }

    @Nested
    class TextsInThePagesLanguage {

        static IndexFigure noted(@Nullable String stated, IndexFigure.Texts texts) {
            return new IndexFigure("PAR_INDEX", 2021, 79, "Thành phố Hồ Chí Minh", "79", null, null, null, 63,
                    RankBasis.NOT_STATED, null, List.of("https://moha.gov.vn/a"), stated, null, null, texts);
        }

        @Test
        void eachLanguageGetsItsWording() {
            IndexFigure f = noted("rank not stated", new IndexFigure.Texts("Thứ hạng không được nêu", "rank not stated",
                    null, null, null, null));
            assertThat(f.note("vi")).isEqualTo(new IndexFigure.Shown("Thứ hạng không được nêu", false));
            assertThat(f.note("en")).isEqualTo(new IndexFigure.Shown("rank not stated", false));
            assertThat(f.discrepancy("vi")).isNull();
        }

        @Test
        void withoutAWordingInTheLanguageTheTextIsShownAsStatedAndSaysSo() {
            IndexFigure imported = noted("Số liệu do Sở Nội vụ cung cấp", IndexFigure.Texts.NONE);
            assertThat(imported.note("vi")).isEqualTo(new IndexFigure.Shown("Số liệu do Sở Nội vụ cung cấp", true));
            assertThat(imported.note("en")).isEqualTo(new IndexFigure.Shown("Số liệu do Sở Nội vụ cung cấp", true));
            IndexFigure englishOnly = noted(null, new IndexFigure.Texts(null, "rank not stated", null, null, null, null));
            assertThat(englishOnly.note("vi")).isEqualTo(new IndexFigure.Shown("rank not stated", true));
        }
    }
}
