package vn.traodoi.report;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.delegation.MemberReportsCheck;

/** Tells the delegation module which member entries have a report, so that it never drops one with its entry. */
@Component
class FiledMemberReports implements MemberReportsCheck {

    private final JdbcClient jdbc;

    FiledMemberReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> reported(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT member_id FROM member_reports WHERE member_id = ANY (?)")
                .param(memberIds.toArray(Long[]::new)).query(Long.class).list());
    }
}
