package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.BrowserTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * The record as an official reads it: a session typed with its place and hours shows them beside its host on the
 * programme, and the general tab gives the topics of every session, saying which; seed 001 and seed 004-c read right.
 */
class RecordBrowserTests extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }

    /** A look at the page as the user sees it, with {@code focus} scrolled to the middle of the window. */
    void screenshot(String name, By focus) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                browser.findElement(focus));
        try {
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSessionTypedWithPlaceAndHoursReadsWithItsHostOnTheProgrammeAndItsTopicsOnTheGeneralTab() {
        CurrentUser organizer = users.user(org("Sở Nội vụ tỉnh Tuyên Quang"), Role.ORGANIZER);
        signIn(organizer.username(), TestUsers.PASSWORD);
        click("menu-outgoing");
        click("new-delegation");
        choose("kind", "Đoàn nghiên cứu, học tập kinh nghiệm");
        type("title", "Đoàn học tập có giờ làm việc");
        type("startDate", "21/07/2022");
        type("endDate", "22/07/2022");
        click("save");
        waitFor(By.id("delegation-status"));
        click("tab-programme");
        choose("hostOrganizationId", "Sở Nội vụ Thành phố Hồ Chí Minh");
        type("startDate", "21/07/2022");
        type("endDate", "22/07/2022");
        click("add-stop");

        type("date", "22/07/2022");
        choose("partOfDay", "Sáng");
        type("startTime", "11:30");
        type("endTime", "08:00");
        choose("kind", "Buổi làm việc");
        type("placeText", "Hội trường Sở Nội vụ, 68 Lê Thánh Tôn");
        type("topics", "Xây dựng chính quyền điện tử\nCải cách thủ tục hành chính");
        click("add-session");
        waitForText(By.id("session-form"), "Giờ kết thúc phải sau giờ bắt đầu.");
        screenshot("record-session-form-error", By.id("endTime"));
        assertThat(browser.findElement(By.id("placeText")).getAttribute("value")).isEqualTo("Hội trường Sở Nội vụ, 68 Lê Thánh Tôn");
        type("startTime", "08:00");
        type("endTime", "11:30");
        click("add-session");
        waitForText(By.id("programme"), "08:00–11:30");

        String programme = waitFor(By.id("programme")).getText();
        assertThat(programme).contains("Sáng 22/07/2022, 08:00–11:30 — Buổi làm việc")
                .contains("Đơn vị tiếp đón: Sở Nội vụ Thành phố Hồ Chí Minh")
                .contains("Địa điểm: Hội trường Sở Nội vụ, 68 Lê Thánh Tôn");
        screenshot("record-programme", By.id("programme"));

        click("tab-general");
        String general = waitFor(By.id("general")).getText();
        assertThat(general).doesNotContain("Chưa có nội dung làm việc")
                .contains("Tại buổi Sáng 22/07/2022, 08:00–11:30 — Buổi làm việc, Sở Nội vụ Thành phố Hồ Chí Minh:")
                .contains("Xây dựng chính quyền điện tử").contains("Cải cách thủ tục hành chính");
        screenshot("record-general", By.id("session-topics"));
        browser.findElement(By.cssSelector("#session-topics a")).click();
        waitForPage();
        assertThat(waitFor(By.id("programme")).getText()).contains("08:00–11:30");
    }

    @Test
    void seedRecordsNameTheirHostsTopicsUnitsAndUnnamedMembers() {
        long seed001 = DemoSeeds.delegation(context, "seed-001");
        long seed004 = DemoSeeds.delegation(context, "seed-004-c");
        CurrentUser tuyenQuang = users.user(org("Sở Nội vụ tỉnh Tuyên Quang"), Role.ORGANIZER);
        signIn(tuyenQuang.username(), TestUsers.PASSWORD);
        open("/delegations/" + seed001);
        String general = waitFor(By.id("general")).getText();
        assertThat(general).doesNotContain("Chưa có nội dung làm việc")
                .contains("Tại buổi 22/07/2022 — Buổi làm việc, Sở Nội vụ Thành phố Hồ Chí Minh:")
                .contains("Xây dựng chính quyền điện tử");
        screenshot("seed-001-general", By.id("session-topics"));
        click("tab-programme");
        String programme = waitFor(By.id("programme")).getText();
        assertThat(programme).contains("22/07/2022 — Buổi làm việc")
                .contains("Đơn vị tiếp đón: Sở Nội vụ Thành phố Hồ Chí Minh");
        screenshot("seed-001-programme", By.cssSelector(".session-host"));

        CurrentUser hcmc = users.user(org("Sở Nội vụ Thành phố Hồ Chí Minh"), Role.ORGANIZER);
        signInAs(hcmc.username(), TestUsers.PASSWORD);
        open("/delegations/" + seed004);
        assertThat(waitFor(By.id("general")).getText()).contains("Thư ký đoàn: (chưa rõ tên)").contains("tháng 12/2022");
        screenshot("seed-004c-general", By.id("general"));
        click("tab-members");
        assertThat(waitFor(By.id("member-table")).getText()).contains("Thư ký đoàn chưa rõ tên");
        screenshot("seed-004c-members", By.cssSelector(".member-unnamed"));
        click("tab-programme");
        assertThat(waitFor(By.id("programme")).getText()).contains("Tỉnh Thừa Thiên Huế (nay là Thành phố Huế)");
        screenshot("seed-004c-programme", By.cssSelector(".unit-today"));
        open("/delegations/outgoing?q=PAPI");
        assertThat(waitFor(By.id("delegations")).getText()).contains("tháng 12/2022")
                .contains("(nay là Thành phố Đà Nẵng, Thành phố Huế)");
        assertThat(browser.findElement(By.id("export-xlsx")).getAttribute("href")).contains("/delegations/outgoing/export.xlsx")
                .contains("q=PAPI");
        screenshot("outgoing-list", By.id("export-xlsx"));
    }
}
