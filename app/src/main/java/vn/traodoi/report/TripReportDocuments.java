package vn.traodoi.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.search.SearchDocument;
import vn.traodoi.search.SearchKind;
import vn.traodoi.search.SearchSource;

/**
 * A delegation's trip report as the search finds it: its results, lessons, proposals and appendices, under the
 * delegation's title, dates and provinces, seen by whoever sees the delegation (as {@link ReportService#trip} allows).
 * {@link ReportService} asks for it again after each change of the report.
 */
@Component
class TripReportDocuments implements SearchSource {

    private final JdbcClient jdbc;
    private final DelegationService delegations;

    TripReportDocuments(JdbcClient jdbc, DelegationService delegations) {
        this.jdbc = jdbc;
        this.delegations = delegations;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.TRIP_REPORT;
    }

    @Override
    public List<Long> ids() {
        return jdbc.sql("SELECT delegation_id FROM trip_reports ORDER BY delegation_id").query(Long.class).list();
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, DelegationService.Outline> outlines = delegations.outlines(ids);
        List<SearchDocument> documents = new ArrayList<>();
        jdbc.sql("SELECT delegation_id, results, lessons, proposals, appendices FROM trip_reports WHERE delegation_id = ANY (?)")
                .param(ids.toArray(Long[]::new))
                .query(rs -> {
                    DelegationService.Outline d = outlines.get(rs.getLong("delegation_id"));
                    if (d != null) {
                        documents.add(SearchDocument.builder(SearchKind.TRIP_REPORT, d.id(), d.title(),
                                        "/delegations/" + d.id() + "/reports")
                                .owner(d.organizerId()).audience(d.audience()).units(d.unitIds())
                                .dates(d.startDate(), d.endDate())
                                .body(rs.getString("results"), rs.getString("lessons"), rs.getString("proposals"),
                                        rs.getString("appendices"))
                                .build());
                    }
                });
        return documents;
    }
}
