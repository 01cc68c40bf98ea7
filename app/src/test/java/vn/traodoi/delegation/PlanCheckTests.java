package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.traodoi.delegation.Plans.delegation;
import static vn.traodoi.delegation.Plans.stop;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.traodoi.system.InvalidInputException;

class PlanCheckTests {

    @ParameterizedTest(name = "{0} – {1}, month only {2}")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            # start     | end        | month only | kept from  | kept to
            2026-05-04  | 2026-05-08 | false      | 2026-05-04 | 2026-05-08
            2026-05-04  | ∅          | false      | 2026-05-04 | ∅
            ∅           | ∅          | false      | ∅          | ∅
            2026-02-17  | ∅          | true       | 2026-02-01 | 2026-02-28
            2028-02-10  | 2028-01-01 | true       | 2028-02-01 | 2028-02-29
            """)
    void aVisitIsKeptWithItsDaysAndAMonthOnlyVisitSpansItsMonth(LocalDate start, LocalDate end, boolean monthOnly,
            LocalDate from, LocalDate to) {
        // given the general information of a new delegation
        DelegationForm form = new DelegationForm(DelegationKind.STUDY, "  Đoàn học tập  kinh nghiệm tại Đà Nẵng ", " ",
                start, end, monthOnly, 12, 0);
        // when it is checked
        DelegationForm kept = PlanCheck.checked(form, null);
        // then its days are those the visit spans, its title normalized and a blank purpose none
        assertThat(kept.startDate()).isEqualTo(from);
        assertThat(kept.endDate()).isEqualTo(to);
        assertThat(kept.title()).isEqualTo("Đoàn học tập kinh nghiệm tại Đà Nẵng");
        assertThat(kept.purpose()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            # case                              | kind   | title                         | start      | end        | month only | declared | problems
            no title, no kind                    | ∅      | ' '                           | 2026-05-04 | 2026-05-08 | false      | ∅        | title:validation.required kind:validation.required
            ends before it starts                | SURVEY | Đoàn làm việc tại Huế         | 2026-05-08 | 2026-05-04 | false      | ∅        | endDate:delegation.dates.order startDate:delegation.dates.excludeStop
            a month without a day in it          | SURVEY | Đoàn khảo sát tại Quảng Ninh  | ∅          | ∅          | true       | ∅        | startDate:delegation.month.needsDate
            fewer declared than named            | SURVEY | Đoàn khảo sát tại Quảng Ninh  | 2026-05-04 | 2026-05-08 | false      | 2        | declaredMemberCount:delegation.count.belowNamed
            a stop left outside the new dates    | SURVEY | Đoàn khảo sát tại Quảng Ninh  | 2026-05-05 | 2026-05-08 | false      | ∅        | startDate:delegation.dates.excludeStop
            """)
    void everyProblemOfTheGeneralInformationIsReportedAtOnce(String description, DelegationKind kind, String title,
            LocalDate start, LocalDate end, boolean monthOnly, Integer declared, String problems) {
        // given a delegation of three named members with a stop on 04/05/2026 – 06/05/2026
        Delegation existing = delegation(DelegationStatus.DRAFT, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8),
                List.of(stop(1, 20L, HostStatus.PENDING, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6))), 3);
        DelegationForm form = new DelegationForm(kind, title, null, start, end, monthOnly, declared, 0);
        // when it is changed so; then every problem is on its field
        assertThatThrownBy(() -> PlanCheck.checked(form, existing)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field() + ":" + p.messageCode())
                        .containsExactly(problems.split(" ")));
    }

    @ParameterizedTest(name = "stop {1} – {2} of a visit {3} – {4}")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            # prefix   | start      | end        | visit from | visit to   | problems
            ''         | 2026-05-05 | 2026-05-06 | 2026-05-04 | 2026-05-08 | ''
            ''         | 2026-05-06 | 2026-05-05 | 2026-05-04 | 2026-05-08 | endDate:delegation.dates.order
            stops[1].  | 2026-05-03 | 2026-05-05 | 2026-05-04 | 2026-05-08 | stops[1].startDate:stop.dates.outside
            ''         | 2026-05-07 | 2026-05-09 | 2026-05-04 | 2026-05-08 | startDate:stop.dates.outside
            ''         | 2026-05-09 | 2026-05-03 | 2026-05-04 | 2026-05-08 | endDate:delegation.dates.order startDate:stop.dates.outside
            ''         | ∅          | ∅          | 2026-05-04 | 2026-05-08 | ''
            ''         | 2026-04-01 | ∅          | ∅          | ∅          | ''
            """)
    void aStopFallsWithinTheVisit(String prefix, LocalDate start, LocalDate end, LocalDate from, LocalDate to,
            String problems) {
        assertThat(PlanCheck.stopDates(prefix, start, end, from, to)).extracting(p -> p.field() + ":" + p.messageCode())
                .containsExactly(problems.isBlank() ? new String[0] : problems.split(" "));
    }

    @Test
    void aDayNotKnownIsWithinAnyVisit() {
        assertThat(PlanCheck.within(null, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8))).isTrue();
        assertThat(PlanCheck.within(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8))).isTrue();
        assertThat(PlanCheck.within(LocalDate.of(2026, 5, 9), null, LocalDate.of(2026, 5, 8))).isFalse();
    }
}
