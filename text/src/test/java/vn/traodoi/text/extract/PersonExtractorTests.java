package vn.traodoi.text.extract;

import static vn.traodoi.text.extract.Examples.assertExtracted;

import org.junit.jupiter.api.Test;
import vn.traodoi.text.extract.Examples.Field;

/** People: a named participant with a title or an honorific; never a byline, a credit or a place. */
class PersonExtractorTests {

    @Test
    void titlesOnEitherSideOfTheName() {
        assertExtracted("Tiếp đoàn có đồng chí Vi Văn Sáng - Phó Chủ tịch UBND huyện.", Field.PEOPLE,
                "Vi Văn Sáng | Phó Chủ tịch UBND huyện");
        assertExtracted("Phó Bí thư Huyện ủy, Lò Thị Mai cảm ơn đoàn.", Field.PEOPLE, "Lò Thị Mai | Phó Bí thư Huyện ủy");
        assertExtracted("Tỉnh ủy viên, Giám đốc Sở Tư pháp Đinh Công Hậu phát biểu.", Field.PEOPLE,
                "Đinh Công Hậu | Tỉnh ủy viên, Giám đốc Sở Tư pháp");
        assertExtracted("Ông Hà Quang Vinh, Phó Chi cục trưởng Chi cục Kiểm lâm, báo cáo.", Field.PEOPLE,
                "Hà Quang Vinh | Phó Chi cục trưởng Chi cục Kiểm lâm");
    }

    @Test
    void aChainOfPeopleGivesEachItsOwnTitle() {
        assertExtracted("Cùng đi có Chủ tịch UBND tỉnh Trịnh Văn Bảo, Phó Chủ tịch HĐND tỉnh Mai Thị Hòa và lãnh đạo các sở.",
                Field.PEOPLE, "Trịnh Văn Bảo | Chủ tịch UBND tỉnh", "Mai Thị Hòa | Phó Chủ tịch HĐND tỉnh");
    }

    @Test
    void bylinesCreditsAndPlacesAreNotPeople() {
        assertExtracted("Đoàn công tác thăm huyện Cao Phong.\nẢnh: Trần Văn Tú\nNguyễn Hải Yến", Field.PEOPLE);
        assertExtracted("Đoàn dâng hương tại thôn Mai Sơn, xã Đinh Xá.", Field.PEOPLE);
        assertExtracted("Người cập nhật: Phạm Thu Hà", Field.PEOPLE);
    }

    @Test
    void theHonouredAndTheHouseholdsTouredAreNotParticipants() {
        assertExtracted("Trong chương trình, đoàn đã viếng mộ Đại tướng Trần Quang Hải và thăm vườn cây của gia đình ông Nông Văn Lự"
                + " và ông Hà Đức Tâm tại bản Nà Mòn. Đồng chí Lò Văn Pấng, Phó Chủ tịch UBND huyện cùng đi với đoàn.", Field.PEOPLE,
                "Lò Văn Pấng | Phó Chủ tịch UBND huyện");
        assertExtracted("Đoàn tham quan nhà trưng bày về các Bà Mẹ Việt Nam Anh hùng của tỉnh.", Field.PEOPLE);
    }

    @Test
    void aListOfPeopleEachWithATitleAfterADash() {
        assertExtracted("Tiếp đón đoàn có các ông: Park Sung-min - Chủ tịch Hội đồng tỉnh Jeolla Nam; Kim Ho Jin - Trưởng ban Hợp tác"
                + " quốc tế tỉnh Jeolla Nam.", Field.PEOPLE, "Park Sung-min | Chủ tịch Hội đồng tỉnh Jeolla Nam",
                "Kim Ho Jin | Trưởng ban Hợp tác quốc tế tỉnh Jeolla Nam");
    }

    @Test
    void theHeadOnlyWhereTheTextNamesOne() {
        assertExtracted("Đoàn do ông Lương Văn Tấn, Phó Giám đốc Sở Nội vụ làm Trưởng đoàn.", Field.HEAD,
                "Lương Văn Tấn | Phó Giám đốc Sở Nội vụ");
        assertExtracted("Đoàn công tác tỉnh Yên Bái do Bí thư Tỉnh ủy Đỗ Minh Khôi dẫn đầu đã làm việc với tỉnh Lào Cai.",
                Field.HEAD, "Đỗ Minh Khôi | Bí thư Tỉnh ủy");
        assertExtracted("Chủ tịch UBND huyện Quách Văn Lâm phát biểu tại buổi làm việc.", Field.HEAD);
    }

    @Test
    void sidesFromTheSentence() {
        assertExtracted("Cùng đi với đoàn có ông Vũ Đình Hải, Phó Giám đốc Sở Xây dựng.", Field.SIDES, "Vũ Đình Hải | GUEST");
        assertExtracted("Đón đoàn có bà Nông Thị Thu, Phó Chủ tịch UBND huyện.", Field.SIDES, "Nông Thị Thu | HOST");
    }
}
