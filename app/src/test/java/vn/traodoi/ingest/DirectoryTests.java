package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectoryTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            UBND TP.HCM                            | Ủy ban nhân dân Thành phố Hồ Chí Minh
            UBND TP. Hồ Chí Minh                   | Ủy ban nhân dân Thành phố Hồ Chí Minh
            HĐND TPHCM                             | Hội đồng nhân dân Thành phố Hồ Chí Minh
            UBND tỉnh Hà Giang                     | Ủy ban nhân dân tỉnh Hà Giang
            Uy ban nhan dan tinh Ha Giang          | Ủy ban nhân dân tỉnh Hà Giang
            Uỷ ban nhân dân tỉnh Hà Giang          | Ủy ban nhân dân tỉnh Hà Giang
            UBND TP Hà Nội                         | Ủy ban nhân dân thành phố Hà Nội
            Sở NV tỉnh Quảng Trị                   | Sở Nội vụ tỉnh Quảng Trị
            Ủy ban MTTQ tỉnh Quảng Trị             | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị
            """)
    void writesOutTheAbbreviationsAndIgnoresDiacriticsAndCase(String written, String name) {
        assertThat(Directory.key(written)).isEqualTo(Directory.key(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            UBND tỉnh Hà Giang       | UBND tỉnh Hà Nam
            Sở Nội vụ                | Sở Nội vụ tỉnh Quảng Trị
            UBND Quận 1              | UBND Quận 10
            """)
    void keepsApartWhatDiffers(String a, String b) {
        assertThat(Directory.key(a)).isNotEqualTo(Directory.key(b));
    }
}
