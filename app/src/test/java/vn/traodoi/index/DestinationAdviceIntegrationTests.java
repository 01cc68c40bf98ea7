package vn.traodoi.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.traodoi.IntegrationTest;
import vn.traodoi.index.DestinationAdvice.Above;
import vn.traodoi.index.DestinationAdvice.Advice;
import vn.traodoi.index.DestinationAdvice.Candidate;
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
        assertThat(a.gaps()).contains("SIPAS 2021 của Thành phố Hồ Chí Minh chưa rõ (không có số liệu): không so sánh được theo chỉ số này.");

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
        assertThat(a.gaps()).anyMatch(g -> g.startsWith("Thứ hạng PAPI 2021 của Thành phố Hồ Chí Minh không được nêu"));
    }

    @Test
    void anEditionIsUsedOnlyOncePublished() {
        Advice before = advice.advise(hcm(), unit("old63", "79"), topic("Cải cách hành chính"), LocalDate.of(2022, 5, 20), 3);
        assertThat(before.sections().getFirst().edition().year()).isEqualTo(2020);
        assertThat(before.sections().getFirst().assumedPublication()).isTrue();
        assertThat(before.gaps()).contains("Ngày công bố PAR Index 2020 chưa rõ: coi như đã công bố từ 31/12/2021.");
    }
}
