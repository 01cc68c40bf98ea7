package vn.traodoi.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TonePlacementTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hoà Bình         | Hòa Bình
            Khánh Hoà        | Khánh Hòa
            Thanh Hoá        | Thanh Hóa
            thuỷ lợi         | thủy lợi
            khoẻ mạnh        | khỏe mạnh
            HOÀ              | HÒA
            Hoàng Hoa Thám   | Hoàng Hoa Thám
            quả              | quả
            quý              | quý
            Thuận Hòa        | Thuận Hòa
            """)
    void movesTheToneToTheFirstVowelOfOpenSyllables(String modern, String traditional) {
        assertThat(TonePlacement.toTraditional(modern)).isEqualTo(traditional);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hòa Bình         | Hoà Bình
            Thanh Hóa        | Thanh Hoá
            Thủy             | Thuỷ
            Hoàng            | Hoàng
            quả              | quả
            Hoà              | Hoà
            """)
    void movesTheToneToTheMainVowelForTheModernSpelling(String traditional, String modern) {
        assertThat(TonePlacement.toModern(traditional)).isEqualTo(modern);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hòa Bình
            Khánh Hòa
            Thừa Thiên Huế
            Quảng Ngãi
            """)
    void roundTripsBetweenTheTwoSpellings(String name) {
        assertThat(TonePlacement.toTraditional(TonePlacement.toModern(name))).isEqualTo(name);
    }
}
