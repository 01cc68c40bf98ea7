package vn.traodoi.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameLinesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '‖', nullValues = "∅", textBlock = """
            # written                                                  ‖ honorific ‖ name               ‖ title
            bà Lê Thị Hồng Nhung, Giám đốc Sở Tư pháp                   ‖ bà        ‖ Lê Thị Hồng Nhung  ‖ Giám đốc Sở Tư pháp
            Ông Phạm Quốc Bảo - Phó Chủ tịch UBND huyện                  ‖ ông       ‖ Phạm Quốc Bảo      ‖ Phó Chủ tịch UBND huyện
            đồng chí Trần Minh Khoa: Bí thư Đảng ủy phường               ‖ đồng chí  ‖ Trần Minh Khoa     ‖ Bí thư Đảng ủy phường
            đ/c Vũ Thanh Hà; Trưởng phòng Cải cách hành chính            ‖ đ/c       ‖ Vũ Thanh Hà        ‖ Trưởng phòng Cải cách hành chính
            PGS.TS. Đỗ Hoài Nam, chuyên gia tư vấn                       ‖ pgs.ts.   ‖ Đỗ Hoài Nam        ‖ chuyên gia tư vấn
            ThS Nguyễn Khánh Linh                                        ‖ ths       ‖ Nguyễn Khánh Linh  ‖ ∅
            Hoàng Gia Bảo                                                ‖ ∅         ‖ Hoàng Gia Bảo      ‖ ∅
            Bùi Thu Trang,                                               ‖ ∅         ‖ Bùi Thu Trang      ‖ ∅
            """)
    void aLineGivesTheHonorificTheNameAndTheTitle(String written, String honorific, String name, String title) {
        // given a line of an attendee list; when it is read; then it names the person with their title
        assertThat(NameLines.read(written)).contains(new People.NameAndTitle(honorific, name, title));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '‖', textBlock = """
            ''
            '   '
            ', Giám đốc Sở Tư pháp'
            """)
    void aLineWithoutANameNamesNobody(String written) {
        assertThat(NameLines.read(written)).isEmpty();
    }
}
