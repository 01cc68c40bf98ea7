package vn.traodoi.text.extract;

import static vn.traodoi.text.extract.Examples.assertExtracted;

import org.junit.jupiter.api.Test;
import vn.traodoi.text.extract.Examples.Field;

/** Event dates, one pattern a row: the event's own days only, a year only from the text or its dateline. */
class DateExtractorTests {

    @Test
    void aDayWithAPartOfTheDayIsTheEventsDayAndItsYearStaysUnknownWithoutADateline() {
        assertExtracted("Chiều 14-3, huyện Đồng Xuân tiếp đoàn cán bộ của huyện Kỳ Sơn.", Field.EVENT_DATES, "XXXX-03-14");
        assertExtracted("Sáng ngày 9/10, đoàn công tác đến thăm xã Tân Phú.", Field.EVENT_DATES, "XXXX-10-09");
    }

    @Test
    void theDatelineGivesTheYearOfADayWrittenWithoutOne() {
        assertExtracted("Tin hoạt động\nThứ ba - 12/03/2024 08:15\nChiều 11/3, đoàn công tác tỉnh Hòa Bình làm việc tại huyện Mộc Châu.",
                Field.EVENT_DATES, "2024-03-11");
        assertExtracted("date 2021-11 Ngày 27/11, đoàn cán bộ xã An Phú đã tham quan mô hình trồng nấm.", Field.EVENT_DATES,
                "2021-11-27");
    }

    @Test
    void aRangeGivesItsFirstAndLastDay() {
        assertExtracted("Từ ngày 3 đến ngày 7/4/2023, đoàn công tác học tập kinh nghiệm tại tỉnh Bình Định.", Field.EVENT_DATES,
                "2023-04-03", "2023-04-07");
        assertExtracted("Ngày 18 và 19/9/2019, đoàn đại biểu tỉnh Sơn La thăm tỉnh Điện Biên.", Field.EVENT_DATES,
                "2019-09-18", "2019-09-19");
        assertExtracted("Từ ngày 28-2 đến 4-3-2020, đoàn khảo sát làm việc tại tỉnh Kiên Giang.", Field.EVENT_DATES,
                "2020-02-28", "2020-03-04");
        assertExtracted("Từ ngày 2 đến 6-8, đoàn cán bộ huyện Mường Tè đi học tập kinh nghiệm.", Field.EVENT_DATES,
                "XXXX-08-02", "XXXX-08-06");
    }

    @Test
    void documentDatesTimestampsDeadlinesAndDatesToComeAreNotTheEvent() {
        assertExtracted("Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2022 của UBND tỉnh, đoàn công tác đã lên đường.",
                Field.EVENT_DATES);
        assertExtracted("Cập nhật lúc 09:12 ngày 05/07/2023. Đoàn sẽ tổ chức tổng kết vào ngày 20/7/2023.", Field.EVENT_DATES);
        assertExtracted("Giao Sở Nội vụ hoàn thành báo cáo trước ngày 30/6/2024.", Field.EVENT_DATES);
        assertExtracted("10:45, 18/05/2022\nĐoàn công tác của tỉnh Phú Yên học tập kinh nghiệm.", Field.PUBLISHED, "2022-05-18");
    }
}
