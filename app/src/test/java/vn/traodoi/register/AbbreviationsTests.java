package vn.traodoi.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.traodoi.document.IssuedType;

class AbbreviationsTests {

    @Nested
    class Suggestions {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Sở Nội vụ tỉnh Tuyên Quang                                 | SNV
                Sở Nội vụ Thành phố Hồ Chí Minh                            | SNV
                Ủy ban nhân dân Thành phố Hồ Chí Minh                      | UBND
                Ủy ban nhân dân tỉnh Tuyên Quang                           | UBND
                Ủy ban nhân dân Quận 10                                    | UBND
                Hội đồng nhân dân thành phố Hải Phòng                      | HĐND
                Sở Kế hoạch và Đầu tư thành phố Đà Nẵng                    | SKHĐT
                Văn phòng Ủy ban nhân dân tỉnh Tuyên Quang                 | VPUBND
                Ban Thi đua - Khen thưởng Thành phố Hồ Chí Minh            | BTĐKT
                Sở Văn hóa, Thể thao và Du lịch                            | SVHTTDL
                Bộ Tư pháp                                                 | BTP
                Quốc hội                                                   | QH
                Thành ủy Thành phố Hồ Chí Minh                             | TU
                """)
        void areTheInitialsOfTheNameBeforeItsLocality(String name, String expected) {
            assertThat(Abbreviations.suggest(name)).contains(expected);
        }

        @Test
        void areNoneWhenTheNameHasNoLetters() {
            assertThat(Abbreviations.suggest("123 - 456")).isEmpty();
        }
    }

    @Nested
    class Validity {

        @ParameterizedTest
        @CsvSource({"SNV", "UBND", "HĐND", "CCVC", "BCĐ389"})
        void acceptsCapitalsWithoutDiacriticsĐAndDigits(String text) {
            assertThat(Abbreviations.valid(text)).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"SNV-CCVC", "SNV/KH", "S NV", "SỞ", "ABCDEFGHIJKLMNOPQRSTU", "snv"})
        void refusesWhatWouldBreakASymbol(String text) {
            assertThat(Abbreviations.valid(text)).isFalse();
        }

        @Test
        void normalizesCaseAndSpaceOnlyAndKeepsBlankUnknown() {
            assertThat(Abbreviations.normalize("  snv ")).isEqualTo("SNV");
            assertThat(Abbreviations.normalize("hđnd")).isEqualTo("HĐND");
            assertThat(Abbreviations.normalize("   ")).isNull();
            assertThat(Abbreviations.normalize(null)).isNull();
        }
    }

    @Nested
    class Numbers {

        @ParameterizedTest
        @CsvSource({"1, 01, 01/KH-SNV", "9, 09, 09/KH-SNV", "10, 10, 10/KH-SNV", "683, 683, 683/KH-SNV"})
        void haveALeadingZeroBelowTen(int number, String text, String full) {
            IssuedNumber issued = new IssuedNumber(1, 2, IssuedType.KE_HOACH, 2026, number, "KH-SNV",
                    LocalDate.of(2026, 1, 5));
            assertThat(issued.numberText()).isEqualTo(text);
            assertThat(issued.full()).isEqualTo(full);
        }

        @Test
        void symbolsAreTypeAndIssuerOrForALetterIssuerAndDivision() {
            assertThat(IssuedType.KE_HOACH.symbol("SNV", "")).isEqualTo("KH-SNV");
            assertThat(IssuedType.QUYET_DINH.symbol("UBND", "")).isEqualTo("QĐ-UBND");
            assertThat(IssuedType.BAO_CAO.symbol("SNV", "")).isEqualTo("BC-SNV");
            assertThat(IssuedType.GIAY_MOI.symbol("SNV", "")).isEqualTo("GM-SNV");
            assertThat(IssuedType.THONG_BAO.symbol("SNV", "")).isEqualTo("TB-SNV");
            assertThat(IssuedType.CONG_VAN.symbol("SNV", "CCVC")).isEqualTo("SNV-CCVC");
            assertThat(IssuedType.CONG_VAN.abbreviation()).isEmpty();
            assertThat(IssuedType.QUYET_DINH.title()).isEqualTo("QUYẾT ĐỊNH");
            assertThat(IssuedType.CONG_VAN.title()).isEqualTo("CÔNG VĂN");
        }
    }
}
