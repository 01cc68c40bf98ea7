package vn.traodoi.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

@IntegrationTest
class TaskRemindersIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    TaskReminders reminders;

    @Autowired
    TaskService tasks;

    @Autowired
    Clock clock;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReminderArrivesOnceBeforeTheDeadlineAndOnceWhenOverdueEvenWithTwoNodesAndRestarts() throws Exception {
        jdbc.sql("DELETE FROM follow_up_tasks WHERE status IN ('OPEN', 'IN_PROGRESS')").update();
        long assigneeOrg = users.organization("Sở Nội vụ nhận nhắc việc");
        CurrentUser boss = users.user(users.organization("UBND giao việc"), Role.APPROVER);
        CurrentUser clerk = users.user(assigneeOrg, Role.ORGANIZER);
        CurrentUser member = users.user(assigneeOrg, Role.MEMBER);
        jdbc.sql("UPDATE users SET email = ? WHERE id = ?").params("chuyenvien@snv.example.vn", clerk.userId()).update();
        jdbc.sql("UPDATE users SET email = ? WHERE id = ?").params("thanhvien@snv.example.vn", member.userId()).update();
        // The notices of the task (assigned, due) go by their own mail every minute; this test counts the reminders.
        jdbc.sql("UPDATE users SET notice_email = 'NONE' WHERE id IN (?, ?)").params(clerk.userId(), member.userId())
                .update();
        LocalDate deadline = LocalDate.now(clock).plusDays(2);
        long id = tasks.create(boss, new TaskForm("Chuẩn bị tài liệu họp Ban Chỉ đạo", List.of(assigneeOrg),
                FollowUpTask.DeadlineKind.DAY, deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                null, null, null, List.of(), null)).id();

        CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(() -> reminders.sendDue(LocalDate.now(clock)));
        CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(() -> reminders.sendDue(LocalDate.now(clock)));
        assertThat(nodeA.get() + nodeB.get()).isEqualTo(1);
        assertThat(reminders.sendDue(LocalDate.now(clock))).as("after a restart").isZero();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("[traodoi] Nhiệm vụ sắp đến hạn: Chuẩn bị tài liệu họp Ban Chỉ đạo");
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("chuyenvien@snv.example.vn");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();

        assertThat(reminders.sendDue(deadline.plusDays(1))).isEqualTo(1);
        assertThat(reminders.sendDue(deadline.plusDays(2))).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(SMTP.getReceivedMessages()[1].getSubject()).startsWith("[traodoi] Nhiệm vụ quá hạn: ");
        assertThat(jdbc.sql("SELECT count(*) FROM task_reminders WHERE task_id = ?").param(id).query(Long.class).single())
                .isEqualTo(2);
    }
}
