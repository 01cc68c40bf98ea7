package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which month an address of the calendar names: the pickers' month and year, or an older link's yyyy-MM. */
class CalendarPageTests {

    @ParameterizedTest(name = "month={0} year={1}")
    @CsvSource(nullValues = "∅", textBlock = """
            # month, year, shown
            8,       2022,   2022-08
            ' 12 ',  2022,   2022-12
            2022-08, ∅,      2022-08
            13,      2022,   ∅
            0,       2022,   ∅
            8,       22,     ∅
            8,       ∅,      ∅
            ∅,       2022,   ∅
            tám,     2022,   ∅
            2022-13, ∅,      ∅
            ∅,       ∅,      ∅
            """)
    void theMonthIsTheOneThePickersOrTheLinkName(String month, String year, String shown) {
        var parsed = CalendarPage.parse(month, year);
        assertThat(parsed == null ? null : parsed.toString()).isEqualTo(shown);
    }
}
