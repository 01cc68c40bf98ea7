package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a section is named and found again in another version of the draft, and how typed text is kept. */
class DraftSectionRulesTests {

    private static final List<DraftSection> SECOND_VERSION = List.of(
            new DraftSection(21, 2, 1, 1, "Phần mở đầu", "", "Sự cần thiết xây dựng đề án"),
            new DraftSection(22, 2, 2, 2, "Điều 1", "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định…"),
            new DraftSection(23, 2, 3, 2, "Điều 3", "Điều 3. Tiếp nhận hồ sơ trực tuyến", "Hồ sơ được tiếp nhận…"),
            new DraftSection(24, 2, 4, 2, "Điều 4", "Điều 4. Hiệu lực thi hành", "Quy chế có hiệu lực…"));

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            # label in the first version | heading in the first version           | found in the second
            Điều 1                       | Điều 1. Phạm vi điều chỉnh             | 22
            điều 1                       | ∅                                      | 22
            Điều 2                       | Điều 2. Tiếp nhận hồ sơ trực tuyến     | 23
            Điều 2                       | 2) Tiếp nhận hồ sơ trực tuyến          | 23
            Điều 5                       | Điều 5. Tổ chức thực hiện              | ∅
            Điều 5                       | ∅                                      | ∅
            """)
    void aSectionIsTheOneOfTheSameLabelElseOfTheSameHeadingWhateverItsNumber(String label, String heading, Long found) {
        // given a section of the first version; when it is looked for in the second; then it is this one, or none
        assertThat(DraftComparison.match(label, heading, SECOND_VERSION).map(DraftSection::id).orElse(null)).isEqualTo(found);
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # label      | heading                              | shown as
            Phần mở đầu  | ''                                   | Phần mở đầu
            Điều 3       | Điều 3. Tiếp nhận hồ sơ trực tuyến   | Điều 3. Tiếp nhận hồ sơ trực tuyến
            Điều 3       | Điều 3                               | Điều 3
            I.1          | 1. Cơ sở pháp lý                     | Mục I.1. Cơ sở pháp lý
            2 (2)        | 2. Mô hình tổ chức                   | Mục 2. Mô hình tổ chức
            Điều 1       | Điều 10. Trách nhiệm thi hành        | Điều 1 — Điều 10. Trách nhiệm thi hành
            """)
    void aSectionIsShownByItsLabelAndHeadingAsTheDraftNamesIt(String label, String heading, String shown) {
        assertThat(new DraftSection(1, 1, 1, 1, label, heading, "").display()).isEqualTo(shown);
    }

    @Test
    void typedTextKeepsItsLinesAndAtMostOneBlankLineBetweenParagraphs() {
        // given a comment typed with non-breaking spaces, decomposed letters and several blank lines
        String typed = "  Đề nghị bổ sung\u00A0thời hạn \n\n\n\nTie\u0302\u0301p nhận hồ sơ trong 03 ngày  ";
        // when it is kept; then each line is normalized and the paragraphs stay apart
        assertThat(Workshops.lines(typed)).isEqualTo("Đề nghị bổ sung thời hạn\n\nTiếp nhận hồ sơ trong 03 ngày");
        assertThat(Workshops.lines(" \n ")).isNull();
        assertThat(Workshops.text("  Sở  Nội vụ ")).isEqualTo("Sở Nội vụ");
    }
}
