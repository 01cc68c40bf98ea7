package vn.traodoi.workshop;

import java.util.Objects;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** For tests of other packages: seed 003's workshop, loaded once. */
public final class WorkshopSeeds {

    private WorkshopSeeds() {
    }

    /** The workshop's id; its holder is Hải Phòng's People's Committee. */
    public static long seed003(ApplicationContext context) {
        Long id = context.getBean(TransactionTemplate.class).execute(s -> context.getBean(WorkshopDemoData.class).load());
        return Objects.requireNonNull(id);
    }
}
