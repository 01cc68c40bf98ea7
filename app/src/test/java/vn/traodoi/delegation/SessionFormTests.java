package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.traodoi.system.InvalidInputException.FieldProblem;

class SessionFormTests {

    static SessionForm form(@Nullable PartOfDay part, @Nullable String start, @Nullable String end) {
        return new SessionForm(1L, null, part, start == null ? null : LocalTime.parse(start),
                end == null ? null : LocalTime.parse(end), SessionKind.WORKING_SESSION, null, null, null, null, null,
                List.of(), null, 0);
    }

    @Nested
    class Hours {

        @ParameterizedTest
        @CsvSource(nullValues = "-", value = {
                "MORNING,   08:00, 11:30",
                "-,         14:00, 16:30",
                "AFTERNOON, 13:30, -",
                "EVENING,   19:00, 21:00",
                "MORNING,   -,     -",
                "-,         -,     -"})
        void fitWhenTheEndFollowsTheStartAndThePartOfDayAdmitsIt(@Nullable PartOfDay part, @Nullable String start,
                @Nullable String end) {
            assertThat(form(part, start, end).timeProblem()).isNull();
        }

        @ParameterizedTest
        @CsvSource(nullValues = "-", value = {
                "-,         -,     11:30, startTime, session.time.endWithoutStart",
                "-,         11:30, 11:30, endTime,   session.time.endBeforeStart",
                "MORNING,   11:30, 08:00, endTime,   session.time.endBeforeStart",
                "MORNING,   14:00, 16:00, startTime, session.time.partOfDay.MORNING",
                "AFTERNOON, 07:30, 09:00, startTime, session.time.partOfDay.AFTERNOON",
                "EVENING,   09:00, -,     startTime, session.time.partOfDay.EVENING"})
        void areRefusedOnTheFieldAtFaultWhenTheyContradict(@Nullable PartOfDay part, @Nullable String start,
                @Nullable String end, String field, String code) {
            assertThat(form(part, start, end).timeProblem()).isEqualTo(new FieldProblem(field, code));
        }
    }

    @Nested
    class Shown {

        Delegation.Session session(@Nullable String start, @Nullable String end) {
            return new Delegation.Session(1, 1, null, null, start == null ? null : LocalTime.parse(start),
                    end == null ? null : LocalTime.parse(end), SessionKind.WORKING_SESSION, null, null, null, null, null,
                    Delegation.Side.HOST, 0, List.of(), List.of(), List.of());
        }

        @Test
        void asARangeOrTheStartAloneOrNothing() {
            assertThat(session("08:00", "11:30").hours()).isEqualTo("08:00–11:30");
            assertThat(session("13:05", null).hours()).isEqualTo("13:05");
            assertThat(session(null, null).hours()).isNull();
        }
    }

    @Test
    void aPartOfDayIsNeverDerivedFromTheHours() {
        SessionForm typed = form(null, "08:00", "11:30");
        assertThat(typed.timeProblem()).isNull();
        assertThat(typed.partOfDay()).isNull();
    }
}
