package vn.traodoi.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.traodoi.IntegrationTest;

@IntegrationTest
class PlaceLookupIntegrationTests {

    static final LocalDate SEED_000 = LocalDate.of(2022, 8, 9);
    static final LocalDate AFTER_REFORM = LocalDate.of(2026, 3, 1);

    @Autowired
    PlaceLookup places;

    @Nested
    class Resolve {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                TP.HCM            | Thành phố Hồ Chí Minh
                HCMC              | Thành phố Hồ Chí Minh
                TP Hồ Chí Minh    | Thành phố Hồ Chí Minh
                ho chi minh       | Thành phố Hồ Chí Minh
                da nang           | Thành phố Đà Nẵng
                Thừa Thiên - Huế  | Tỉnh Thừa Thiên Huế
                Hòa Bình          | Tỉnh Hoà Bình
                tỉnh Quảng Ninh   | Tỉnh Quảng Ninh
                """)
        void findsTheUnitValidOnTheDateFromAnyCommonSpelling(String text, String expected) {
            List<PlaceMatch> matches = places.resolve(text, SEED_000);
            assertThat(matches).hasSize(1);
            PlaceMatch match = matches.getFirst();
            assertThat(match.exact()).isTrue();
            assertThat(match.atDate()).isNotNull();
            assertThat(match.atDate().unitSet()).isEqualTo("old63");
            assertThat(match.atDate().fullNameAt(SEED_000)).isEqualTo(expected);
        }

        @Test
        void readsTheUnitsOfManyStopsAtADateTogetherAsOneByOneWould() {
            AdministrativeUnit binhDuong = places.unit("old63", "74");
            AdministrativeUnit daNang = places.unit("old63", "48");
            AdministrativeUnit hue = places.unit("new34", "46");
            List<AdministrativeUnit> stops = List.of(binhDuong, daNang, hue);
            for (LocalDate date : List.of(SEED_000, AFTER_REFORM)) {
                Map<Long, AdministrativeUnit> together = places.unitsAt(stops, date);
                for (AdministrativeUnit unit : stops) {
                    assertThat(Optional.ofNullable(together.get(unit.id()))).as("%s on %s", unit.fullNameVi(), date)
                            .isEqualTo(places.unitAt(unit.id(), date));
                }
            }
            assertThat(places.unitsAt(stops, AFTER_REFORM).get(binhDuong.id()).fullNameVi())
                    .isEqualTo("Thành phố Hồ Chí Minh");
        }

        @Test
        void givesTodaysUnitForAProvinceThatWasMerged() {
            PlaceMatch binhDuong = places.resolve("Bình Dương", SEED_000).getFirst();
            assertThat(binhDuong.atDate().fullNameVi()).isEqualTo("Tỉnh Bình Dương");
            assertThat(binhDuong.today().fullNameVi()).isEqualTo("Thành phố Hồ Chí Minh");
            assertThat(binhDuong.today().unitSet()).isEqualTo("new34");

            PlaceMatch afterReform = places.resolve("Bình Dương", AFTER_REFORM).getFirst();
            assertThat(afterReform.named().fullNameVi()).isEqualTo("Tỉnh Bình Dương");
            assertThat(afterReform.atDate().fullNameVi()).isEqualTo("Thành phố Hồ Chí Minh");
            assertThat(afterReform.changedBy(AFTER_REFORM)).isTrue();
        }

        @Test
        void followsTheRenamingOfThuaThienHue() {
            PlaceMatch before = places.resolve("Thừa Thiên Huế", LocalDate.of(2024, 12, 31)).getFirst();
            PlaceMatch after = places.resolve("Thừa Thiên Huế", LocalDate.of(2025, 3, 1)).getFirst();
            assertThat(before.atDate().fullNameAt(before.date())).isEqualTo("Tỉnh Thừa Thiên Huế");
            assertThat(after.atDate().fullNameAt(after.date())).isEqualTo("Thành phố Huế");
            assertThat(after.today().fullNameVi()).isEqualTo("Thành phố Huế");
        }

        @Test
        void mapsQuangNamToDaNangAfterTheReform() {
            PlaceMatch quangNam = places.resolve("quang nam", AFTER_REFORM).getFirst();
            assertThat(quangNam.atDate().fullNameVi()).isEqualTo("Thành phố Đà Nẵng");
            assertThat(quangNam.atDate().unitSet()).isEqualTo("new34");
        }

        @Test
        void keepsTheNewUnitWhenItsNameIsAskedAfterTheReform() {
            List<PlaceMatch> matches = places.resolve("TP.HCM", AFTER_REFORM);
            assertThat(matches).hasSize(1);
            assertThat(matches.getFirst().named().unitSet()).isEqualTo("new34");
        }

        @Test
        void suggestsASimilarNameForATypo() {
            List<PlaceMatch> matches = places.resolve("ho chi mnh", SEED_000);
            assertThat(matches).isNotEmpty();
            assertThat(matches.getFirst().exact()).isFalse();
            assertThat(matches.getFirst().atDate().fullNameVi()).isEqualTo("Thành phố Hồ Chí Minh");
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                xyzzy
                ' '
                '...'
                Atlantis
                """)
        void answersNothingForAnUnknownPlace(String text) {
            assertThat(places.resolve(text, SEED_000)).isEmpty();
        }
    }

    @Nested
    class Search {

        @Test
        void findsHoChiMinhCityWithoutDiacritics() {
            assertThat(places.search("ho chi minh", null)).extracting(AdministrativeUnit::fullNameVi)
                    .contains("Thành phố Hồ Chí Minh").allMatch(name -> name.contains("Hồ Chí Minh"));
        }

        @Test
        void limitsTheSearchToOneList() {
            assertThat(places.search("ha noi", "new34")).singleElement()
                    .satisfies(u -> assertThat(u.unitSet()).isEqualTo("new34"));
            assertThat(places.search(null, "old63")).hasSize(63);
        }

        @Test
        void listsTheThreeUnitsMergedIntoHoChiMinhCity() {
            AdministrativeUnit hcmc = places.resolve("TP.HCM", AFTER_REFORM).getFirst().atDate();
            assertThat(places.predecessors(hcmc)).extracting(AdministrativeUnit::nameVi)
                    .containsExactlyInAnyOrder("Bình Dương", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh");
        }
    }
}
