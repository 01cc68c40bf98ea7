package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LookalikesTests {

    @Test
    void wordsAreFoldedWithoutThoseEveryTitleHas() {
        assertThat(Lookalikes.words("Đoàn công tác của UBND tỉnh Hà Giang làm việc tại Quảng Trị"))
                .containsExactlyInAnyOrder("ha", "giang", "quang", "tri");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Đà Nẵng trao đổi kinh nghiệm các lĩnh vực với Thành phố Hồ Chí Minh và tỉnh Bình Dương | Đoàn công tác UBND thành phố Đà Nẵng trao đổi kinh nghiệm với Thành phố Hồ Chí Minh và tỉnh Bình Dương | 0.85
            UBND tỉnh Quảng Trị tiếp Đoàn công tác của UBND tỉnh Hà Giang                         | Lãnh đạo Văn phòng UBND tỉnh Quảng Trị tiếp Đoàn công tác của UBND tỉnh Hà Giang tại Trung tâm Phục vụ hành chính công | 0.29
            Đoàn khảo sát của UBND thành phố Hà Nội                                                 | Hội thảo góp ý Đề án chuyển đổi số tỉnh Quảng Trị | 0
            """)
    void titlesAreAsAlikeAsTheWordsTheyShare(String a, String b, double similarity) {
        assertThat(Lookalikes.jaccard(Lookalikes.words(a), Lookalikes.words(b))).isCloseTo(similarity,
                Offset.offset(0.05));
    }

    @Test
    void anEmptyTitleIsLikeNothing() {
        assertThat(Lookalikes.jaccard(Lookalikes.words(null), Lookalikes.words("Đoàn công tác"))).isZero();
    }
}
