package vn.traodoi.text.extract;

import static vn.traodoi.text.extract.Examples.assertExtracted;

import org.junit.jupiter.api.Test;
import vn.traodoi.text.extract.Examples.Field;

/** Follow-up tasks: who is given what, by when; each example is a sentence of the kind the portals write. */
class TaskExtractorTests {

    @Test
    void anAssignmentWithItsDeadlineAtTheEnd() {
        assertExtracted("Chủ tịch UBND tỉnh giao Sở Du lịch chủ trì xây dựng kế hoạch quảng bá điểm đến, hoàn thành trước ngày"
                + " 30/6/2025.", Field.TASKS, "Sở Du lịch | chủ trì xây dựng kế hoạch quảng bá điểm đến | hoàn thành trước ngày 30/6/2025");
        assertExtracted("Đồng chí yêu cầu các sở, ngành rà soát thủ tục hành chính trong quý III.", Field.TASKS,
                "các sở, ngành | rà soát thủ tục hành chính | trong quý III");
        assertExtracted("Hội nghị đề nghị các địa phương thường xuyên cập nhật dữ liệu hộ nghèo trong thời gian tới.", Field.TASKS,
                "các địa phương | thường xuyên cập nhật dữ liệu hộ nghèo | trong thời gian tới");
    }

    @Test
    void aColonAfterTheVerbAndAListOfTasks() {
        assertExtracted("Kết luận buổi họp, ông Hoàng Văn Nam chỉ đạo: Văn phòng UBND huyện phối hợp với Phòng Nội vụ tổng hợp ý"
                + " kiến các xã.", Field.TASKS,
                "Văn phòng UBND huyện | phối hợp với Phòng Nội vụ tổng hợp ý kiến các xã | null");
        assertExtracted("UBND tỉnh yêu cầu các sở, ngành:\n- Rà soát danh mục dự án đầu tư công năm tới;\n- Báo cáo kết quả giải"
                + " ngân về Sở Tài chính trước ngày 15/11.", Field.TASKS,
                "các sở, ngành | rà soát danh mục dự án đầu tư công năm tới | null",
                "các sở, ngành | báo cáo kết quả giải ngân về Sở Tài chính | trước ngày 15/11");
    }

    @Test
    void aTaskThatOnlyAnnouncesTheOnesThatFollow() {
        assertExtracted("Thời gian tới, đồng chí đề nghị các ngành, các cấp tập trung thực hiện tốt các nhiệm vụ. Trong đó, tiếp tục"
                + " nâng cao chất lượng giải quyết thủ tục hành chính; đẩy mạnh thanh toán không dùng tiền mặt.", Field.TASKS,
                "các ngành, các cấp | tiếp tục nâng cao chất lượng giải quyết thủ tục hành chính; đẩy mạnh thanh toán không"
                        + " dùng tiền mặt | null");
    }

    @Test
    void noAssignmentNoTask() {
        assertExtracted("Các đại biểu đã trao đổi về kinh nghiệm xây dựng nông thôn mới và phát triển hợp tác xã.", Field.TASKS);
        assertExtracted("Ông Nguyễn Văn Giao, Chủ tịch UBND xã phát biểu chào mừng đoàn.", Field.TASKS);
    }
}
