package vn.traodoi.report;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.delegation.DelegationFacts;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.system.DemoDataRemoval;

/**
 * The demo data is removed: the reports of its delegations go before the delegations — the trip reports (each audited
 * as it was), the members' reports, their personal links and reminders, and the lessons kept from them.
 */
@Component
class DemoReports {

    private final JdbcClient jdbc;
    private final DelegationFacts delegations;
    private final SearchIndex index;
    private final AuditLog audit;

    DemoReports(JdbcClient jdbc, DelegationFacts delegations, SearchIndex index, AuditLog audit) {
        this.jdbc = jdbc;
        this.delegations = delegations;
        this.index = index;
        this.audit = audit;
    }

    @EventListener
    @Order(20)
    void on(DemoDataRemoval removal) {
        if (removal.delegations().isEmpty()) {
            return;
        }
        Long[] ids = removal.delegationIds();
        List<ReportService.TripReport> trips = jdbc.sql("SELECT * FROM trip_reports WHERE delegation_id = ANY (?)")
                .param(ids).query(ReportService.TripReport.class).list();
        for (ReportService.TripReport trip : trips) {
            audit.record("TRIP_REPORT_REMOVED", "delegation", trip.delegationId(), null, trip, null);
        }
        jdbc.sql("DELETE FROM trip_reports WHERE delegation_id = ANY (?)").param(ids).update();
        int members = jdbc.sql("DELETE FROM member_reports WHERE delegation_id = ANY (?)").param(ids).update();
        int links = jdbc.sql("DELETE FROM member_report_links WHERE delegation_id = ANY (?)").param(ids).update();
        jdbc.sql("DELETE FROM member_report_reminders WHERE member_id = ANY (?)")
                .param(delegations.memberIds(removal.delegations()).toArray(Long[]::new)).update();
        List<Long> lessons = jdbc.sql("DELETE FROM lessons WHERE delegation_id = ANY (?) RETURNING id").param(ids)
                .query(Long.class).list();
        index.refresh(SearchKind.TRIP_REPORT, removal.delegations());
        index.refresh(SearchKind.LESSON, lessons);
        removal.removed("demo.removed.tripReports", trips.size());
        removal.removed("demo.removed.memberReports", members);
        removal.removed("demo.removed.memberLinks", links);
        removal.removed("demo.removed.lessons", lessons.size());
    }
}
