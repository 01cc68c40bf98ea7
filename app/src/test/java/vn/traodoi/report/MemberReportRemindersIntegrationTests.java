package vn.traodoi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/** A member who has not reported is reminded once before the due date and once after, by e-mail and on the home page. */
@IntegrationTest
class MemberReportRemindersIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MemberReportReminders reminders;

    @Autowired
    Clock clock;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    List<MimeMessage> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                Address[] all = m.getAllRecipients();
                return all != null && Arrays.stream(all).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    String home(CurrentUser as) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/").with(user(as))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theMemberIsRemindedOnceBeforeAndOnceAfterTheDueDateUntilTheReportIsFiled() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long org = users.organization("Sở Nội vụ nhắc báo cáo");
        CurrentUser member = users.named(org, "Võ Thị Ngọc Lan", Role.MEMBER);
        CurrentUser colleague = users.user(org, Role.MEMBER);
        jdbc.sql("UPDATE users SET email = ? WHERE id = ?").params("ngoclan@snv.example.vn", member.userId()).update();
        jdbc.sql("UPDATE users SET email = ? WHERE id = ?").params("dongnghiep@snv.example.vn", colleague.userId()).update();
        long id = jdbc.sql("""
                        INSERT INTO delegations (kind, title, organizer_id, status, start_date, end_date, date_precision)
                        VALUES ('STUDY', 'Đoàn học tập kinh nghiệm chuyển đổi số tại Đà Nẵng', ?, 'COMPLETED', ?, ?, 'DAY')
                        RETURNING id""").params(org, today.minusDays(15), today.minusDays(13)).query(Long.class).single();
        long person = jdbc.sql("INSERT INTO persons (full_name) VALUES ('Võ Thị Ngọc Lan') RETURNING id").query(Long.class).single();
        long entry = jdbc.sql("""
                        INSERT INTO delegation_members (delegation_id, position, role, person_id) VALUES (?, 1, 'MEMBER', ?)
                        RETURNING id""").params(id, person).query(Long.class).single();
        mvc.perform(post("/account/person").with(user(member)).with(csrf()).param("personId", "" + person))
                .andExpect(status().is3xxRedirection());
        LocalDate due = today.plusDays(2);

        assertThat(home(member)).contains("Báo cáo thành viên đoàn bạn cần nộp")
                .contains("Đoàn học tập kinh nghiệm chuyển đổi số tại Đà Nẵng")
                .contains("hạn nộp " + due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(home(colleague)).doesNotContain("Đoàn học tập kinh nghiệm chuyển đổi số tại Đà Nẵng");

        CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(() -> reminders.sendDue(today));
        CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(() -> reminders.sendDue(today));
        nodeA.get();
        nodeB.get();
        reminders.sendDue(today);
        assertThat(to("ngoclan@snv.example.vn")).as("two nodes and a restart, one e-mail").singleElement()
                .satisfies(m -> assertThat(m.getSubject())
                        .isEqualTo("[traodoi] Sắp đến hạn nộp báo cáo thành viên đoàn: Đoàn học tập kinh nghiệm chuyển đổi số tại Đà Nẵng"));
        assertThat(to("dongnghiep@snv.example.vn")).isEmpty();

        reminders.sendDue(due.plusDays(1));
        reminders.sendDue(due.plusDays(2));
        assertThat(to("ngoclan@snv.example.vn")).hasSize(2).last()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("[traodoi] Báo cáo thành viên đoàn quá hạn: "));

        mvc.perform(post("/delegations/{id}/reports/members/{m}", id, entry).with(user(member)).with(csrf())
                        .param("learned", "Đà Nẵng vận hành trung tâm giám sát điều hành đô thị thông minh"))
                .andExpect(status().is3xxRedirection());
        assertThat(home(member)).doesNotContain("Báo cáo thành viên đoàn bạn cần nộp");
        jdbc.sql("DELETE FROM member_report_reminders WHERE member_id = ?").param(entry).update();
        reminders.sendDue(due.plusDays(3));
        assertThat(to("ngoclan@snv.example.vn")).as("a filed report is not reminded").hasSize(2);
    }
}
