package vn.traodoi.news;

import java.util.List;
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
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.text.VietnameseText;

/**
 * An organization's portal on traodoi: its address ({@code /tin/ubnd-tp-ho-chi-minh}), made from its short name the first
 * time it is needed, and its categories, "Tin chuyên ngành" and "Thông tin hoạt động" to begin with, which editors edit.
 */
@Service
class NewsSites {

    public record Site(long organizationId, String slug, String title) {
    }

    public record Category(long id, long organizationId, String slug, String name, int position) {
    }

    static final List<String> DEFAULT_CATEGORIES = List.of("Tin chuyên ngành", "Thông tin hoạt động");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    NewsSites(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The organization's site, created with its default categories the first time. */
    @Transactional
    public Site site(long organizationId) {
        Optional<Site> site = find(organizationId);
        if (site.isPresent()) {
            return site.get();
        }
        var org = jdbc.sql("SELECT name, short_name FROM organizations WHERE id = ?").param(organizationId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        String base = Slugs.of(org[1] != null ? org[1] : org[0]);
        String slug = base;
        for (int i = 2; jdbc.sql("SELECT EXISTS (SELECT 1 FROM news_sites WHERE slug = ?)").param(slug)
                .query(Boolean.class).single(); i++) {
            slug = base + "-" + i;
        }
        jdbc.sql("INSERT INTO news_sites (organization_id, slug, title) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(organizationId, slug, org[0]).update();
        int position = 0;
        for (String name : DEFAULT_CATEGORIES) {
            jdbc.sql("""
                            INSERT INTO news_categories (organization_id, slug, name, position) VALUES (?, ?, ?, ?)
                            ON CONFLICT DO NOTHING""").params(organizationId, Slugs.of(name), name, ++position).update();
        }
        return find(organizationId).orElseThrow();
    }

    public Optional<Site> find(long organizationId) {
        return jdbc.sql("SELECT * FROM news_sites WHERE organization_id = ?").param(organizationId)
                .query((rs, n) -> new Site(rs.getLong("organization_id"), rs.getString("slug"), rs.getString("title")))
                .optional();
    }

    public Optional<Site> bySlug(String slug) {
        return jdbc.sql("SELECT * FROM news_sites WHERE slug = ?").param(slug)
                .query((rs, n) -> new Site(rs.getLong("organization_id"), rs.getString("slug"), rs.getString("title")))
                .optional();
    }

    private boolean slugTaken(long organizationId, String slug) {
        return categories(organizationId).stream().anyMatch(c -> c.slug().equals(slug));
    }

    public List<Category> categories(long organizationId) {
        return jdbc.sql("SELECT * FROM news_categories WHERE organization_id = ? ORDER BY position, id").param(organizationId)
                .query((rs, n) -> new Category(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("slug"),
                        rs.getString("name"), rs.getInt("position")))
                .list();
    }

    public Optional<Category> category(long organizationId, @Nullable Long id) {
        return id == null ? Optional.empty() : categories(organizationId).stream().filter(c -> c.id() == id).findFirst();
    }

    /** Adds a category, or renames one ({@code id} given); editors only. */
    @Transactional
    public void saveCategory(CurrentUser user, @Nullable Long id, @Nullable String name) {
        if (!user.has(Role.EDITOR)) {
            throw new AccessDeniedException("editors keep the categories");
        }
        site(user.orgId());
        String text = name == null ? "" : VietnameseText.normalize(name);
        if (text.isEmpty()) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (text.length() > 100) {
            throw new InvalidInputException("name", "validation.tooLong");
        }
        if (categories(user.orgId()).stream().anyMatch(c -> !Objects.equals(c.id(), id)
                && VietnameseText.equalsFolded(c.name(), text))) {
            throw new InvalidInputException("name", "news.category.taken");
        }
        if (id == null) {
            String slug = Slugs.of(text);
            for (int i = 2; slugTaken(user.orgId(), slug); i++) {
                slug = Slugs.of(text) + "-" + i;
            }
            long created = jdbc.sql("""
                            INSERT INTO news_categories (organization_id, slug, name, position)
                            VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM news_categories WHERE organization_id = ?))
                            RETURNING id""").params(user.orgId(), slug, text, user.orgId()).query(Long.class).single();
            audit.record("NEWS_CATEGORY_CREATED", "news_category", created, text, null, text);
        } else {
            Category before = category(user.orgId(), id).orElseThrow(() -> new NotFoundException("category", id));
            if (jdbc.sql("UPDATE news_categories SET name = ? WHERE id = ? AND organization_id = ?")
                    .params(text, id, user.orgId()).update() != 1) {
                throw new NotFoundException("category", id);
            }
            audit.record("NEWS_CATEGORY_RENAMED", "news_category", id, text, before.name(), text);
        }
    }
}
