package vn.traodoi.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.traodoi.task.FollowUpTask.DeadlineKind;
import vn.traodoi.task.FollowUpTask.Status;

class FollowUpTaskTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 1);

    @ParameterizedTest(name = "{0}, due {1}")
    @CsvSource(delimiter = '|', nullValues = "∅", textBlock = """
            # status     | due on     | overdue on 01/01/2027
            OPEN         | 2026-12-31 | true
            IN_PROGRESS  | 2026-12-31 | true
            OPEN         | 2027-01-01 | false
            IN_PROGRESS  | 2027-06-30 | false
            DONE         | 2026-12-31 | false
            DROPPED      | 2026-12-31 | false
            OPEN         | ∅          | false
            """)
    void aTaskIsOverdueWhenItIsStillToDoAfterItsLastDay(Status status, LocalDate due, boolean overdue) {
        // given a task due on that day (a month or a period counts to its last day)
        FollowUpTask task = task(status, due, List.of(7L), List.of());
        // when it is looked at on 01/01/2027; then it is overdue or not
        assertThat(task.overdue(TODAY)).isEqualTo(overdue);
    }

    @Test
    void theLeadsAreTheAssigneesThatOnlySupportNot() {
        // given Sở Nội vụ (7) leading with Sở Tư pháp (8) and Công an tỉnh (9) supporting
        FollowUpTask task = task(Status.OPEN, null, List.of(7L, 8L, 9L), List.of(8L, 9L));
        // then only Sở Nội vụ leads
        assertThat(task.leadIds()).containsExactly(7L);
    }

    private static FollowUpTask task(Status status, LocalDate due, List<Long> assignees, List<Long> supporting) {
        return new FollowUpTask(1, 3, null, null, "Số hóa hồ sơ hộ tịch", due == null ? DeadlineKind.NONE : DeadlineKind.DAY,
                due, null, null, status, 0, null, 0, assignees, null, supporting, null, null);
    }
}
