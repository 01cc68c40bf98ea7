package vn.traodoi.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.traodoi.IntegrationTest;
import vn.traodoi.index.DestinationAdvice.Above;
import vn.traodoi.index.DestinationAdvice.Advice;
import vn.traodoi.index.DestinationAdvice.Candidate;
import vn.traodoi.index.DestinationAdvice.Conclusion;
import vn.traodoi.index.DestinationAdvice.Coverage;
import vn.traodoi.index.DestinationAdvice.Gap;
import vn.traodoi.index.DestinationAdvice.GroupRelation;
import vn.traodoi.index.DestinationAdvice.Section;

/**
 * Seed 004 from the shipped data: Hồ Chí Minh City, administrative reform, a trip in December 2022.
 */
@IntegrationTest
class DestinationAdviceIntegrationTests extends IndexTestSupport {

    @Autowired
    DestinationAdvice advice;

    Above above(Section s, String unit) {
        return s.above().stream().filter(a -> a.rated().figure().unitName().equals(unit)).findFirst().orElseThrow();
    }

    @Test
    void hoChiMinhCityAdministrativeReformDecember2022() {
        Advice a = advice.advise(hcm(), unit("old63", "79"), topic("Cải cách hành chính"), LocalDate.of(2022, 12, 1), 3);
        assertThat(a.sections()).extracting(s -> s.index().code() + " " + s.edition().year())
                .containsExactly("PAR_INDEX 2021", "SIPAS 2021");
        Section par = a.sections().get(0);
        assertThat(par.assumedPublication()).isFalse();
        assertThat(par.home().figure().score()).isEqualByComparingTo("86.05");
        assertThat(par.home().figure().rank()).isEqualTo(43);
        assertThat(par.home().group().label()).isEqualTo("B");
        assertThat(par.home().derived()).as("the source states no group for HCMC: derived from the thresholds").isTrue();
        assertThat(par.above()).extracting(x -> x.rated().figure().unitName()).contains("Thành phố Hải Phòng",
                "Tỉnh Quảng Ninh", "Thành phố Đà Nẵng", "Tỉnh Thừa Thiên Huế", "Tỉnh Bắc Ninh");
        Above haiPhong = above(par, "Thành phố Hải Phòng");
        assertThat(haiPhong.rated().figure().score()).isEqualByComparingTo(new BigDecimal("91.8"));
        assertThat(haiPhong.rated().figure().rankText()).isEqualTo("1/63");
        assertThat(haiPhong.rated().figure().sources()).isNotEmpty().allMatch(u -> u.startsWith("http"));
        assertThat(haiPhong.group()).isEqualTo(GroupRelation.HIGHER);
        for (String sameGroup : List.of("Tỉnh Thừa Thiên Huế", "Tỉnh Bắc Ninh")) {
            Above x = above(par, sameGroup);
            assertThat(x.rated().group().label()).isEqualTo("B");
            assertThat(x.rated().derived()).as(sameGroup + ": group stated by the source").isFalse();
            assertThat(x.group()).isEqualTo(GroupRelation.EQUAL);
        }
        assertThat(above(par, "Tỉnh Bắc Ninh").rated().figure().rankText()).isEqualTo("32/63");
        assertThat(par.above()).noneMatch(x -> x.rated().figure().unitName().equals("Tỉnh Khánh Hòa"));

        Section sipas = a.sections().get(1);
        assertThat(sipas.home()).isNull();
        assertThat(sipas.above()).isEmpty();
        assertThat(sipas.notComparable()).isNotEmpty();
        assertThat(a.gaps()).contains(new Gap("advice.gap.homeMissing", List.of("SIPAS 2021", "Thành phố Hồ Chí Minh")));

        for (String unranked : List.of("Tỉnh Quảng Ninh", "Tỉnh Bắc Ninh")) {
            Candidate c = a.candidates().stream().filter(x -> x.unitName().equals(unranked)).findFirst().orElseThrow();
            assertThat(c.otherIndices()).anySatisfy(f -> {
                assertThat(f.indexCode()).isEqualTo("PAPI");
                assertThat(f.year()).isEqualTo(2021);
                assertThat(f.notRanked()).isTrue();
            });
        }
        assertThat(a.candidates().getFirst().unitName()).isEqualTo("Thành phố Hải Phòng");
    }

    @Test
    void papi2021DidNotRankQuangNinhAndBacNinh() {
        Advice a = advice.advise(hcm(), unit("old63", "79"),
                topic("Quản trị và hành chính công, sự tham gia của người dân"), LocalDate.of(2022, 12, 1), 3);
        Section papi = a.sections().getFirst();
        assertThat(papi.edition().year()).isEqualTo(2021);
        assertThat(papi.notRanked()).extracting(IndexFigure::unitName)
                .containsExactlyInAnyOrder("Tỉnh Quảng Ninh", "Tỉnh Bắc Ninh", "Tỉnh Bắc Giang");
        assertThat(papi.home().group().label()).isEqualTo("Nhóm thấp nhất");
        assertThat(papi.above()).extracting(x -> x.rated().figure().unitName()).contains("Tỉnh Thừa Thiên Huế");
        assertThat(a.gaps()).contains(new Gap("advice.gap.rankNotStated", List.of("PAPI 2021", "Thành phố Hồ Chí Minh")));
    }

    @Test
    void anEditionIsUsedOnlyOncePublished() {
        Advice before = advice.advise(hcm(), unit("old63", "79"), topic("Cải cách hành chính"), LocalDate.of(2022, 5, 20), 3);
        assertThat(before.sections().getFirst().edition().year()).isEqualTo(2020);
        assertThat(before.sections().getFirst().assumedPublication()).isTrue();
        assertThat(before.gaps()).contains(new Gap("advice.gap.assumed", List.of("PAR Index 2020", "31/12/2021")));
    }

    @Nested
    class WhatTheDataLacks {

        @Test
        void par2021HasFifteenOfSixtyThreeProvincesAndHaNoiIsAmongThoseThatMayRankAboveHoChiMinhCity() {
            Advice a = advice.advise(hcm(), unit("old63", "79"), topic("Cải cách hành chính"), LocalDate.of(2022, 12, 1), 3);
            Coverage par = a.sections().get(0).coverage();
            assertThat(par.units()).isEqualTo(63);
            assertThat(par.withFigure()).isEqualTo(15);
            // HCMC is 43/63: 42 provinces stand above it; the data names 10 by rank and Bà Rịa - Vũng Tàu by score.
            assertThat(par.conclusion()).isEqualTo(Conclusion.SOME_ABOVE_UNKNOWN);
            assertThat(par.above()).isEqualTo(42);
            assertThat(par.knownAbove()).isEqualTo(11);
            assertThat(par.unknownAbove()).isEqualTo(31);
            assertThat(par.missingMayBeAbove()).isTrue();
            assertThat(par.missing()).hasSize(48).extracting(DestinationAdvice.Unit::name)
                    .contains("Thành phố Hà Nội", "Tỉnh Bình Dương", "Tỉnh Đồng Nai")
                    .doesNotContain("Thành phố Hồ Chí Minh", "Thành phố Hải Phòng", "Tỉnh Kiên Giang");
            assertThat(par.missing().getFirst().gsoCode()).as("in the order of the official code list").isEqualTo("01");
            assertThat(a.incomplete()).isTrue();

            Coverage sipas = a.sections().get(1).coverage();
            assertThat(sipas.withFigure()).isEqualTo(5);
            assertThat(sipas.conclusion()).as("HCMC has no SIPAS 2021 figure").isEqualTo(Conclusion.HOME_UNKNOWN);
            assertThat(sipas.missing()).hasSize(57).extracting(DestinationAdvice.Unit::name).contains("Thành phố Hà Nội")
                    .doesNotContain("Thành phố Hồ Chí Minh");
        }

        @Test
        void theUnitsLackingAFigureAreNamedAsTheyWereInTheEditionsYearAndCountedAmongTheSixtyThree() {
            Advice december2022 = advice.advise(hcm(), unit("old63", "79"), topic("Cải cách hành chính"),
                    LocalDate.of(2022, 12, 1), 3);
            assertThat(december2022.sections().get(1).coverage().missing()).extracting(DestinationAdvice.Unit::name)
                    .contains("Tỉnh Thừa Thiên Huế").doesNotContain("Thành phố Huế");
            // After the merger of 01/07/2025 the home unit is today's city; the 2023 edition still counts 63 provinces.
            Advice after = advice.advise(hcm(), unit("new34", "79"), topic("Cải cách hành chính"), LocalDate.of(2025, 12, 1), 3);
            Section par = after.sections().getFirst();
            assertThat(par.edition().year()).isEqualTo(2023);
            assertThat(par.coverage().units()).isEqualTo(63);
            assertThat(par.coverage().withFigure()).isEqualTo(12);
            assertThat(par.coverage().missing()).hasSize(63 - 12 - (par.home() == null ? 1 : 0))
                    .extracting(DestinationAdvice.Unit::name).contains("Tỉnh Bình Dương");
        }

        @Test
        void aFullTableLeavesNothingUnknown() {
            // PCI 2020 covers all 63 provinces.
            Advice a = advice.advise(hcm(), unit("old63", "79"), topic("Môi trường kinh doanh, năng lực cạnh tranh"),
                    LocalDate.of(2021, 12, 31).plusDays(1), 3);
            Section pci = a.sections().getFirst();
            assertThat(pci.edition().year()).isEqualTo(2020);
            assertThat(pci.coverage().withFigure()).isEqualTo(63);
            assertThat(pci.coverage().missing()).isEmpty();
            assertThat(pci.coverage().complete()).isTrue();
            assertThat(pci.coverage().conclusion()).isEqualTo(Conclusion.ALL_ABOVE_KNOWN);
            assertThat(pci.coverage().knownAbove()).isEqualTo(pci.coverage().above()).isEqualTo(pci.home().figure().rank() - 1);
            assertThat(a.incomplete()).isFalse();
        }

        @Test
        void papi2023OfHoChiMinhCityCarriesItsDisputedGroup() {
            Advice a = advice.advise(hcm(), unit("old63", "79"),
                    topic("Quản trị và hành chính công, sự tham gia của người dân"), LocalDate.of(2025, 3, 1), 3);
            Section papi = a.sections().getFirst();
            assertThat(papi.edition().year()).isEqualTo(2023);
            IndexFigure home = papi.home().figure();
            assertThat(home.score()).isEqualByComparingTo("41.7754");
            assertThat(home.rankText()).isEqualTo("36/63");
            assertThat(home.discrepancy("vi").text()).startsWith("baohomnay.com xếp TP.HCM (41,77 điểm) vào nhóm trung bình thấp");
            assertThat(home.discrepancy("en").text()).startsWith("baohomnay.com places HCMC (41.77) in the low-average group");
            assertThat(papi.coverage().withFigure()).isEqualTo(14);
            assertThat(papi.coverage().conclusion()).isEqualTo(Conclusion.SOME_ABOVE_UNKNOWN);
            assertThat(papi.coverage().above()).isEqualTo(35);
        }
    }
}
