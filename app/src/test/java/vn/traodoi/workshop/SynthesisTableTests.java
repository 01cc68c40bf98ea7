package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The response column of the synthesis table: the kind once, then the text, never the kind's word twice. */
class SynthesisTableTests {

    static Comment answered(CommentStatus kind, @Nullable String response, @Nullable Integer absorbedIn) {
        return new Comment(1, 1, 1L, 1, 1L, "II", "II. MÔ HÌNH", Comment.Channel.APP, "Nguyễn Văn A", "Sở Nội vụ",
                "Ý kiến.", kind, response, absorbedIn, null, 1, OffsetDateTime.of(2023, 8, 2, 14, 0, 0, 0, ZoneOffset.ofHours(7)));
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            # kind    | response                                       | absorbed in | written
            ABSORBED  | Đã bổ sung Luật Tổ chức chính quyền địa phương | ∅           | Tiếp thu. Đã bổ sung Luật Tổ chức chính quyền địa phương
            ABSORBED  | Tiếp thu, bổ sung vào Mục II.                  | ∅           | Tiếp thu, bổ sung vào Mục II.
            ABSORBED  | tiếp thu và chỉnh sửa                          | ∅           | tiếp thu và chỉnh sửa
            ABSORBED  | Đã tiếp thu, chỉnh sửa câu chữ.                | ∅           | Đã tiếp thu, chỉnh sửa câu chữ.
            ABSORBED  | Đã tiếp thu tại dự thảo lần 2.                 | 2           | Tiếp thu tại dự thảo lần 2.
            ABSORBED  | Tiếp thu, bổ sung chế độ thủ trưởng.           | 2           | Tiếp thu, bổ sung chế độ thủ trưởng. Thể hiện tại dự thảo lần 2.
            ABSORBED  | ∅                                              | ∅           | Tiếp thu.
            EXPLAINED | Đã được quy định tại Luật.                     | ∅           | Giải trình: Đã được quy định tại Luật.
            EXPLAINED | Giải trình: Luật đã quy định.                  | ∅           | Giải trình: Luật đã quy định.
            EXPLAINED | Xin giải trình như sau: Luật đã quy định.      | ∅           | Xin giải trình như sau: Luật đã quy định.
            RESERVED  | Cơ quan soạn thảo xin bảo lưu dự thảo.         | ∅           | Cơ quan soạn thảo xin bảo lưu dự thảo.
            RESERVED  | Chưa đủ cơ sở thực tiễn.                       | ∅           | Bảo lưu: Chưa đủ cơ sở thực tiễn.
            RECEIVED  | ∅                                              | ∅           | Chưa tiếp thu, giải trình.
            """)
    void theKindIsWrittenOnceBeforeTheText(CommentStatus kind, String response, Integer absorbedIn, String written) {
        assertThat(SynthesisTable.response(answered(kind, response, absorbedIn))).isEqualTo(written);
    }
}
