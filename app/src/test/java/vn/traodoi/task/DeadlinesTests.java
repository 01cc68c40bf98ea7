package vn.traodoi.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.traodoi.task.FollowUpTask.DeadlineKind;

class DeadlinesTests {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''             | NONE
            31/08/2027     | DAY
            8/2027         | MONTH
            08 / 2027      | MONTH
            2026-2030      | PERIOD
            2026 – 2030    | PERIOD
            quý IV/2027    | DAY
            2027           | DAY
            """)
    void theKindOfADeadlineOnAProposalLineIsReadFromItsShape(String written, DeadlineKind kind) {
        assertThat(Deadlines.kindOf(written)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} \"{1}\" given on {2}")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            # kind | written     | given on   | kind read | falls on   | from | to   | problem
            DAY    | 31/08/2027  | 2026-01-15 | DAY       | 2027-08-31 | ∅    | ∅    | ∅
            DAY    | 1/9/2027    | 2026-01-15 | DAY       | 2027-09-01 | ∅    | ∅    | ∅
            DAY    | 31/02/2027  | 2026-01-15 | NONE      | ∅          | ∅    | ∅    | task.deadline.day
            MONTH  | 2/2028      | 2026-01-15 | MONTH     | 2028-02-29 | ∅    | ∅    | ∅
            MONTH  | 13/2027     | 2026-01-15 | NONE      | ∅          | ∅    | ∅    | task.deadline.month
            MONTH  | 31/08/2027  | 2026-01-15 | NONE      | ∅          | ∅    | ∅    | task.deadline.month
            PERIOD | 2026-2030   | 2026-01-15 | PERIOD    | 2030-12-31 | 2026 | 2030 | ∅
            PERIOD | 2030-2026   | 2026-01-15 | NONE      | ∅          | ∅    | ∅    | task.deadline.period
            DAY    | ''          | 2026-01-15 | NONE      | ∅          | ∅    | ∅    | task.deadline.required
            NONE   | 31/08/2027  | 2026-01-15 | NONE      | ∅          | ∅    | ∅    | ∅
            ∅      | ∅           | 2026-01-15 | NONE      | ∅          | ∅    | ∅    | ∅
            DAY    | 14/01/2026  | 2026-01-15 | DAY       | 2026-01-14 | ∅    | ∅    | task.deadline.past
            MONTH  | 1/2026      | 2026-01-15 | MONTH     | 2026-01-31 | ∅    | ∅    | ∅
            PERIOD | 2021-2025   | 2026-01-15 | PERIOD    | 2025-12-31 | 2021 | 2025 | task.deadline.past
            """)
    void aDeadlineIsTheLastDayItAllowsAndNeverBeforeTheTaskWasGiven(DeadlineKind kind, String written,
            LocalDate givenOn, DeadlineKind read, LocalDate date, Integer from, Integer to, String problem) {
        // given a deadline typed on a task's form, for a task given on givenOn
        // when it is checked
        Deadlines.Checked checked = Deadlines.check(kind, written, givenOn);
        // then it is read as the last day it allows, or refused with the reason
        assertThat(checked.deadline()).isEqualTo(new Deadlines.Deadline(read, date, from, to));
        assertThat(checked.problem()).isEqualTo(problem);
    }
}
