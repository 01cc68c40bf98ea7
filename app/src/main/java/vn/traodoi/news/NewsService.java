package vn.traodoi.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.text.VietnameseText;

/**
 * An organization's articles: only its own staff see them before they are public (any other organization gets 404).
 * Organizers and editors write; editors publish (now or at a set time), unpublish, and send back to draft; every step
 * is audited; a stale form answers 409. The photos are {@link NewsPhotos}'.
 */
@Service
class NewsService {

    private final JdbcClient jdbc;
    private final NewsSites sites;
    private final AuditLog audit;
    private final Clock clock;
    private final SearchIndex index;

    NewsService(JdbcClient jdbc, NewsSites sites, AuditLog audit, Clock clock, SearchIndex index) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.index = index;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public NewsArticle get(CurrentUser user, long id) {
        NewsArticle a = find(id).orElseThrow(() -> new NotFoundException("article", id));
        if (a.organizationId() != user.orgId()) {
            throw new NotFoundException("article", id);
        }
        return a;
    }

    public List<NewsArticle> mine(CurrentUser user, NewsArticle.@Nullable Status status) {
        return load(jdbc.sql("SELECT id FROM news_articles WHERE organization_id = ? AND (CAST(? AS text) IS NULL OR status = ?) "
                        + "ORDER BY updated_at DESC, id DESC")
                .params(user.orgId(), status == null ? null : status.name(), status == null ? null : status.name())
                .query(Long.class).list());
    }

    static void requireWriter(CurrentUser user) {
        if (!user.has(Role.EDITOR) && !user.has(Role.ORGANIZER)) {
            throw new AccessDeniedException("editors and organizers write news");
        }
    }

    /** A new draft; the title is made unique as an address within the organization's site. */
    @Transactional
    public long create(CurrentUser user, String title, @Nullable String lead, String bodyHtml, @Nullable Long categoryId,
            @Nullable String author, @Nullable String source, @Nullable Long delegationId, @Nullable Long stopId,
            @Nullable Long workshopId, List<String[]> tags) {
        requireWriter(user);
        sites.site(user.orgId());
        long id = jdbc.sql("""
                        INSERT INTO news_articles (organization_id, slug, category_id, title, lead, body_html, author, source,
                            delegation_id, stop_id, workshop_id, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(user.orgId(), uniqueSlug(user.orgId(), title, null), categoryId, VietnameseText.normalize(title),
                        lead, Html.clean(bodyHtml), author, source, delegationId, stopId, workshopId, user.userId())
                .query(Long.class).single();
        for (String[] tag : tags) {
            jdbc.sql("INSERT INTO news_tags (article_id, kind, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(id, tag[0], tag[1]).update();
        }
        NewsArticle created = find(id).orElseThrow();
        audit.record("NEWS_ARTICLE_CREATED", "news_article", id, created.title(), null, created);
        index.refresh(SearchKind.ARTICLE, id);
        return id;
    }

    /** Saves the editor's changes; the body is cleaned; a published article keeps its address. */
    @Transactional
    public NewsArticle update(CurrentUser user, long id, ArticleForm form) {
        requireWriter(user);
        NewsArticle before = get(user, id);
        String title = form.title() == null ? "" : VietnameseText.normalize(form.title());
        if (form.categoryId() != null && sites.category(user.orgId(), form.categoryId()).isEmpty()) {
            throw new InvalidInputException("categoryId", "news.category.unknown");
        }
        if (before.status() == NewsArticle.Status.PUBLISHED && (title.isEmpty() || form.categoryId() == null)) {
            throw new InvalidInputException(title.isEmpty() ? "title" : "categoryId",
                    title.isEmpty() ? "news.title.required" : "news.category.required");
        }
        String slug = before.firstPublishedAt() != null ? before.slug() : uniqueSlug(user.orgId(), title, id);
        if (jdbc.sql("""
                        UPDATE news_articles SET title = ?, lead = ?, body_html = ?, category_id = ?, author = ?, source = ?,
                            publish_at = CASE WHEN status = 'PUBLISHED' THEN coalesce(?, publish_at) ELSE ? END, slug = ?,
                            version = version + 1, updated_at = now()
                        WHERE id = ? AND version = ?""")
                .params(title, blank(form.lead()), Html.clean(form.bodyHtml() == null ? "" : form.bodyHtml()),
                        form.categoryId(), blank(form.author()), blank(form.source()), at(form), at(form), slug, id,
                        form.version())
                .update() != 1) {
            throw new ConcurrentEditException("article", id);
        }
        NewsArticle after = find(id).orElseThrow();
        audit.record("NEWS_ARTICLE_UPDATED", "news_article", id, after.title(), before, after);
        index.refresh(SearchKind.ARTICLE, id);
        return after;
    }

    private @Nullable OffsetDateTime at(ArticleForm form) {
        return form.publishAt() == null ? null : form.publishAt().atZone(clock.getZone()).toOffsetDateTime();
    }

    /** A step of the editorial flow: SUBMIT, PUBLISH (now, or at the time saved on the article), UNPUBLISH, DRAFT. */
    @Transactional
    public NewsArticle step(CurrentUser user, long id, String step, int version) {
        NewsArticle before = get(user, id);
        NewsArticle.Status to;
        switch (step) {
            case "SUBMIT" -> {
                requireWriter(user);
                require(before, NewsArticle.Status.DRAFT);
                to = NewsArticle.Status.IN_REVIEW;
            }
            case "PUBLISH" -> {
                requireEditor(user);
                if (before.status() == NewsArticle.Status.PUBLISHED) {
                    throw new StateConflictException("news.state", before.status());
                }
                List<FieldProblem> problems = before.missingForPublication();
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
                to = NewsArticle.Status.PUBLISHED;
            }
            case "UNPUBLISH" -> {
                requireEditor(user);
                require(before, NewsArticle.Status.PUBLISHED);
                to = NewsArticle.Status.UNPUBLISHED;
            }
            case "DRAFT" -> {
                requireWriter(user);
                if (before.status() == NewsArticle.Status.DRAFT || before.status() == NewsArticle.Status.PUBLISHED) {
                    throw new StateConflictException("news.state", before.status());
                }
                to = NewsArticle.Status.DRAFT;
            }
            default -> throw new InvalidInputException("step", "news.step.unknown");
        }
        OffsetDateTime now = now();
        if (jdbc.sql("""
                        UPDATE news_articles SET status = ?,
                            publish_at = CASE WHEN ? = 'PUBLISHED' THEN coalesce(publish_at, ?) ELSE publish_at END,
                            first_published_at = CASE WHEN ? = 'PUBLISHED' THEN coalesce(first_published_at, greatest(coalesce(publish_at, ?), ?))
                                                 ELSE first_published_at END,
                            version = version + 1, updated_at = now()
                        WHERE id = ? AND version = ?""")
                .params(to.name(), to.name(), now, to.name(), now, now, id, version).update() != 1) {
            throw new ConcurrentEditException("article", id);
        }
        NewsArticle after = find(id).orElseThrow();
        audit.record("NEWS_ARTICLE_" + step, "news_article", id, after.title(), before, after);
        index.refresh(SearchKind.ARTICLE, id);
        return after;
    }

    private static void require(NewsArticle a, NewsArticle.Status status) {
        if (a.status() != status) {
            throw new StateConflictException("news.state", a.status());
        }
    }

    private static void requireEditor(CurrentUser user) {
        if (!user.has(Role.EDITOR)) {
            throw new AccessDeniedException("editors publish");
        }
    }

    private String uniqueSlug(long organizationId, String title, @Nullable Long self) {
        String base = Slugs.of(title);
        String slug = base;
        for (int i = 2; Boolean.TRUE.equals(jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM news_articles WHERE organization_id = ? AND slug = ?
                                       AND id IS DISTINCT FROM ?)""")
                .params(organizationId, slug, self).query(Boolean.class).single()); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    Optional<NewsArticle> find(long id) {
        return load(List.of(id)).stream().findFirst();
    }

    /** The articles with these ids, in this order, in two queries whatever their number (unknown ids left out). */
    List<NewsArticle> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] array = ids.toArray(Long[]::new);
        Map<Long, List<NewsArticle.Photo>> photos = new HashMap<>();
        jdbc.sql("SELECT * FROM news_photos WHERE article_id = ANY (?) ORDER BY position, id").param(array)
                .query((rs, n) -> photos.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                        .add(new NewsArticle.Photo(rs.getLong("id"), rs.getInt("position"), rs.getString("content_type"),
                                rs.getLong("size_bytes"), rs.getString("caption"))))
                .list();
        Map<Long, NewsArticle> byId = new HashMap<>();
        jdbc.sql("SELECT * FROM news_articles WHERE id = ANY (?)").param(array)
                .query((rs, n) -> map(rs, photos.getOrDefault(rs.getLong("id"), List.of())))
                .list().forEach(a -> byId.put(a.id(), a));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    static NewsArticle map(ResultSet rs, List<NewsArticle.Photo> photos) throws SQLException {
        return new NewsArticle(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("slug"),
                (Long) rs.getObject("category_id"), rs.getString("title"), rs.getString("lead"), rs.getString("body_html"),
                rs.getString("author"), rs.getString("source"), NewsArticle.Status.valueOf(rs.getString("status")),
                rs.getObject("publish_at", OffsetDateTime.class), rs.getObject("first_published_at", OffsetDateTime.class),
                (Long) rs.getObject("delegation_id"), (Long) rs.getObject("stop_id"), (Long) rs.getObject("workshop_id"),
                rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class), photos);
    }

    static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
