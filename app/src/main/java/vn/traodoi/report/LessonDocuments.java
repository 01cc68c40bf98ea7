package vn.traodoi.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.search.SearchDocument;
import vn.traodoi.search.SearchKind;
import vn.traodoi.search.SearchSource;

/**
 * A lesson as the search finds it: its topic and content, the article it came from, under the delegation it was learned
 * on (its title, dates and provinces); seen by the organization that learned it only, as on {@code /lessons}.
 */
@Component
class LessonDocuments implements SearchSource {

    private final JdbcClient jdbc;
    private final DelegationService delegations;

    LessonDocuments(JdbcClient jdbc, DelegationService delegations) {
        this.jdbc = jdbc;
        this.delegations = delegations;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.LESSON;
    }

    @Override
    public List<Long> ids() {
        return jdbc.sql("SELECT id FROM lessons ORDER BY id").query(Long.class).list();
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        record Row(long id, long delegationId, long organizationId, @Nullable String topic, String content,
                @Nullable String source) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT id, delegation_id, organization_id, topic, content, source FROM lessons
                        WHERE id = ANY (?) ORDER BY id""")
                .param(ids.toArray(Long[]::new)).query(Row.class).list();
        Map<Long, DelegationService.Outline> outlines = delegations.outlines(rows.stream().map(Row::delegationId).toList());
        List<SearchDocument> documents = new ArrayList<>();
        for (Row r : rows) {
            DelegationService.Outline d = outlines.get(r.delegationId());
            if (d == null) {
                continue;
            }
            documents.add(SearchDocument.builder(SearchKind.LESSON, r.id(), r.topic() != null ? r.topic() : d.title(),
                            "/lessons#lesson-" + r.id())
                    .owner(r.organizationId()).context(d.title()).units(d.unitIds()).dates(d.startDate(), d.endDate())
                    .body(r.content(), r.source()).build());
        }
        return documents;
    }
}
