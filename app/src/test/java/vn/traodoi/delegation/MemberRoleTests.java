package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberRoleTests {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "SECRETARY,   Thư ký đoàn,                  true",
            "SECRETARY,   thu ky doan:,                 true",
            "SECRETARY,   '  Thư ký đoàn. ',            true",
            "HEAD,        Trưởng đoàn,                  true",
            "EXPERT,      Chuyên gia,                   true",
            "SECRETARY,   Thư ký đoàn Nguyễn Văn An,    false",
            "HEAD,        Thư ký đoàn,                  false",
            "EXPERT,      01 chuyên gia người Hàn Quốc, false",
            "MEMBER,      -,                            false"})
    void aTextThatOnlyRepeatsTheRoleNamesNobody(MemberRole role, @Nullable String text, boolean repeated) {
        assertThat(role.repeatedBy(text)).isEqualTo(repeated);
    }
}
