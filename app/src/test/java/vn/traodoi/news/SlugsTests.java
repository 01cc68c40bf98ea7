package vn.traodoi.news;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Đoàn công tác tỉnh Tuyên Quang học tập tại Đà Nẵng     | doan-cong-tac-tinh-tuyen-quang-hoc-tap-tai-da-nang
            Kế hoạch 196/KH-UBND: triển khai chính quyền số         | ke-hoach-196-kh-ubnd-trien-khai-chinh-quyen-so
            '  Hội nghị — “Chuyển đổi số” năm 2026!  '              | hoi-nghi-chuyen-doi-so-nam-2026
            '!!!'                                                  | bai-viet
            """)
    void anAddressIsTheTitleFoldedWithHyphens(String title, String slug) {
        assertThat(Slugs.of(title)).isEqualTo(slug);
    }

    @Test
    void aLongTitleIsCutAtAWordWithinEightyCharacters() {
        // given a title of some 130 characters
        String title = "Ủy ban nhân dân Thành phố Hồ Chí Minh tiếp và làm việc với đoàn công tác của Ủy ban nhân dân tỉnh "
                + "Tuyên Quang về cải cách hành chính";
        // when its address is made; then it ends with a whole word, within the limit
        String slug = Slugs.of(title);
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX)
                .isEqualTo("uy-ban-nhan-dan-thanh-pho-ho-chi-minh-tiep-va-lam-viec-voi-doan-cong-tac-cua-uy");
    }
}
