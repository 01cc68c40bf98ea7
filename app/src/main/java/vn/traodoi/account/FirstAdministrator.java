package vn.traodoi.account;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.system.TraodoiProperties;

/**
 * At the first start, creates the user {@code admin} with the password from {@code TRAODOI_ADMIN_PASSWORD},
 * or a generated one printed once in the log. There is no default password; a configured one that the
 * password policy refuses stops the start with the reason ({@link ConfiguredPasswordRefusedException}).
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final TraodoiProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    FirstAdministrator(AccountService accounts, TraodoiProperties properties, JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> createIfMissing());
    }

    private void createIfMissing() {
        // Two nodes starting together: the transaction's advisory lock lets one of them create the administrator.
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(727001)").query(Integer.class).list();
        if (accounts.anyAdministrator()) {
            return;
        }
        long systemOrganization = jdbc.sql("SELECT id FROM organizations WHERE kind = 'HE_THONG' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        String configured = properties.admin().password();
        boolean generated = configured == null || configured.isBlank();
        if (!generated) {
            accounts.checkConfiguredPassword("TRAODOI_ADMIN_PASSWORD", configured, List.of("admin"));
        }
        String password = generated ? AccountService.generatePassword() : configured;
        accounts.createFirstAdministrator(systemOrganization, password);
        if (generated) {
            log.warn("""

                    ============================================================
                     Tài khoản quản trị đầu tiên / First administrator
                       tên đăng nhập / username : admin
                       mật khẩu / password      : {}
                     Mật khẩu chỉ in ra một lần này; hãy đổi sau khi đăng nhập.
                     This password is printed only this once; change it after signing in.
                    ============================================================""", password);
        } else {
            log.info("First administrator 'admin' created with the password from TRAODOI_ADMIN_PASSWORD");
        }
    }
}
