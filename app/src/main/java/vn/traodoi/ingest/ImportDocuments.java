package vn.traodoi.ingest;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.search.SearchDocument;
import vn.traodoi.search.SearchKind;
import vn.traodoi.search.SearchSource;

/**
 * An imported article as the search finds it: its headline (or where it came from) and its text; seen by the
 * organization that imported it only, as {@link ImportService#get} allows. Written when an article is imported, one
 * by one or from an archive.
 */
@Component
class ImportDocuments implements SearchSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportDocuments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.IMPORT;
    }

    @Override
    public List<Long> ids() {
        return jdbc.sql("SELECT id FROM article_imports ORDER BY id").query(Long.class).list();
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM article_imports WHERE id = ANY (?) ORDER BY id").param(ids.toArray(Long[]::new))
                .query(ArticleImport.class).list().stream()
                .map(a -> SearchDocument.builder(SearchKind.IMPORT, a.id(), title(a), "/import/" + a.id())
                        .owner(a.organizationId()).context(a.sourceName()).body(a.articleText())
                        .dates(a.createdAt().atZoneSameInstant(clock.getZone()).toLocalDate(), null).build())
                .toList();
    }

    /** The headline the reading found, else where the article came from, else its first line. */
    private static String title(ArticleImport a) {
        if (a.headline() != null && !a.headline().isBlank()) {
            return a.headline();
        }
        if (a.sourceName() != null && !a.sourceName().isBlank()) {
            return a.sourceName();
        }
        String first = a.articleText().strip().lines().findFirst().orElse("");
        return first.length() > 200 ? first.substring(0, 200) : first;
    }
}
