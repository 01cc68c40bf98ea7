package vn.traodoi.report;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.DelegationFacts;

/** The members' reports a signed-in member still owes, for the home page ("Việc cần làm"). */
@Service
public class OwedReports {

    private final JdbcClient jdbc;
    private final DelegationFacts delegationQueries;
    private final AccountService accounts;
    private final int dueDays;

    OwedReports(JdbcClient jdbc, DelegationFacts delegationQueries, AccountService accounts,
            @Value("${traodoi.reports.due-days:15}") int dueDays) {
        this.jdbc = jdbc;
        this.delegationQueries = delegationQueries;
        this.accounts = accounts;
        this.dueDays = dueDays;
    }

    /** A report the signed-in member still owes: the delegation and the due date. */
    public record Owed(long delegationId, String title, LocalDate dueDate) {

        public boolean overdue(LocalDate today) {
            return today.isAfter(dueDate);
        }
    }

    /**
     * The completed delegations, of any organization, where the user was a member (through the directory, or as a
     * group of their organization) and no report was filed yet.
     */
    public List<Owed> owedBy(CurrentUser user) {
        Long me = accounts.personOf(user.userId()).orElse(null);
        List<DelegationFacts.OwnEntry> mine = delegationQueries.completedWith(user, me);
        if (mine.isEmpty()) {
            return List.of();
        }
        Set<Long> reported = new HashSet<>(jdbc.sql("SELECT member_id FROM member_reports WHERE member_id = ANY (?)")
                .param(mine.stream().map(DelegationFacts.OwnEntry::memberId).toArray(Long[]::new)).query(Long.class).list());
        return mine.stream().filter(m -> !reported.contains(m.memberId()))
                .map(m -> new Owed(m.delegationId(), m.title(), m.endDate().plusDays(dueDays))).distinct().toList();
    }
}
