package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaysTests {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            09/08/2022    | 2022-08-09
            9/8/2022      | 2022-08-09
            ' 29/02/2024 '| 2024-02-29
            29/02/2023    | ∅
            31/04/2026    | ∅
            2022-08-09    | ∅
            09.08.2022    | ∅
            9/8/22        | ∅
            ''            | ∅
            """)
    void aDayIsTypedAsOfficialsWriteItAndMustBeARealDay(String typed, LocalDate day) {
        assertThat(Days.parse(typed).orElse(null)).isEqualTo(day);
    }

    @Test
    void aDayIsShownWithTwoDigitsForDayAndMonth() {
        assertThat(Days.format(LocalDate.of(2022, 8, 9))).isEqualTo("09/08/2022");
    }
}
