package vn.traodoi.workshop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.search.SearchDocument;
import vn.traodoi.search.SearchKind;
import vn.traodoi.search.SearchSource;

/**
 * A comment on a workshop's draft as the search finds it: who made it, what it says, the response and the changed text,
 * under the workshop's title and date with the section it is on; seen by whoever sees the workshop.
 */
@Component
class CommentDocuments implements SearchSource {

    private final JdbcClient jdbc;
    private final Workshops workshops;
    private final WorkshopDocuments workshopDocuments;

    CommentDocuments(JdbcClient jdbc, Workshops workshops, WorkshopDocuments workshopDocuments) {
        this.jdbc = jdbc;
        this.workshops = workshops;
        this.workshopDocuments = workshopDocuments;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.COMMENT;
    }

    @Override
    public List<Long> ids() {
        return jdbc.sql("SELECT id FROM workshop_comments ORDER BY id").query(Long.class).list();
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Comment> comments = WorkshopComments.query(jdbc, "c.id = ANY (?)", ids.toArray(Long[]::new));
        Map<Long, Workshop> found = new HashSet<>(comments.stream().map(Comment::workshopId).toList()).stream()
                .map(workshops::find).flatMap(Optional::stream).collect(Collectors.toMap(Workshop::id, Function.identity()));
        Map<Long, WorkshopDocuments.Audience> audiences = workshopDocuments.audiences(found.values());
        List<SearchDocument> documents = new ArrayList<>();
        for (Comment c : comments) {
            Workshop w = found.get(c.workshopId());
            if (w == null) {
                continue;
            }
            WorkshopDocuments.Audience audience = audiences.get(w.id());
            String section = c.section();
            documents.add(SearchDocument.builder(SearchKind.COMMENT, c.id(), w.title(),
                            "/workshops/" + w.id() + "#comment-" + c.id())
                    .owner(w.ownerId()).audience(audience.participants()).units(audience.units()).context(section)
                    .names(Arrays.asList(c.authorName(), c.authorOrganization()))
                    .body(c.authorName() + ": " + c.content(), c.response(), c.changedText())
                    .dates(w.heldOn(), null).build());
        }
        return documents;
    }
}
