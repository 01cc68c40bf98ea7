package vn.traodoi.text.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DraftSectionsTests {

    @Test
    void aProjectIsSplitByRomanAndNumberedHeadingsWithThePreambleFirst() {
        List<Section> sections = DraftSections.split("""
                ĐỀ ÁN
                Tổ chức chính quyền đô thị thành phố Hải Phòng

                I. SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN
                1. Cơ sở chính trị, pháp lý
                Hiến pháp năm 2013 quy định…
                a) Nghị quyết số 45-NQ/TW;
                2. Cơ sở thực tiễn
                Thành phố có 07 quận.
                II. MỤC TIÊU
                Mục tiêu chung của Đề án.
                """);
        assertThat(sections).extracting(Section::label)
                .containsExactly("Phần mở đầu", "I", "I.1", "I.2", "II");
        assertThat(sections.get(0).body()).isEqualTo("ĐỀ ÁN\nTổ chức chính quyền đô thị thành phố Hải Phòng");
        assertThat(sections.get(2).heading()).isEqualTo("1. Cơ sở chính trị, pháp lý");
        assertThat(sections.get(2).body()).isEqualTo("Hiến pháp năm 2013 quy định…\na) Nghị quyết số 45-NQ/TW;");
        assertThat(sections.get(2).level()).isEqualTo(2);
        assertThat(sections).extracting(Section::ordinal).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aLegalDraftIsSplitIntoChaptersArticlesAndClauses() {
        List<Section> sections = DraftSections.split("""
                Chương I
                QUY ĐỊNH CHUNG
                Điều 1. Phạm vi điều chỉnh
                Nghị quyết này quy định về tổ chức chính quyền đô thị.
                Điều 2. Tổ chức chính quyền
                1. Ủy ban nhân dân quận là cơ quan hành chính nhà nước.
                2. Ủy ban nhân dân phường hoạt động theo chế độ thủ trưởng.
                Chương II
                Điều 3. Hiệu lực
                """);
        assertThat(sections).extracting(Section::label).containsExactly("Chương I", "Điều 1", "Điều 2",
                "Khoản 1 Điều 2", "Khoản 2 Điều 2", "Chương II", "Điều 3");
        assertThat(sections.get(0).body()).isEqualTo("QUY ĐỊNH CHUNG");
        assertThat(sections.get(3).heading()).startsWith("1. Ủy ban nhân dân quận");
    }

    @Test
    void wordsThatMerelyLookLikeHeadingsStayInTheBody() {
        List<Section> sections = DraftSections.split("""
                I. Đánh giá
                Mục lục kèm theo.
                Chương trình hành động của Thành ủy.
                Phần lớn ý kiến tán thành.
                Điều này cho thấy…
                CV. 2023 không phải số La Mã
                """);
        assertThat(sections).hasSize(1);
        assertThat(sections.getFirst().body().lines()).hasSize(5);
    }

    @Test
    void wordHeadingStylesMakeSectionsAndRepeatedLabelsStayUnique() {
        List<Section> sections = DraftSections.split(List.of(new Paragraph("Bối cảnh", 1), Paragraph.of("Nội dung."),
                new Paragraph("Bối cảnh", 2), Paragraph.of("  "), Paragraph.of("Khác.")));
        assertThat(sections).extracting(Section::label).containsExactly("Bối cảnh", "Bối cảnh (2)");
        assertThat(sections).extracting(Section::level).containsExactly(1, 2);
        assertThat(sections.get(1).body()).isEqualTo("Khác.");
    }

    @Test
    void romanNumeralsAreRecognisedOnlyWhenWellFormed() {
        assertThat(DraftSections.isRoman("IV")).isTrue();
        assertThat(DraftSections.isRoman("XIX")).isTrue();
        assertThat(DraftSections.isRoman("IIII")).isFalse();
        assertThat(DraftSections.isRoman("CV")).isFalse();
        assertThat(DraftSections.isRoman("")).isFalse();
    }

    @Test
    void anEmptyDraftHasNoSections() {
        assertThat(DraftSections.split("\n  \n")).isEmpty();
    }
}
