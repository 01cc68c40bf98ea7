package vn.traodoi.notice;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.system.DemoDataRemoval;

/**
 * The demo data is removed: the notices about its records go too (last, once every module has said which pages are
 * gone), so that no notice links to a page that answers "không tìm thấy".
 */
@Component
class GoneNotices {

    private final JdbcClient jdbc;

    GoneNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(60)
    void on(DemoDataRemoval removal) {
        if (removal.links().isEmpty()) {
            return;
        }
        int removed = jdbc.sql("""
                        DELETE FROM notices n USING unnest(CAST(? AS text[])) AS gone (link)
                        WHERE n.link = gone.link OR starts_with(n.link, gone.link || '/')
                           OR starts_with(n.link, gone.link || '?') OR starts_with(n.link, gone.link || '#')""")
                .param(removal.links().toArray(String[]::new)).update();
        removal.removed("demo.removed.notices", removed);
    }
}
