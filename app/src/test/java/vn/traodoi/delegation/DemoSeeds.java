package vn.traodoi.delegation;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** For tests of other packages: the seed articles' demo delegations, loaded once, by their keys. */
public final class DemoSeeds {

    private DemoSeeds() {
    }

    public static long delegation(ApplicationContext context, String key) {
        context.getBean(TransactionTemplate.class).executeWithoutResult(s -> context.getBean(DemoData.class).load());
        return context.getBean(JdbcClient.class).sql("SELECT id FROM delegations WHERE demo_key = ?").param(key)
                .query(Long.class).single();
    }
}
