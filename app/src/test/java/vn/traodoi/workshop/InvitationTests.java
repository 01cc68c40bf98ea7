package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvitationTests {

    @ParameterizedTest(name = "{0} <{1}> for {2} days")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            # expert              | e-mail                     | days | problems
            TS. Đỗ Hoài Nam       | dohoainam@vien-qlnn.edu.vn | 14   | ''
            TS. Đỗ Hoài Nam       | ∅                          | 1    | ''
            Lê Thị Hồng Nhung     | nhung@sotuphap             | 90   | email:workshop.invitation.emailInvalid
            Lê Thị Hồng Nhung     | nhung tuphap@gmail.com     | 30   | email:workshop.invitation.emailInvalid
            ∅                     | ∅                          | 0    | expertName:validation.required days:workshop.invitation.daysRange
            Phạm Quốc Bảo         | bao@hue.gov.vn             | 91   | days:workshop.invitation.daysRange
            """)
    void anInvitationNamesTheExpertAndLastsOneToNinetyDays(String name, String email, int days, String problems) {
        // given what the secretary typed for an expert's link; when it is checked; then these are its problems
        assertThat(Invitation.requestProblems(name, email, days)).extracting(p -> p.field() + ":" + p.messageCode())
                .containsExactly(problems.isBlank() ? new String[0] : problems.split(" "));
    }

    @ParameterizedTest(name = "\"{0}\" {1}")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            gy_AbCdEfGhIjKlMnOpQrStUvWxYz012345 | true
            gy_AbCdEfGhIjKlMnOpQrStUvWxYz0123-_ | true
            gy_AbCdEfGhIjKlMnOpQrStUvWxYz01234  | false
            gy_AbCdEfGhIjKlMnOpQrStUvWxYz01234/ | false
            tr_AbCdEfGhIjKlMnOpQrStUvWxYz012345 | false
            ∅                                    | false
            """)
    void onlyATokenOfTheShapeTraodoiGivesIsLookedUp(String token, boolean shaped) {
        assertThat(Invitation.tokenShaped(token)).isEqualTo(shaped);
    }
}
