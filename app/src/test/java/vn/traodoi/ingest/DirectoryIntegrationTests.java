package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.IntegrationTest;

/** A remembering directory (an archive's reading) answers as the directory does, across the 2025 reform too. */
@IntegrationTest
class DirectoryIntegrationTests {

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRememberingDirectoryAnswersAsTheDirectoryOnEveryDay() {
        ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Bình Dương", "UBND", "74");
        ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Kon Tum", "UBND", "62");
        Directory remembering = directory.remembering();
        List<String> names = List.of("UBND TP.HCM", "tỉnh Bình Dương", "UBND tỉnh Bình Dương", "Thành phố Hồ Chí Minh",
                "Sở Nội vụ tỉnh Thừa Thiên Huế", "tỉnh Kon Tum", "Trung tâm Phục vụ hành chính công tỉnh Kon Tum",
                "Hội Nông dân tỉnh Phú Yên", "Quảng Nam", "TP Đà Nẵng", "không phải nơi nào");
        List<LocalDate> days = List.of(LocalDate.of(2022, 8, 9), LocalDate.of(2024, 10, 10), LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2022, 8, 10));
        int answered = 0;
        for (int round = 0; round < 2; round++) {
            for (String name : names) {
                for (LocalDate day : days) {
                    assertThat(remembering.organization(name, day)).as("%s on %s", name, day)
                            .isEqualTo(directory.organization(name, day));
                    assertThat(remembering.unit(name, day)).as("the unit of %s on %s", name, day)
                            .isEqualTo(directory.unit(name, day));
                    answered += directory.unit(name, day).isPresent() ? 1 : 0;
                }
            }
        }
        assertThat(answered).as("places are found, before and after the reform").isGreaterThan(20);
        assertThat(remembering.organization("UBND tỉnh Bình Dương", LocalDate.of(2025, 9, 1))).as("merged by then")
                .isEmpty();
    }
}
