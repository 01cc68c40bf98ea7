package vn.traodoi.news;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import vn.traodoi.system.FileStore;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.system.TraodoiProperties;
import vn.traodoi.system.Upload;
import vn.traodoi.system.Uploads;
import vn.traodoi.text.VietnameseText;

/**
 * An organization's articles: only its own staff see them before they are public (any other organization gets 404).
 * Organizers and editors write; editors publish (now or at a set time), unpublish, and send back to draft; every step
 * is audited; a stale form answers 409. Photos are JPEG or PNG of at most 5 MB, accepted by {@link Uploads} (which
 * writes them anew without their metadata, since they are served to the public once the article is).
 */
@Service
public class NewsService {

    static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;
    static final Uploads.Rule PHOTOS = new Uploads.Rule("photo", MAX_PHOTO_BYTES, Set.of(Uploads.Type.JPEG, Uploads.Type.PNG),
            "news.photo.required", "news.photo.tooLarge", "news.photo.type");
    /** A session's photo taken into a draft: the delegation's own limits; a WebP becomes a JPEG or a PNG. */
    static final Uploads.Rule SESSION_PHOTOS = new Uploads.Rule("photo", 8L * 1024 * 1024,
            Set.of(Uploads.Type.JPEG, Uploads.Type.PNG, Uploads.Type.WEBP), "news.photo.required", "news.photo.tooLarge",
            "news.photo.type");

    private final JdbcClient jdbc;
    private final NewsSites sites;
    private final AuditLog audit;
    private final Clock clock;
    private final FileStore files;
    private final Uploads uploads;
    private final SearchIndex index;

    NewsService(JdbcClient jdbc, NewsSites sites, AuditLog audit, Clock clock, TraodoiProperties properties,
            Uploads uploads, SearchIndex index) {
        this.index = index;
        this.uploads = uploads;
        this.jdbc = jdbc;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.files = new FileStore(properties, "news");
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public java.time.ZoneId zone() {
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

    private static void requireWriter(CurrentUser user) {
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

    /** Adds a JPEG or PNG photo with its caption. */
    @Transactional
    public void addPhoto(CurrentUser user, long id, Upload photo, @Nullable String caption) {
        requireWriter(user);
        get(user, id);
        Uploads.Checked image = uploads.check(PHOTOS, photo);
        storePhoto(id, image, blank(caption));
        audit.record("NEWS_PHOTO_ADDED", "news_article", id, caption, null,
                image.contentType() + ", " + image.bytes().length + " B");
        index.refresh(SearchKind.ARTICLE, id);
    }

    /**
     * A session's photo taken into a draft, checked like an upload (one stored before that check existed may carry its
     * EXIF or be broken); false, and the photo left out, when the check refuses it.
     */
    boolean storeSessionPhoto(long articleId, Upload photo, @Nullable String caption) {
        Uploads.Checked image;
        try {
            image = uploads.check(SESSION_PHOTOS, photo);
        } catch (InvalidInputException e) {
            return false;
        }
        storePhoto(articleId, image, caption);
        return true;
    }

    private void storePhoto(long articleId, Uploads.Checked image, @Nullable String caption) {
        jdbc.sql("""
                        INSERT INTO news_photos (article_id, position, storage_name, content_type, size_bytes, caption)
                        VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM news_photos WHERE article_id = ?), ?, ?, ?, ?)""")
                .params(articleId, articleId, files.save(image.bytes()), image.contentType(), image.bytes().length, caption)
                .update();
    }

    @Transactional
    public void removePhoto(CurrentUser user, long id, long photoId) {
        requireWriter(user);
        NewsArticle a = get(user, id);
        NewsArticle.Photo p = a.photos().stream().filter(x -> x.id() == photoId).findFirst()
                .orElseThrow(() -> new NotFoundException("photo", photoId));
        if (jdbc.sql("DELETE FROM news_photos WHERE id = ? AND article_id = ?").params(photoId, id).update() != 1) {
            throw new NotFoundException("photo", photoId);
        }
        audit.record("NEWS_PHOTO_REMOVED", "news_article", id, p.caption(), p, null);
        index.refresh(SearchKind.ARTICLE, id);
    }

    /** A stored photo's file and type, for the article's pages. */
    public java.nio.file.Path photoPath(long articleId, long photoId) {
        String storage = jdbc.sql("SELECT storage_name FROM news_photos WHERE id = ? AND article_id = ?")
                .params(photoId, articleId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("photo", photoId));
        return files.path(storage);
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
        java.util.Map<Long, List<NewsArticle.Photo>> photos = new java.util.HashMap<>();
        jdbc.sql("SELECT * FROM news_photos WHERE article_id = ANY (?) ORDER BY position, id").param(array)
                .query((rs, n) -> photos.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                        .add(new NewsArticle.Photo(rs.getLong("id"), rs.getInt("position"), rs.getString("content_type"),
                                rs.getLong("size_bytes"), rs.getString("caption"))))
                .list();
        java.util.Map<Long, NewsArticle> byId = new java.util.HashMap<>();
        jdbc.sql("SELECT * FROM news_articles WHERE id = ANY (?)").param(array)
                .query((rs, n) -> map(rs, photos.getOrDefault(rs.getLong("id"), List.of())))
                .list().forEach(a -> byId.put(a.id(), a));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    static NewsArticle map(java.sql.ResultSet rs, List<NewsArticle.Photo> photos) throws java.sql.SQLException {
        return new NewsArticle(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("slug"),
                (Long) rs.getObject("category_id"), rs.getString("title"), rs.getString("lead"), rs.getString("body_html"),
                rs.getString("author"), rs.getString("source"), NewsArticle.Status.valueOf(rs.getString("status")),
                rs.getObject("publish_at", OffsetDateTime.class), rs.getObject("first_published_at", OffsetDateTime.class),
                (Long) rs.getObject("delegation_id"), (Long) rs.getObject("stop_id"), (Long) rs.getObject("workshop_id"),
                rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class), photos);
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
