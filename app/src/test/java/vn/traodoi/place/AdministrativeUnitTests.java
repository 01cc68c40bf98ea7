package vn.traodoi.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A unit is named as it was on the date of the event: Huế was a province until 31/12/2024. */
class AdministrativeUnitTests {

    static final AdministrativeUnit HUE = new AdministrativeUnit(46, "old63", "46", "Huế", "Thành phố Huế",
            "Tỉnh Thừa Thiên Huế", LocalDate.of(2025, 1, 1), "Hue", "Hue", "Hue City", "Thành phố", "City", null, null,
            "VN-26", null, LocalDate.of(2025, 6, 30), 100L, null, null, "test");

    @Test
    void aRenamedUnitIsNamedAsItWasOnTheDate() {
        assertThat(HUE.fullNameOn(LocalDate.of(2022, 12, 1))).isEqualTo("Tỉnh Thừa Thiên Huế");
        assertThat(HUE.fullNameOn(LocalDate.of(2024, 12, 31))).isEqualTo("Tỉnh Thừa Thiên Huế");
        assertThat(HUE.fullNameOn(LocalDate.of(2025, 1, 1))).isEqualTo("Thành phố Huế");
    }

    @Test
    void withNoDateKnownAUnitIsNamedAsItIsNow() {
        assertThat(HUE.fullNameOn(null)).isEqualTo("Thành phố Huế");
    }
}
