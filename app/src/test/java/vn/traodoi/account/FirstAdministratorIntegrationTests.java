package vn.traodoi.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.IntegrationTest;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorIntegrationTests {

    @Autowired
    FirstAdministrator firstAdministrator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsTheAdministratorOnceAndNeverPrintsAPasswordAgain(CapturedOutput output) {
        firstAdministrator.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE username = 'admin'").query(Long.class).single()).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain("mật khẩu / password");
        assertThat(jdbc.sql("""
                        SELECT o.kind FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.username = 'admin'""")
                .query(String.class).single()).isEqualTo("HE_THONG");
    }

    @Test
    void generatesLongPasswordsFromAnUnambiguousAlphabet() {
        String a = AccountService.generatePassword();
        String b = AccountService.generatePassword();
        assertThat(a).hasSize(20).matches("[A-HJ-NP-Za-km-z2-9]+").isNotEqualTo(b);
    }
}
