package vn.traodoi.text.extract;

import static vn.traodoi.text.extract.Examples.assertExtracted;

import org.junit.jupiter.api.Test;
import vn.traodoi.text.extract.Examples.Field;

/** Topics and sites toured, from the phrases that introduce them. */
class PhrasesTests {

    @Test
    void aListAfterTraoDoiVeSplitAtSemicolons() {
        assertExtracted("Tại buổi làm việc, hai bên đã trao đổi kinh nghiệm về công tác giảm nghèo bền vững; phát triển"
                + " kinh tế tập thể; xây dựng đô thị văn minh.", Field.TOPICS, "công tác giảm nghèo bền vững",
                "phát triển kinh tế tập thể", "xây dựng đô thị văn minh");
    }

    @Test
    void commasSplitOnlyPhrasesOfTheirOwn() {
        assertExtracted("Hai địa phương chia sẻ kinh nghiệm trong chuyển đổi số cấp xã, cải cách thủ tục hành chính.",
                Field.TOPICS, "chuyển đổi số cấp xã", "cải cách thủ tục hành chính");
        assertExtracted("Hai bên trao đổi về kinh tế, văn hóa, xã hội.", Field.TOPICS, "kinh tế, văn hóa, xã hội");
    }

    @Test
    void aShortLastWordAndTheDefencePairStayWithWhatPrecedes() {
        assertExtracted("Đoàn tìm hiểu về cách trồng chè, làm du lịch cộng đồng, làm giàu.", Field.TOPICS,
                "cách trồng chè", "làm du lịch cộng đồng, làm giàu");
        assertExtracted("Hai bên thông tin về tình hình kinh tế - xã hội, quốc phòng - an ninh, công tác cải cách hành chính.",
                Field.TOPICS, "tình hình kinh tế - xã hội, quốc phòng - an ninh", "công tác cải cách hành chính");
    }

    @Test
    void aSiteEndsWithItsNameTheEndMarkOrNotAtAllWhenThePageWasCut() {
        assertExtracted("Chiều cùng ngày, đoàn đến thăm Hợp tác xã chè Tân Cương chuyên trồng và chế biến chè xanh./.", Field.SITES,
                "Hợp tác xã chè Tân Cương");
        String cut = "Trong hai ngày làm việc tại tỉnh, đoàn công tác đã đến thăm Khu di tích lịch sử Đền Hùng, tham quan mô"
                + " hình trồng bưởi của Hợp tác xã Chí Đám và tham quan một số điểm tại khu du lịch sinh thái của huyện Đoan Hù";
        assertExtracted(cut, Field.SITES, "Khu di tích lịch sử Đền Hùng", "mô hình trồng bưởi của Hợp tác xã Chí Đám");
    }

    @Test
    void sitesInCaptionsAfterArrivingAndAmongTheExamplesNamed() {
        assertExtracted("Đoàn làm việc với huyện Võ Nhai.\nTham quan mô hình nuôi ong lấy mật tại xã La Hiên\nSau đó, đoàn về Thái"
                + " Nguyên.", Field.SITES, "mô hình nuôi ong lấy mật tại xã La Hiên");
        assertExtracted("Chiều cùng ngày, đoàn đã đến Trung tâm Điều hành đô thị thông minh tỉnh, Khu công nghệ cao Hòa Lạc và"
                + " Nhà máy chế biến rau quả Đông Anh.", Field.SITES, "Trung tâm Điều hành đô thị thông minh tỉnh",
                "Khu công nghệ cao Hòa Lạc", "Nhà máy chế biến rau quả Đông Anh");
        assertExtracted("Đoàn đã đi thăm một số mô hình kinh tế tập thể tại huyện Chợ Mới như Hợp tác xã miến dong Tân Sơn.",
                Field.SITES, "Hợp tác xã miến dong Tân Sơn");
        assertExtracted("Nhân dịp này, đoàn đến thăm Bà mẹ Việt Nam anh hùng Lò Thị Pẻng tại xã Mường Phăng.", Field.SITES);
    }

    @Test
    void aMeetingsNameSaysWhatItIsAbout() {
        assertExtracted("Sáng 12/3, Sở Nội vụ tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2025 của các sở, ngành.",
                Field.TOPICS, "Hội nghị công bố Chỉ số cải cách hành chính năm 2025 của các sở, ngành");
        assertExtracted("Sở Tư pháp tổ chức hội thảo tại Hội trường UBND tỉnh.", Field.TOPICS);
        assertExtracted("Hội thảo góp ý dự thảo Đề án phát triển du lịch cộng đồng đến năm 2030\nSở Văn hóa đã lấy ý kiến về dự thảo"
                + " Đề án phát triển du lịch cộng đồng đến năm 2030, tầm nhìn đến năm 2045.", Field.TOPICS,
                "dự thảo Đề án phát triển du lịch cộng đồng đến năm 2030, tầm nhìn đến năm 2045");
    }

    @Test
    void theCooperationSoughtAndTheCommonMisspelling() {
        assertExtracted("Hai tỉnh thống nhất thúc đẩy hợp tác trong lĩnh vực nông nghiệp công nghệ cao; hợp tác đào tạo nguồn nhân"
                + " lực.", Field.TOPICS, "hợp tác trong lĩnh vực nông nghiệp công nghệ cao", "hợp tác đào tạo nguồn nhân lực");
        assertExtracted("Cán bộ xã đã chia sẽ kinh nghiệm về vận động nhân dân hiến đất làm đường.", Field.TOPICS,
                "vận động nhân dân hiến đất làm đường");
        assertExtracted("Hai bên tăng cường quan hệ hữu nghị, cùng chia sẻ kinh nghiệm.", Field.TOPICS);
    }

    @Test
    void aHeadlineThatSaysWhatIsToBeDone() {
        assertExtracted("Đẩy mạnh thanh toán không dùng tiền mặt trong các cơ sở y tế công lập\nSáng 4/11, Sở Y tế họp với các bệnh"
                + " viện trên địa bàn.", Field.TOPICS, "Đẩy mạnh thanh toán không dùng tiền mặt trong các cơ sở y tế công lập");
        assertExtracted("Thực hiện Kế hoạch số 12/KH-UBND về chuyển đổi số năm 2026\nUBND huyện đã tổ chức triển khai.", Field.TOPICS);
    }

    @Test
    void aQuotationIsOneNameAndASecondSubjectIsItsOwnTopic() {
        assertExtracted("Hai bên trao đổi về phong trào “Dân vận khéo, vững tin”, công tác hòa giải ở cơ sở, phát triển kinh tế"
                + " hộ gia đình.", Field.TOPICS, "phong trào “Dân vận khéo, vững tin”", "công tác hòa giải ở cơ sở",
                "phát triển kinh tế hộ gia đình");
        assertExtracted("Đoàn trao đổi kinh nghiệm nâng cao chất lượng đội ngũ giáo viên và công tác tuyển sinh đầu cấp.",
                Field.TOPICS, "nâng cao chất lượng đội ngũ giáo viên", "công tác tuyển sinh đầu cấp");
        assertExtracted("Huyện chia sẻ kinh nghiệm về Chương trình “Mỗi xã một sản phẩm” gọi tắt là chương trình OCOP.", Field.TOPICS,
                "chương trình OCOP");
    }

    @Test
    void aLeadFollowedByASecondActOrAPlaceNamesNoTopic() {
        assertExtracted("Hai huyện sẽ thường xuyên chia sẻ kinh nghiệm và thúc đẩy giao lưu văn hóa, thể thao.", Field.TOPICS);
        assertExtracted("Qua tìm hiểu các mô hình của tỉnh Bắc Ninh, đoàn rút ra nhiều bài học.", Field.TOPICS);
    }

    @Test
    void theSitesNamedAfterNhu() {
        assertExtracted("Trên đường về, đoàn đã tham quan, học tập một số khu, điểm du lịch nổi tiếng của vùng như: Cồn Phụng (Bến"
                + " Tre); tham quan làng nghề bánh tráng Mỹ Lồng; chợ nổi Phong Điền, bến Ninh Kiều.", Field.SITES,
                "Cồn Phụng (Bến Tre)", "làng nghề bánh tráng Mỹ Lồng", "chợ nổi Phong Điền", "bến Ninh Kiều");
    }

    @Test
    void sitesToured() {
        assertExtracted("Cùng ngày, đoàn đã đến thăm Khu di tích Đền Hùng; tham quan mô hình trồng chè của Hợp tác xã Tân Hương.",
                Field.SITES, "Khu di tích Đền Hùng", "mô hình trồng chè của Hợp tác xã Tân Hương");
    }
}
