package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.traodoi.delegation.Plans.delegation;
import static vn.traodoi.delegation.Plans.stop;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionTests {

    private static final long HA_NOI = 10;
    private static final long DA_NANG = 20;
    private static final long HUE = 30;

    @ParameterizedTest(name = "from {0}")
    @CsvSource(delimiter = '|', textBlock = """
            DRAFT          | SUBMIT CANCEL POSTPONE RECORD_HELD
            SUBMITTED      | APPROVE REJECT CANCEL POSTPONE
            APPROVED       | REQUEST_HOSTS CANCEL POSTPONE RECORD_HELD
            REJECTED       | REVISE CANCEL POSTPONE
            HOST_REQUESTED | CONFIRM_STOP PROPOSE_DATES ACCEPT_PROPOSAL CANCEL POSTPONE RECORD_HELD
            HOST_CONFIRMED | START CANCEL POSTPONE
            IN_PROGRESS    | COMPLETE CANCEL POSTPONE
            COMPLETED      | ''
            REPORTED       | CLOSE
            CLOSED         | ''
            CANCELLED      | ''
            POSTPONED      | REVISE CANCEL
            """)
    void eachStateAllowsItsOwnSteps(DelegationStatus status, String steps) {
        // given a delegation in this state; when the steps are tried; then only these are allowed
        List<Action> allowed = Arrays.stream(Action.values()).filter(a -> a.allowedFrom(status)).toList();
        assertThat(allowed).containsExactlyElementsOf(
                steps.isBlank() ? List.of() : Arrays.stream(steps.split(" ")).map(Action::valueOf).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            # step          | the delegation's stops (host:answer, - for no host)  | taken by | what is missing
            SUBMIT          | ''                                                   | HA_NOI   | delegation.submit.noStop
            SUBMIT          | -:PENDING                                            | HA_NOI   | ∅
            REQUEST_HOSTS   | DA_NANG:PENDING -:PENDING                            | HA_NOI   | delegation.request.stopWithoutHost
            REQUEST_HOSTS   | ''                                                   | HA_NOI   | delegation.request.stopWithoutHost
            REQUEST_HOSTS   | DA_NANG:PENDING HUE:PENDING                          | HA_NOI   | ∅
            CONFIRM_STOP    | DA_NANG:PENDING HUE:PENDING                          | DA_NANG  | ∅
            CONFIRM_STOP    | DA_NANG:CONFIRMED HUE:PENDING                        | DA_NANG  | stop.answer.none
            PROPOSE_DATES   | DA_NANG:PROPOSED                                     | DA_NANG  | ∅
            PROPOSE_DATES   | DA_NANG:PENDING                                      | HUE      | stop.answer.none
            ACCEPT_PROPOSAL | DA_NANG:CONFIRMED HUE:PROPOSED                       | HA_NOI   | ∅
            ACCEPT_PROPOSAL | DA_NANG:CONFIRMED HUE:PENDING                        | HA_NOI   | stop.proposal.none
            CANCEL          | ''                                                   | HA_NOI   | ∅
            RECORD_HELD     | -:PENDING                                            | HA_NOI   | ∅
            RECORD_HELD     | ''                                                   | HA_NOI   | delegation.submit.noStop
            """)
    void aStepNeedsWhatItActsOn(Action action, String stops, String takenBy, String missing) {
        // given a delegation of Hà Nội with these stops
        List<Delegation.Stop> list = stops.isBlank() ? List.of() : Arrays.stream(stops.split(" ")).map(s -> {
            String[] hostAndAnswer = s.split(":");
            Long host = hostAndAnswer[0].equals("-") ? null : organization(hostAndAnswer[0]);
            return stop(host == null ? 99 : host, host, HostStatus.valueOf(hostAndAnswer[1]), null, null);
        }).toList();
        Delegation d = delegation(DelegationStatus.HOST_REQUESTED, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8), list, 0);
        // when the organization asks what the step lacks; then it is this, or nothing
        assertThat(action.precondition(d, organization(takenBy), LocalDate.of(2026, 12, 1)).orElse(null)).isEqualTo(missing);
    }

    @ParameterizedTest(name = "a trip of {0} to {1}, recorded on {2}: {3}")
    @CsvSource(nullValues = "∅", textBlock = """
            2022-12-01, 2022-12-31, 2026-12-01, ∅
            2026-11-30, 2026-11-30, 2026-12-01, ∅
            2026-11-30, 2026-12-01, 2026-12-01, delegation.held.notYet
            2026-12-05, 2026-12-06, 2026-12-01, delegation.held.notYet
            ∅,          ∅,          2026-12-01, delegation.held.noDates
            2022-08-09, ∅,          2026-12-01, ∅
            """)
    void aTripIsRecordedAsHeldOnceItsLastDayHasPassed(@Nullable LocalDate start, @Nullable LocalDate end, LocalDate today,
            @Nullable String missing) {
        List<Delegation.Stop> stops = List.of(stop(99, null, HostStatus.PENDING, null, null));
        Delegation d = delegation(DelegationStatus.DRAFT, start, end, stops, 0);
        assertThat(Action.RECORD_HELD.precondition(d, HA_NOI, today).orElse(null)).isEqualTo(missing);
        assertThat(Action.RECORD_HELD.allowedFrom(DelegationStatus.IN_PROGRESS)).as("a running trip is completed instead")
                .isFalse();
    }

    private static long organization(String name) {
        return switch (name) {
            case "HA_NOI" -> HA_NOI;
            case "DA_NANG" -> DA_NANG;
            default -> HUE;
        };
    }
}
