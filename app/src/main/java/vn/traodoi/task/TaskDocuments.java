package vn.traodoi.task;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.search.SearchDocument;
import vn.traodoi.search.SearchKind;
import vn.traodoi.search.SearchSource;

/**
 * A follow-up task as the search finds it: what is to be done, where it was given, the evidence, and the organizations
 * that carry it out (by name); seen by the organization that assigned it and the ones it was given to, as
 * {@link TaskService#get} allows. {@link TaskService} asks for it again after each change.
 */
@Component
class TaskDocuments implements SearchSource {

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final OrganizationService organizations;

    TaskDocuments(JdbcClient jdbc, TaskService tasks, OrganizationService organizations) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.organizations = organizations;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.TASK;
    }

    @Override
    public List<Long> ids() {
        return jdbc.sql("SELECT id FROM follow_up_tasks ORDER BY id").query(Long.class).list();
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        List<FollowUpTask> found = tasks.load(List.copyOf(ids));
        Set<Long> orgIds = new HashSet<>();
        found.forEach(t -> orgIds.addAll(t.assigneeIds()));
        Map<Long, Organization> orgs = organizations.byIds(orgIds);
        return found.stream().map(t -> SearchDocument.builder(SearchKind.TASK, t.id(), t.task(), "/tasks/" + t.id())
                .owner(t.ownerId()).audience(t.assigneeIds()).context(t.source()).body(t.evidence())
                .names(t.assigneeIds().stream().map(orgs::get).filter(Objects::nonNull).map(Organization::name)
                        .toList())
                .dates(t.deadlineDate(), null).build()).toList();
    }
}
