package vn.traodoi.text.extract;

import static vn.traodoi.text.extract.Examples.assertExtracted;

import org.junit.jupiter.api.Test;
import vn.traodoi.text.extract.Examples.Field;

/** Who visits whom, and the kind from the publisher's side. */
class RolesTests {

    @Test
    void theHostReceivesTheDelegation() {
        String text = "Ngày 5/5, UBND huyện Tam Nông đã tiếp và làm việc với đoàn công tác của UBND huyện Lục Yên (tỉnh Yên Bái).";
        assertExtracted(text, Field.FROM, "UBND huyện Lục Yên (tỉnh Yên Bái)");
        assertExtracted(text, Field.HOST, "UBND huyện Tam Nông");
        assertExtracted(text, Field.KIND, "incoming");
    }

    @Test
    void aSideIsCleanOfDatesAndAdverbs() {
        assertExtracted("Lớp bồi dưỡng kiến thức quản lý nhà nước, từ ngày 3/10 đến ngày 6/10/2024 Trường Chính trị tỉnh Bắc Kạn tổ"
                + " chức cho học viên đi nghiên cứu thực tế tại huyện Ba Bể.", Field.FROM, "Trường Chính trị tỉnh Bắc Kạn");
        assertExtracted("Lớp bồi dưỡng kiến thức quản lý nhà nước, từ ngày 3/10 đến ngày 6/10/2024 Trường Chính trị tỉnh Bắc Kạn tổ"
                + " chức cho học viên đi nghiên cứu thực tế tại huyện Ba Bể.", Field.HOST, "huyện Ba Bể");
    }

    @Test
    void bothSidesAsTheSubjectOfOneMeeting() {
        String text = "Đoàn công tác Huyện ủy Bảo Lâm và lãnh đạo Huyện ủy, UBND huyện Bảo Lạc vừa có buổi làm việc về phát"
                + " triển du lịch cộng đồng.";
        assertExtracted(text, Field.FROM, "Huyện ủy Bảo Lâm");
        assertExtracted(text, Field.HOST, "Huyện ủy, UBND huyện Bảo Lạc");
    }

    @Test
    void theDelegationWorksWithItsHosts() {
        assertExtracted("Đoàn công tác của xã Yên Thổ đã đến tham quan tỉnh Ninh Bình. Tại đây, Đoàn đã làm việc và trao đổi kinh"
                + " nghiệm với lãnh đạo các xã Ninh Hải, Trường Yên và Ninh Xuân.", Field.HOST,
                "các xã Ninh Hải, Trường Yên và Ninh Xuân");
    }

    @Test
    void aSignedDocumentsPartiesAreNotTheSidesAndAProvinceAbroadIsForeign() {
        String text = "Sở Y tế tỉnh Luông Nặm Tha tổ chức hội đàm với Sở Y tế tỉnh Lai Châu nhằm thực hiện Biên bản ghi nhớ giữa"
                + " Đoàn đại biểu Sở Y tế tỉnh Lai Châu và Đoàn đại biểu Sở Y tế tỉnh Luông Nặm Tha ký ngày 5/3/2019 tại tỉnh Lai"
                + " Châu.\nĐoàn đại biểu Sở Y tế tỉnh Lai Châu do ông Tao Văn Hùng, Giám đốc Sở làm Trưởng đoàn đã sang thăm và làm"
                + " việc với Sở Y tế tỉnh Luông Nặm Tha, nước CHDCND Lào.";
        assertExtracted(text, Field.FROM, "Đoàn đại biểu Sở Y tế tỉnh Lai Châu");
        assertExtracted(text, Field.HOST, "Sở Y tế tỉnh Luông Nặm Tha");
        assertExtracted(text, Field.KIND, "outgoing");
    }

    @Test
    void whoReceivedIsNamedAfterTheGuests() {
        assertExtracted("Tiếp và làm việc với Đoàn đại biểu Hội Nông dân tỉnh Hà Giang có ông Sùng Mí Vàng - Chủ tịch Hội, cùng đại"
                + " diện các ban chuyên môn của Hội Nông dân tỉnh Tuyên Quang.", Field.HOST, "Hội Nông dân tỉnh Tuyên Quang");
    }

    @Test
    void anIncomingDelegationWithNoHostNamedIsReceivedByThePublishingProvince() {
        String text = "SOURCE: https://socongthuong.caobang.gov.vn/tin-tuc/doan-dai-bieu-quang-tay\nChiều 5/11, trong khuôn khổ"
                + " chuyến thăm của Đoàn đại biểu thành phố Bách Sắc, Quảng Tây (Trung Quốc) tại Việt Nam, lãnh đạo tỉnh Cao Bằng"
                + " đã tiếp và làm việc với đoàn.";
        assertExtracted(text, Field.KIND, "incoming");
        assertExtracted(text, Field.HOST, "Cao Bằng");
    }

    @Test
    void aCountryAloneTellsTheKindButIsNoHost() {
        String text = "Chiều 9/4, Đoàn đại biểu thành phố Côn Minh (Trung Quốc) do ông Lý Minh dẫn đầu đã đến thăm và làm việc"
                + " với Việt Nam.";
        assertExtracted(text, Field.KIND, "incoming");
        assertExtracted(text, Field.HOST);
    }

    @Test
    void workshopsAndOtherArticles() {
        assertExtracted("Hội thảo góp ý dự thảo Đề án phát triển du lịch tỉnh đến năm 2030\nSáng 3/4, Sở Văn hóa tổ chức hội thảo.",
                Field.KIND, "workshop");
        assertExtracted("UBND tỉnh vừa ban hành văn bản yêu cầu các sở, ngành tập trung cải thiện Chỉ số PAR Index và SIPAS năm"
                + " nay. Theo đó, thủ trưởng các cơ quan phải rà soát thủ tục hành chính, công khai kết quả giải quyết hồ sơ"
                + " và báo cáo định kỳ hằng quý về UBND tỉnh để theo dõi, đôn đốc việc thực hiện trong toàn tỉnh.", Field.KIND,
                "other");
        assertExtracted("", Field.KIND);
    }
}
