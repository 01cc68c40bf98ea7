package vn.traodoi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.web.util.HtmlUtils;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;

@IntegrationTest
class AuditPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsAnEventWithWhoWhenAndTheStateBeforeAndAfter() throws Exception {
        transactions.executeWithoutResult(s -> audit.record("ORGANIZATION_UPDATED", "organization", 424242,
                "Sở Nội vụ <script>", Map.of("name", "Sở Nội vụ cũ"), Map.of("name", "Sở Nội vụ mới")));
        long id = jdbc.sql("SELECT max(id) FROM audit_events WHERE entity_id = '424242'").query(Long.class).single();

        String list = mvc.perform(get("/admin/audit").param("entityType", "organization").param("entityId", "424242")
                        .with(user(users.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Sở Nội vụ &lt;script&gt;").doesNotContain("<script>");
        assertThat(HtmlUtils.htmlUnescape(list)).contains("Sửa cơ quan, đơn vị");

        String page = mvc.perform(get("/admin/audit/{id}", id).with(user(users.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Sở Nội vụ cũ").contains("Sở Nội vụ mới").contains("system");
    }

    @Test
    void filtersByDayAndExplainsAnUnknownEvent() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "01/01/2020").param("to", "31/12/2020").with(user(users.admin())))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/audit/{id}", 99999999).with(user(users.admin()))).andExpect(status().isNotFound());
        String bad = mvc.perform(get("/admin/audit").param("from", "hôm qua").with(user(users.admin())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(bad)).contains("Yêu cầu không hợp lệ").doesNotContain("Exception");
    }

    @Test
    void refusesToRecordOutsideATransaction() {
        Assertions.assertThatThrownBy(() -> audit.record("X", "organization", 1, null, null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
