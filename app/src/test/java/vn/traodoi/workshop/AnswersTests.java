package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswersTests {

    @ParameterizedTest(name = "{1} to {0} comments")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            # chosen | outcome   | response                                              | changed text                                        | problems
            2        | ABSORBED  | ∅                                                     | Điều 5 bổ sung thời hạn trả kết quả là 03 ngày làm việc | ''
            1        | ABSORBED  | Đã tiếp thu tại khoản 2 Điều 7                         | ∅                                                   | ''
            1        | ABSORBED  | ∅                                                     | ∅                                                   | response:workshop.respond.absorbedNeedsText
            3        | EXPLAINED | Quy định này đã có tại Nghị định hướng dẫn, không nhắc lại | ∅                                               | ''
            1        | EXPLAINED | ∅                                                     | Điều 5 sửa lại                                      | response:workshop.respond.reasonRequired
            1        | RESERVED  | ∅                                                     | ∅                                                   | response:workshop.respond.reasonRequired
            1        | RECEIVED  | Đã nhận                                               | ∅                                                   | kind:validation.required
            0        | ∅         | ∅                                                     | ∅                                                   | ids:workshop.respond.none kind:validation.required
            """)
    void anAnswerSaysWhatBecameOfTheComment(int chosen, CommentStatus kind, String response, String changed,
            String problems) {
        // given an answer to the chosen comments; when it is checked; then these are its problems
        assertThat(Answers.problems(chosen, kind, response, changed)).extracting(p -> p.field() + ":" + p.messageCode())
                .containsExactly(problems.isBlank() ? new String[0] : problems.split(" "));
    }

    @Test
    void aResponseMayBeAsLongAsACommentAndNoLonger() {
        String longest = "ý".repeat(WorkshopComments.MAX_COMMENT);
        assertThat(Answers.problems(1, CommentStatus.EXPLAINED, longest, null)).isEmpty();
        assertThat(Answers.problems(1, CommentStatus.ABSORBED, null, longest + "."))
                .extracting(p -> p.field() + ":" + p.messageCode()).containsExactly("response:validation.tooLong");
    }
}
