package vn.traodoi.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Delegations built in memory for the unit tests of the plan's rules: only what the rules read is set. */
final class Plans {

    private Plans() {
    }

    static Delegation delegation(DelegationStatus status, @Nullable LocalDate start, @Nullable LocalDate end,
            List<Delegation.Stop> stops, int namedMembers) {
        List<Delegation.Member> members = new ArrayList<>();
        for (int i = 1; i <= namedMembers; i++) {
            members.add(new Delegation.Member(i, i, MemberRole.MEMBER, 100L + i, null, null, null));
        }
        return new Delegation(1, DelegationKind.SURVEY, "Đoàn khảo sát mô hình một cửa", null, 10, status, start, end,
                Delegation.DatePrecision.DAY, null, null, null, 0, List.of(), List.of(), members, stops);
    }

    static Delegation.Stop stop(long id, @Nullable Long host, HostStatus answer, @Nullable LocalDate start,
            @Nullable LocalDate end) {
        return new Delegation.Stop(id, (int) id, host, 1, start, end, answer, null, null, null, 0, List.of());
    }
}
