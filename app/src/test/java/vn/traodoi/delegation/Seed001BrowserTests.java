package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.BrowserTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * Seed 001 through the pages, as the two sides would do it: Tuyên Quang plans and submits, its leader approves, the
 * plan goes to Sở Nội vụ TP.HCM, whose coordinator confirms and adds the 22/07 working session with the five named
 * officials; both sides then read the same record.
 */
class Seed001BrowserTests extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }

    @Test
    void tuyenQuangPlansHcmcHostsAndBothSeeTheSameRecord() {
        CurrentUser organizer = users.user(org("Sở Nội vụ tỉnh Tuyên Quang"), Role.ORGANIZER);
        CurrentUser approver = users.user(org("Sở Nội vụ tỉnh Tuyên Quang"), Role.APPROVER);
        CurrentUser host = users.user(org("Sở Nội vụ Thành phố Hồ Chí Minh"), Role.ORGANIZER);

        signIn(organizer.username(), TestUsers.PASSWORD);
        click("menu-outgoing");
        click("new-delegation");
        choose("kind", "Đoàn nghiên cứu, học tập kinh nghiệm");
        type("title", "Đoàn nghiên cứu, học tập thực tế tỉnh Tuyên Quang");
        type("startDate", "21/07/2022");
        type("endDate", "22/07/2022");
        type("declaredMemberCount", "57");
        click("save");
        assertThat(waitFor(By.id("delegation-status")).getText()).isEqualTo("Dự thảo");
        String record = browser.getCurrentUrl().replaceAll("\\?.*", "");

        click("tab-documents");
        choose("type", "Công văn");
        type("numberSymbol", "683/SNV-CCVC");
        type("receivedOn", "15/07/2022");
        choose("issuerId", "Sở Nội vụ tỉnh Tuyên Quang");
        click("add-document");
        assertThat(waitFor(By.id("document-table")).getText()).contains("683/SNV-CCVC").doesNotContain("không theo mẫu");

        click("tab-members");
        choose("role", "Trưởng đoàn");
        type("newPerson", "ông Tạ Văn Dũng, Chánh Văn phòng UBND tỉnh");
        click("add-member");
        choose("role", "Phó Trưởng đoàn");
        type("newPerson", "bà Nguyễn Thị Thược, Giám đốc Sở Tư pháp");
        click("add-member");
        choose("role", "Chuyên gia");
        type("group", "01 chuyên gia người Hàn Quốc");
        click("add-member");
        assertThat(waitFor(By.id("member-count")).getText()).isEqualTo("Đoàn gồm 57 người, trong đó 2 người được nêu tên.");

        click("tab-programme");
        choose("hostOrganizationId", "Sở Nội vụ Thành phố Hồ Chí Minh");
        type("startDate", "21/07/2022");
        type("endDate", "22/07/2022");
        click("add-stop");
        for (String visited : new String[] {"Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh", "Ủy ban nhân dân Quận 1",
                "Ủy ban nhân dân Quận 10"}) {
            type("date", "21/07/2022");
            choose("kind", "Khảo sát, tìm hiểu thực tế");
            choose("visitedOrganizationId", visited);
            click("add-session");
        }
        assertThat(browser.findElement(By.id("programme")).getText()).contains("Ủy ban nhân dân Quận 10");
        click("action-SUBMIT");
        assertThat(waitFor(By.id("delegation-status")).getText()).isEqualTo("Chờ duyệt");

        signInAs(approver.username(), TestUsers.PASSWORD);
        // Việc cần làm is the home page: the plan is there, and approving takes two clicks.
        waitFor(By.id("todo-approvals")).findElement(By.linkText("Đoàn nghiên cứu, học tập thực tế tỉnh Tuyên Quang")).click();
        waitForPage();
        click("action-APPROVE");
        assertThat(waitFor(By.id("delegation-status")).getText()).isEqualTo("Đã duyệt");

        signInAs(organizer.username(), TestUsers.PASSWORD);
        open(record.replace("http://localhost:" + port, ""));
        click("action-REQUEST_HOSTS");
        assertThat(waitFor(By.id("delegation-status")).getText()).isEqualTo("Đã gửi đơn vị tiếp đón");

        signInAs(host.username(), TestUsers.PASSWORD);
        assertThat(waitFor(By.id("todo-host-requests")).getText()).contains("Đoàn nghiên cứu, học tập thực tế tỉnh Tuyên Quang");
        click("menu-incoming");
        browser.findElement(By.linkText("Đoàn nghiên cứu, học tập thực tế tỉnh Tuyên Quang")).click();
        waitForPage();
        click("tab-programme");
        long stop = jdbc.sql("""
                        SELECT s.id FROM delegation_stops s JOIN delegations d ON d.id = s.delegation_id
                        WHERE d.created_by = ?""").param(organizer.userId()).query(Long.class).single();
        click("confirm-" + stop);
        assertThat(waitFor(By.id("delegation-status")).getText()).isEqualTo("Đơn vị tiếp đón đã xác nhận");
        click("tab-programme");
        type("date", "22/07/2022");
        choose("kind", "Buổi làm việc");
        type("topics", "Trao đổi kết quả, kinh nghiệm cải cách hành chính, chuyển đổi số các lĩnh vực\n"
                + "Xây dựng chính quyền điện tử");
        type("attendees", String.join("\n", DemoData.SEED_001_HOST_OFFICIALS));
        click("add-session");
        String hostView = waitFor(By.id("programme")).getText();
        assertThat(hostView).contains("22/07/2022 — Buổi làm việc").contains("Bên tiếp đón")
                .contains("Đặng Quốc Toàn, Chánh Văn phòng UBND Thành phố")
                .contains("Nguyễn Duy Tân, Phó Giám đốc Sở Nội vụ kiêm Trưởng Ban Tôn giáo");
        click("tab-members");
        assertThat(waitFor(By.id("member-table")).getText()).contains("Tạ Văn Dũng").contains("01 chuyên gia người Hàn Quốc");

        // The organizer is told: the bell counts the notice, which leads to the programme.
        signInAs(organizer.username(), TestUsers.PASSWORD);
        assertThat(Integer.parseInt(waitFor(By.id("notice-count")).getText())).isGreaterThanOrEqualTo(2);
        click("notice-bell");
        WebElement confirmed = waitFor(By.id("notices")).findElements(By.cssSelector(".notice-unread .notice-open"))
                .stream().filter(n -> n.getText().contains("xác nhận tiếp đoàn")).findFirst().orElseThrow();
        assertThat(confirmed.getText()).isEqualTo(
                "Sở Nội vụ Thành phố Hồ Chí Minh xác nhận tiếp đoàn “Đoàn nghiên cứu, học tập thực tế tỉnh Tuyên Quang”.");
        confirmed.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(record + "?tab=programme"));
        waitForPage();
        String guestView = waitFor(By.id("programme")).getText();
        assertThat(guestView).contains("Huỳnh Văn Hạnh, Giám đốc Sở Tư pháp")
                .contains("Ngô Thị Hoàng Các, Phó Giám đốc Sở Nội vụ kiêm Trưởng Ban thi đua - Khen thưởng Thành phố")
                .contains("Nguyễn Thị Hồng Thắm, Phó Giám đốc Sở Nội vụ").contains("Đã xác nhận");
        assertThat(browser.findElement(By.id("delegation-status")).getText()).isEqualTo("Đơn vị tiếp đón đã xác nhận");
        click("tab-history");
        assertThat(waitFor(By.id("timeline")).getText()).contains("Gửi duyệt").contains("Duyệt")
                .contains("Gửi đơn vị tiếp đón").contains("Đơn vị tiếp đón xác nhận").contains(host.username());
    }
}
