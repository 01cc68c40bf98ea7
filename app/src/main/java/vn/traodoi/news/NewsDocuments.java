package vn.traodoi.news;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.search.SearchDocument;
import vn.traodoi.search.SearchKind;
import vn.traodoi.search.SearchSource;

/**
 * A news article as the search finds it: title, lead, text, photo captions, author and source, in the provinces it is
 * tagged with. Its organization's staff see it in every state (at {@code /news/{id}}); once published, everyone sees
 * it from its publication time, on the portal page ({@code /tin/{site}/{slug}}), as {@link PublicNews} shows it.
 */
@Component
class NewsDocuments implements SearchSource {

    private final JdbcClient jdbc;
    private final NewsService news;
    private final NewsSites sites;

    NewsDocuments(JdbcClient jdbc, NewsService news, NewsSites sites) {
        this.jdbc = jdbc;
        this.news = news;
        this.sites = sites;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.ARTICLE;
    }

    @Override
    public List<Long> ids() {
        return jdbc.sql("SELECT id FROM news_articles ORDER BY id").query(Long.class).list();
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        List<NewsArticle> articles = news.load(List.copyOf(ids));
        if (articles.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> units = new HashMap<>();
        jdbc.sql("SELECT article_id, value FROM news_tags WHERE kind = 'UNIT' AND article_id = ANY (?)")
                .param(articles.stream().map(NewsArticle::id).toArray(Long[]::new))
                .query(rs -> {
                    units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Long.valueOf(rs.getString(2)));
                });
        Map<Long, Optional<NewsSites.Site>> siteOf = new HashMap<>();
        List<SearchDocument> documents = new ArrayList<>();
        for (NewsArticle a : articles) {
            Optional<NewsSites.Site> site = siteOf.computeIfAbsent(a.organizationId(), sites::find);
            boolean published = a.status() == NewsArticle.Status.PUBLISHED && a.publishAt() != null;
            List<String> body = new ArrayList<>();
            body.add(Html.text(a.bodyHtml()));
            a.photos().forEach(p -> body.add(p.caption()));
            body.add(a.author());
            body.add(a.source());
            documents.add(SearchDocument.builder(SearchKind.ARTICLE, a.id(), a.title().isBlank() ? a.slug() : a.title(),
                            "/news/" + a.id())
                    .owner(a.organizationId()).publicFrom(published ? a.publishAt().toInstant() : null)
                    .publicLink(site.map(s -> "/tin/" + s.slug() + "/" + a.slug()).orElse(null))
                    .context(a.lead()).units(units.getOrDefault(a.id(), List.of()))
                    .dates((a.publishAt() != null ? a.publishAt() : a.updatedAt()).atZoneSameInstant(news.zone())
                            .toLocalDate(), null)
                    .body(body).build());
        }
        return documents;
    }
}
