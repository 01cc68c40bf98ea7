package vn.traodoi.news;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.delegation.DemoSeeds;

/** For tests of other packages: the seed 000 article on Hồ Chí Minh City's portal, published once. */
public final class NewsSeeds {

    private NewsSeeds() {
    }

    /** The public path of the seed 000 article, {@code /tin/ubnd-tp-hcm/…}. */
    public static String seed000Article(ApplicationContext context) {
        long delegation = DemoSeeds.delegation(context, "seed-000");
        context.getBean(TransactionTemplate.class).executeWithoutResult(s -> context.getBean(NewsDemoData.class).load());
        return articlePath(context.getBean(JdbcClient.class), delegation);
    }

    static String articlePath(JdbcClient jdbc, long delegation) {
        return jdbc.sql("""
                        SELECT '/tin/' || s.slug || '/' || a.slug FROM news_articles a JOIN news_sites s ON s.organization_id = a.organization_id
                        WHERE a.delegation_id = ? AND a.status = 'PUBLISHED' ORDER BY a.id LIMIT 1""")
                .param(delegation).query(String.class).single();
    }
}
