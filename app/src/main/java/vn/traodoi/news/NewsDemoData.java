package vn.traodoi.news;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.account.AccountService;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.DelegationFacts;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.system.DemoDataRemoval;
import vn.traodoi.system.DemoDataRequested;
import vn.traodoi.system.FileStore;
import vn.traodoi.system.TraodoiProperties;

/**
 * With the demo data: seed 000 back on the portal it came from — Hồ Chí Minh City's People's Committee publishes the
 * article drafted from the delegation record ({@code /tin/ubnd-tp-hcm}), once, as its demo editor.
 */
@Component
class NewsDemoData {

    private static final Logger log = LoggerFactory.getLogger(NewsDemoData.class);
    static final String EDITOR = "demo.ubnd.hcm";

    private final TraodoiProperties properties;
    private final ArticleDrafts drafts;
    private final NewsService news;
    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DelegationFacts delegations;
    private final SearchIndex index;
    private final AuditLog audit;
    private final FileStore photos;

    NewsDemoData(TraodoiProperties properties, ArticleDrafts drafts, NewsService news, AccountService accounts,
            JdbcClient jdbc, TransactionTemplate transactions, DelegationFacts delegations, SearchIndex index,
            AuditLog audit) {
        this.index = index;
        this.audit = audit;
        this.photos = NewsPhotos.store(properties);
        this.delegations = delegations;
        this.properties = properties;
        this.drafts = drafts;
        this.news = news;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** On the first run, an administrator asked for the demo data: this after the delegations. */
    @EventListener(DemoDataRequested.class)
    @Order(30)
    void onRequest() {
        load();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void loadIfEnabled() {
        if (properties.demo().enabled()) {
            transactions.executeWithoutResult(status -> load());
        }
    }

    /** Publishes the seed 000 article unless an article was already written from that delegation. */
    void load() {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(727005)").query(Integer.class).list();
        Long delegation = delegations.demoRecord("seed-000").orElse(null);
        if (delegation == null || Boolean.TRUE.equals(jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM news_articles WHERE delegation_id = ?)").param(delegation).query(Boolean.class).single())) {
            return;
        }
        CurrentUser editor;
        try {
            editor = accounts.loadUserByUsername(EDITOR);
        } catch (RuntimeException e) {
            return;
        }
        if (!editor.has(Role.EDITOR)) {
            return;
        }
        long id = drafts.fromDelegation(editor, delegation, null);
        news.step(editor, id, "PUBLISH", news.get(editor, id).version());
        log.info("Demo data: the article of seed 000 published on the portal of {}", editor.organizationName());
    }

    /**
     * The demo data is removed: first the articles written from its delegations or its workshop (with their photos),
     * before the records they came from. Each removal is audited with the article as it was.
     */
    @EventListener
    @Order(10)
    void on(DemoDataRemoval removal) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(727005)").query(Integer.class).list();
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM news_articles WHERE delegation_id = ANY (?) OR workshop_id = ANY (?)
                        ORDER BY id""")
                .params(removal.delegationIds(), removal.workshopIds()).query(Long.class).list();
        if (ids.isEmpty()) {
            return;
        }
        Long[] array = ids.toArray(Long[]::new);
        List<String> files = jdbc.sql("SELECT storage_name FROM news_photos WHERE article_id = ANY (?)").param(array)
                .query(String.class).list();
        for (long id : ids) {
            NewsArticle before = news.find(id).orElseThrow();
            audit.record("NEWS_ARTICLE_REMOVED", "news_article", id, before.title(), before, null);
        }
        jdbc.sql("DELETE FROM news_articles WHERE id = ANY (?)").param(array).update();
        index.refresh(SearchKind.ARTICLE, ids);
        photos.deleteAfterCommit(files);
        removal.removed("demo.removed.articles", ids.size());
        removal.linksGone("/news/", ids);
        log.info("Demo data removed: {} news articles", ids.size());
    }
}
