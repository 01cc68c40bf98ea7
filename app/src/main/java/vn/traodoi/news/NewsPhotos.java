package vn.traodoi.news;

import java.nio.file.Path;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.system.FileStore;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.TraodoiProperties;
import vn.traodoi.system.Upload;
import vn.traodoi.system.Uploads;

/**
 * An article's photos: JPEG or PNG of at most 5 MB with a caption, added and removed by its writers. Every one is
 * accepted by {@link Uploads}, which writes it anew without its metadata, since it is served to the public once the
 * article is.
 */
@Service
class NewsPhotos {

    static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;
    static final Uploads.Rule PHOTOS = new Uploads.Rule("photo", MAX_PHOTO_BYTES, Set.of(Uploads.Type.JPEG, Uploads.Type.PNG),
            "news.photo.required", "news.photo.tooLarge", "news.photo.type");
    /** A session's photo taken into a draft: the delegation's own limits; a WebP becomes a JPEG or a PNG. */
    static final Uploads.Rule SESSION_PHOTOS = new Uploads.Rule("photo", 8L * 1024 * 1024,
            Set.of(Uploads.Type.JPEG, Uploads.Type.PNG, Uploads.Type.WEBP), "news.photo.required", "news.photo.tooLarge",
            "news.photo.type");

    private final JdbcClient jdbc;
    private final NewsService news;
    private final AuditLog audit;
    private final FileStore files;
    private final Uploads uploads;
    private final SearchIndex index;

    /** Where the articles' photos are kept: {@code <data-dir>/files/news}. */
    static FileStore store(TraodoiProperties properties) {
        return new FileStore(properties, "news");
    }

    NewsPhotos(JdbcClient jdbc, NewsService news, AuditLog audit, TraodoiProperties properties, Uploads uploads,
            SearchIndex index) {
        this.jdbc = jdbc;
        this.news = news;
        this.audit = audit;
        this.files = store(properties);
        this.uploads = uploads;
        this.index = index;
    }

    /** Adds a JPEG or PNG photo with its caption. */
    @Transactional
    public void addPhoto(CurrentUser user, long id, Upload photo, @Nullable String caption) {
        NewsService.requireWriter(user);
        news.get(user, id);
        Uploads.Checked image = uploads.check(PHOTOS, photo);
        storePhoto(id, image, NewsService.blank(caption));
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
        NewsService.requireWriter(user);
        NewsArticle a = news.get(user, id);
        NewsArticle.Photo p = a.photos().stream().filter(x -> x.id() == photoId).findFirst()
                .orElseThrow(() -> new NotFoundException("photo", photoId));
        if (jdbc.sql("DELETE FROM news_photos WHERE id = ? AND article_id = ?").params(photoId, id).update() != 1) {
            throw new NotFoundException("photo", photoId);
        }
        audit.record("NEWS_PHOTO_REMOVED", "news_article", id, p.caption(), p, null);
        index.refresh(SearchKind.ARTICLE, id);
    }

    /** A stored photo's file and type, for the article's pages. */
    public Path photoPath(long articleId, long photoId) {
        String storage = jdbc.sql("SELECT storage_name FROM news_photos WHERE id = ? AND article_id = ?")
                .params(photoId, articleId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("photo", photoId));
        return files.path(storage);
    }
}
