package vn.traodoi.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.search.SearchDocument;
import vn.traodoi.search.SearchKind;
import vn.traodoi.search.SearchSource;

/**
 * A person of the directory as the search finds them: the name (also when misspelled) and the positions held; public to
 * every signed-in user, as the directory is ({@link People}). Only what the directory says: not the delegations or
 * sessions the person took part in, which their own documents carry for those who may see them.
 */
@Component
class PersonDocuments implements SearchSource {

    private final JdbcClient jdbc;
    private final People people;

    PersonDocuments(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.PERSON;
    }

    @Override
    public List<Long> ids() {
        return jdbc.sql("SELECT id FROM persons ORDER BY id").query(Long.class).list();
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        return people.byIds(List.copyOf(ids)).values().stream()
                .map(p -> SearchDocument.builder(SearchKind.PERSON, p.id(), p.fullName(), "/people/" + p.id())
                        .publicFrom(Instant.EPOCH).names(List.of(p.fullName()))
                        .context(p.positions().isEmpty() ? null : p.positions().getLast().describe())
                        .body(p.positions().stream().map(Position::describe).toList())
                        .body(p.nationality(), p.note()).build())
                .toList();
    }
}
