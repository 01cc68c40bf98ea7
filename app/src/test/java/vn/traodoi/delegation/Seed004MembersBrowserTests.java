package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.BrowserTest;
import vn.traodoi.Events;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * Seed 004 in the browser, the way its members report: the delegation of the Sở Nội vụ TP.HCM to Hà Nội and Quảng
 * Ninh in December 2022 had members from the Ban Dân vận Thành ủy and the Ủy ban Mặt trận Tổ quốc. The Ban Dân vận
 * files its report with its own account; the Mặt trận has none, so the secretary sends a personal link, which its
 * representative opens signed out. The secretary compiles, another leader approves, and each member's 2023 proposal
 * becomes a task, overdue today. The demo records are put back as the demo data gives them afterwards.
 */
class Seed004MembersBrowserTests extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    Delegations delegations;

    @Autowired
    TransactionTemplate transactions;

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }

    @AfterEach
    void loadTheDemoRecordAgain() {
        DemoRecords.reload(jdbc, delegations, demo, transactions, List.of("seed-004-a"));
    }

    @Test
    void membersOfTwoOtherBodiesReportOneWithoutAnAccountAndEveryProposalBecomesATask() {
        transactions.executeWithoutResult(status -> demo.load());
        long id = delegations.delegationOfDemoKey("seed-004-a").orElseThrow();
        String title = jdbc.sql("SELECT title FROM delegations WHERE id = ?").param(id).query(String.class).single();
        long snv = org("Sở Nội vụ Thành phố Hồ Chí Minh");
        CurrentUser secretary = users.user(snv, Role.ORGANIZER);
        CurrentUser leader = users.user(snv, Role.APPROVER);
        CurrentUser board = users.user(org("Ban Dân vận Thành ủy Thành phố Hồ Chí Minh"), Role.ORGANIZER);
        long front = jdbc.sql("""
                        SELECT id FROM delegation_members WHERE delegation_id = ? AND group_description LIKE 'Đại diện Ủy ban Mặt trận%'""")
                .param(id).query(Long.class).single();

        // The Ban Dân vận finds the report it owes on its home page and files it with its own account.
        signIn(board.username(), TestUsers.PASSWORD);
        waitFor(By.id("todo-reports")).findElement(By.partialLinkText(title.substring(0, 30))).click();
        waitForPage();
        type("learned", "Hà Nội tổ chức đối thoại định kỳ giữa người đứng đầu chính quyền và Nhân dân");
        type("proposals", "Tổ chức đối thoại định kỳ với Nhân dân | Ban Dân vận Thành ủy Thành phố Hồ Chí Minh | 6/2023");
        click("file-report");
        assertThat(waitFor(By.id("member-reports")).getText()).contains("Đại diện lãnh đạo Ban Dân vận Thành ủy")
                .contains("Đã nộp");

        // The Mặt trận has no account: the secretary makes it a personal link.
        signInAs(secretary.username(), TestUsers.PASSWORD);
        open("/delegations/" + id + "/reports");
        click(By.cssSelector("#link-" + front + " summary"));
        type("holder-" + front, "Nguyễn Thị Mặt Trận");
        click("send-link-" + front);
        String link = waitFor(By.id("new-link-url")).getAttribute("value");
        assertThat(link).contains("/bao-cao/bc_");

        browser.manage().deleteAllCookies();
        open(link.substring(link.indexOf("/bao-cao/")));
        assertThat(waitFor(By.id("link-member")).getText())
                .isEqualTo("Thành viên: Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố");
        type("learned", "Quảng Ninh phát huy vai trò giám sát của Mặt trận đối với bộ phận một cửa");
        type("proposals", "Giám sát bộ phận một cửa các cấp | Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh | 12/2023");
        click("file-report");
        assertThat(waitFor(By.id("report-filed")).getText()).contains("Đã nhận báo cáo");

        // The secretary compiles and submits; another leader approves.
        signInAs(secretary.username(), TestUsers.PASSWORD);
        open("/delegations/" + id + "/reports");
        click("compile");
        assertThat(waitFor(By.id("proposals-trip")).getAttribute("value"))
                .contains("Tổ chức đối thoại định kỳ với Nhân dân").contains("Giám sát bộ phận một cửa các cấp");
        click("submit-trip");
        signInAs(leader.username(), TestUsers.PASSWORD);
        open("/delegations/" + id + "/reports");
        click("approve-trip");
        assertThat(waitFor(By.id("trip-status")).getText()).isNotBlank();
        Events.settle(jdbc);

        open("/tasks?status=OVERDUE");
        String overdue = waitFor(By.id("tasks")).getText();
        assertThat(overdue).contains("Tổ chức đối thoại định kỳ với Nhân dân").contains("tháng 6/2023")
                .contains("Giám sát bộ phận một cửa các cấp").contains("tháng 12/2023");
        assertThat(jdbc.sql("SELECT count(*) FROM follow_up_tasks WHERE delegation_id = ?").param(id)
                .query(Long.class).single()).as("every proposal a task").isEqualTo(2);
        open("/delegations/" + id + "/reports");
        waitFor(By.id("member-reports"));
        assertThat(browser.findElements(By.id("leftovers"))).as("nothing of this trip left over").isEmpty();
        List<String> sources = jdbc.sql("SELECT source FROM follow_up_tasks WHERE delegation_id = ? ORDER BY id")
                .param(id).query(String.class).list();
        assertThat(sources).anyMatch(s -> s.contains("Đại diện lãnh đạo Ban Dân vận Thành ủy"))
                .anyMatch(s -> s.contains("Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố"));
    }
}
