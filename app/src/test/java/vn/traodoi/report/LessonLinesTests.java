package vn.traodoi.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LessonLinesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '‖', nullValues = "∅", textBlock = """
            # written                                                                 ‖ topic                  ‖ lesson
            Cải cách hành chính: tiếp nhận hồ sơ trực tuyến toàn trình                 ‖ Cải cách hành chính    ‖ tiếp nhận hồ sơ trực tuyến toàn trình
            - Chuyển đổi số : mỗi xã có một tổ công nghệ số cộng đồng                   ‖ Chuyển đổi số          ‖ mỗi xã có một tổ công nghệ số cộng đồng
            3. Bố trí cán bộ trẻ làm việc tại bộ phận một cửa                           ‖ ∅                      ‖ Bố trí cán bộ trẻ làm việc tại bộ phận một cửa
            Tiếp dân định kỳ lúc 8:30 sáng thứ Năm hằng tuần                            ‖ ∅                      ‖ Tiếp dân định kỳ lúc 8:30 sáng thứ Năm hằng tuần
            Tra cứu hồ sơ tại https://dichvucong.gov.vn trước khi đến                    ‖ ∅                      ‖ Tra cứu hồ sơ tại https://dichvucong.gov.vn trước khi đến
            Đô thị thông minh: giám sát giao thông: camera tại các nút giao lớn          ‖ Đô thị thông minh      ‖ giám sát giao thông: camera tại các nút giao lớn
            """)
    void aLineIsALessonAndAShortTextBeforeItsColonItsTopic(String written, String topic, String lesson) {
        // given a line of the trip report's lessons
        // when the lessons are read
        // then the line is one lesson, with the topic it names
        assertThat(LessonLines.read(written)).containsExactly(new LessonLines.Lesson(topic, lesson));
    }

    @Test
    void aTopicWithoutALessonAndBlankLinesAreNoLessons() {
        // given a section with a heading line, a blank line and a long line with a colon far in
        String longLine = "Đoàn ghi nhận cách tổ chức tiếp nhận, giải quyết thủ tục hành chính của phường theo một quy trình thống nhất: hẹn trả kết quả qua tin nhắn";
        // when it is read
        // then the heading is no lesson, and the long line is one without a topic
        assertThat(LessonLines.read("Chuyển đổi số:\n\n" + longLine)).containsExactly(new LessonLines.Lesson(null, longLine));
        assertThat(LessonLines.read(null)).isEmpty();
    }
}
