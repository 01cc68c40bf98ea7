package vn.traodoi.news;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.traodoi.system.NotFoundException;

/**
 * What the public sees, without signing in: only articles that are published and whose time has come. An article
 * that was public once and is no longer says so politely (410); a draft's address is simply not found (404).
 */
@Service
public class PublicNews {

    /** An article as a public page shows it, with its site and category. */
    public record Item(NewsArticle article, NewsSites.Site site, NewsSites.@Nullable Category category) {

        public String path() {
            return "/tin/" + site.slug() + "/" + article.slug();
        }
    }

    /** An article that was public once and has been unpublished. */
    public static class GoneException extends RuntimeException {
        private final NewsSites.Site site;

        GoneException(NewsSites.Site site) {
            super("article no longer published");
            this.site = site;
        }

        public NewsSites.Site site() {
            return site;
        }
    }

    private static final String PUBLIC = "a.status = 'PUBLISHED' AND a.publish_at <= :now";

    private final JdbcClient jdbc;
    private final NewsSites sites;
    private final NewsService news;
    private final Clock clock;

    PublicNews(JdbcClient jdbc, NewsSites sites, NewsService news, Clock clock) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.news = news;
        this.clock = clock;
    }

    public NewsSites.Site site(String slug) {
        return sites.bySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
    }

    public NewsSites.Category category(NewsSites.Site site, String slug) {
        return sites.categories(site.organizationId()).stream().filter(c -> c.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new NotFoundException("category", slug));
    }

    /** The newest public articles of a site, or of one of its categories. */
    public List<Item> latest(NewsSites.Site site, NewsSites.@Nullable Category category, int offset, int limit) {
        return items(site, jdbc.sql("SELECT a.id FROM news_articles a WHERE a.organization_id = :org AND " + PUBLIC
                        + " AND (CAST(:category AS bigint) IS NULL OR a.category_id = :category)"
                        + " ORDER BY a.publish_at DESC, a.id DESC OFFSET :offset LIMIT :limit")
                .param("org", site.organizationId()).param("now", now()).param("category", category == null ? null : category.id())
                .param("offset", offset).param("limit", limit).query(Long.class).list());
    }

    public long count(NewsSites.Site site, NewsSites.@Nullable Category category) {
        return jdbc.sql("SELECT count(*) FROM news_articles a WHERE a.organization_id = :org AND " + PUBLIC
                        + " AND (CAST(:category AS bigint) IS NULL OR a.category_id = :category)")
                .param("org", site.organizationId()).param("now", now()).param("category", category == null ? null : category.id())
                .query(Long.class).single();
    }

    public Item article(NewsSites.Site site, String slug) {
        NewsArticle a = jdbc.sql("SELECT id FROM news_articles WHERE organization_id = ? AND slug = ?")
                .params(site.organizationId(), slug).query(Long.class).optional().flatMap(news::find)
                .orElseThrow(() -> new NotFoundException("article", slug));
        if (!a.publicAt(now().toInstant())) {
            if (a.firstPublishedAt() != null && a.firstPublishedAt().isBefore(now())) {
                throw new GoneException(site);
            }
            throw new NotFoundException("article", slug);
        }
        return items(site, List.of(a.id())).getFirst();
    }

    /** "Tin khác": public articles of the site sharing places, then topics, then the category; the newest first. */
    public List<Item> related(Item item, int limit) {
        return items(item.site(), jdbc.sql("""
                        SELECT a.id,
                               3 * (SELECT count(*) FROM news_tags t JOIN news_tags m ON m.kind = t.kind AND m.value = t.value
                                    WHERE t.article_id = a.id AND m.article_id = :self AND t.kind = 'UNIT')
                               + 2 * (SELECT count(*) FROM news_tags t JOIN news_tags m ON m.kind = t.kind AND m.value = t.value
                                      WHERE t.article_id = a.id AND m.article_id = :self AND t.kind = 'TOPIC')
                               + CASE WHEN a.category_id = :category THEN 1 ELSE 0 END AS score
                        FROM news_articles a
                        WHERE a.organization_id = :org AND a.id <> :self AND """ + " " + PUBLIC + """

                        ORDER BY score DESC, a.publish_at DESC LIMIT :limit""")
                .param("self", item.article().id()).param("category", item.article().categoryId())
                .param("org", item.site().organizationId()).param("now", now()).param("limit", limit)
                .query((rs, n) -> rs.getLong("id")).list());
    }

    /** Public articles of the site matching the words, with or without diacritics. */
    public List<Item> search(NewsSites.Site site, @Nullable String q, int limit) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return items(site, jdbc.sql("SELECT a.id FROM news_articles a WHERE a.organization_id = :org AND " + PUBLIC + """
                         AND public.vn_tsvector(a.title || ' ' || coalesce(a.lead, '') || ' '
                             || regexp_replace(a.body_html, '<[^>]*>', ' ', 'g')) @@ public.vn_tsquery(:q)
                        ORDER BY a.publish_at DESC LIMIT :limit""")
                .param("org", site.organizationId()).param("now", now()).param("q", q.strip()).param("limit", limit)
                .query(Long.class).list());
    }

    /** The sites that have published news, with their newest article's time, newest first. */
    public List<NewsSites.Site> activeSites() {
        return jdbc.sql("""
                        SELECT s.organization_id, s.slug, s.title FROM news_sites s
                        JOIN news_articles a ON a.organization_id = s.organization_id
                        WHERE a.status = 'PUBLISHED' AND a.publish_at <= :now
                        GROUP BY s.organization_id, s.slug, s.title ORDER BY max(a.publish_at) DESC LIMIT 20""")
                .param("now", now())
                .query((rs, n) -> new NewsSites.Site(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Every public article of every site, for the sitemap. */
    public List<Item> all() {
        Map<Long, NewsSites.Site> bySite = new HashMap<>();
        List<Long> ids = jdbc.sql("SELECT a.id FROM news_articles a WHERE " + PUBLIC + " ORDER BY a.id")
                .param("now", now()).query(Long.class).list();
        return news.load(ids).stream().map(a -> new Item(a,
                bySite.computeIfAbsent(a.organizationId(), org -> sites.find(org).orElseThrow()), null)).toList();
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private List<Item> items(NewsSites.Site site, List<Long> ids) {
        Map<Long, NewsSites.Category> categories = sites.categories(site.organizationId()).stream()
                .collect(Collectors.toMap(NewsSites.Category::id, c -> c));
        return news.load(ids).stream()
                .map(a -> new Item(a, site, a.categoryId() == null ? null : categories.get(a.categoryId()))).toList();
    }
}
