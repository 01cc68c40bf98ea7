package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.BrowserTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * A trip that took place in December 2022, entered in 2026: the organizer records it as held, then enters the task
 * its leader gave on 15/12/2022 with a deadline of 30/06/2023, which shows overdue until it is marked done with its
 * evidence.
 */
class PastTripBrowserTests extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTripOf2022IsRecordedAsHeldWithIts2023Task() {
        long org = jdbc.sql("SELECT id FROM organizations WHERE name = 'Sở Nội vụ tỉnh Tuyên Quang'").query(Long.class)
                .single();
        CurrentUser organizer = users.user(org, Role.ORGANIZER);
        signIn(organizer.username(), TestUsers.PASSWORD);
        click("menu-outgoing");
        click("new-delegation");
        choose("kind", "Đoàn nghiên cứu, học tập kinh nghiệm");
        type("title", "Đoàn học tập mô hình một cửa năm 2022");
        type("startDate", "05/12/2022");
        type("endDate", "07/12/2022");
        click("save");
        assertThat(waitFor(By.id("delegation-status")).getText()).isEqualTo("Dự thảo");
        click("tab-programme");
        choose("hostOrganizationId", "Sở Nội vụ Thành phố Hồ Chí Minh");
        type("startDate", "05/12/2022");
        type("endDate", "07/12/2022");
        click("add-stop");
        type("reason-RECORD_HELD", "Theo Kế hoạch số 25/KH-SNV ngày 10/11/2022");
        click("action-RECORD_HELD");
        assertThat(waitFor(By.id("delegation-status")).getText()).isEqualTo("Đã kết thúc");
        click("tab-history");
        assertThat(waitFor(By.id("timeline")).getText()).contains("Ghi nhận chuyến đã diễn ra")
                .contains("Theo Kế hoạch số 25/KH-SNV ngày 10/11/2022");

        click("delegation-tasks");
        click("new-task");
        type("task", "Báo cáo kết quả áp dụng mô hình một cửa");
        choose("assigneeIds", "Sở Nội vụ tỉnh Tuyên Quang");
        choose("deadlineKind", "Một ngày (dd/mm/yyyy)");
        type("deadline", "30/06/2023");
        click("save-task");
        assertThat(waitFor(By.id("deadline-error")).getText()).isEqualTo("Thời hạn không được trước ngày giao nhiệm vụ.");
        type("givenOn", "15/12/2022");
        click("save-task");
        assertThat(waitFor(By.id("task-given-on")).getText()).isEqualTo("15/12/2022");
        assertThat(browser.findElement(By.id("task-status")).getText()).contains("Quá hạn");

        choose("status", "Hoàn thành");
        type("evidence", "Báo cáo số 45/BC-SNV ngày 28/06/2023");
        click("update-task");
        assertThat(waitFor(By.id("task-status")).getText()).contains("Hoàn thành");
    }
}
