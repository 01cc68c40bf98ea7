package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a section is named in the comment lists and the synthesis table: as the draft names it. */
class SectionNameTests {

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            # label          | heading                                        | named
            2                | 2. Mô hình tổ chức chính quyền đô thị          | Mục 2. Mô hình tổ chức chính quyền đô thị
            2 (2)            | 2. Mô hình tổ chức chính quyền đô thị          | Mục 2. Mô hình tổ chức chính quyền đô thị
            1                | 1) Cơ sở pháp lý                               | Mục 1. Cơ sở pháp lý
            II               | II. MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ         | Mục II. MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ
            I.1              | 1. Cơ sở chính trị, pháp lý                    | Mục I.1. Cơ sở chính trị, pháp lý
            2.1              | 2.1. Phân cấp, phân quyền                      | Mục 2.1. Phân cấp, phân quyền
            Điều 5           | Điều 5. Hiệu lực thi hành                      | Điều 5. Hiệu lực thi hành
            Điều 5           | Điều 5: Hiệu lực thi hành                      | Điều 5. Hiệu lực thi hành
            Điều 5           | Điều 5                                         | Điều 5
            Khoản 2 Điều 5   | 2. Người đứng đầu chịu trách nhiệm.            | Khoản 2 Điều 5. Người đứng đầu chịu trách nhiệm.
            Chương II        | Chương II QUY ĐỊNH CHUNG                       | Chương II. QUY ĐỊNH CHUNG
            Chương II, mục 1 | 1. Phạm vi                                     | Chương II, mục 1. Phạm vi
            Mục 1 Chương II  | Mục 1. NHỮNG QUY ĐỊNH CHUNG                    | Mục 1 Chương II. NHỮNG QUY ĐỊNH CHUNG
            Phần thứ nhất    | Phần thứ nhất. TỔNG QUAN                       | Phần thứ nhất. TỔNG QUAN
            Phần mở đầu      | ''                                             | Phần mở đầu
            Mục tiêu chung   | Mục tiêu chung                                 | Mục tiêu chung
            Mục tiêu chung   | Mục tiêu chung đến năm 2030                    | Mục tiêu chung đến năm 2030
            Điều 1           | Điều 10. Trách nhiệm thi hành                  | Điều 1 — Điều 10. Trách nhiệm thi hành
            Điều 3           | ∅                                              | Điều 3
            ∅                | ∅                                              | ∅
            """)
    void aSectionIsItsLabelAsAReferenceThenItsHeadingWithoutTheNumberItRepeats(String label, String heading, String named) {
        assertThat(SectionName.of(label, heading)).isEqualTo(named);
    }

    @Test
    void aLongHeadingIsCutAtAWord() {
        // given a clause whose heading is its whole first paragraph
        String heading = "1. " + "Ủy ban nhân dân phường hoạt động theo chế độ thủ trưởng ".repeat(6).strip();
        // when it is named for a table cell; then it is cut at a word, with an ellipsis
        String shown = SectionName.shortened("Khoản 1 Điều 5", heading, 80);
        assertThat(shown).startsWith("Khoản 1 Điều 5. Ủy ban nhân dân phường").endsWith("…").hasSizeLessThanOrEqualTo(80)
                .doesNotContain("  ");
        assertThat(shown.charAt(shown.length() - 2)).isNotEqualTo(' ');
    }
}
