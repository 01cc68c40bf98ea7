package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.BrowserTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/** The calendar's month and year pickers: choose August 2022, see its sessions, the month kept in the address. */
class CalendarBrowserTests extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    int version(long id) {
        return jdbc.sql("SELECT version FROM delegations WHERE id = ?").param(id).query(Integer.class).single();
    }

    /** A delegation with a working session on the afternoon of 09/08/2022 at the People's Committee of HCMC. */
    void delegationWithASession(CurrentUser organizer, String title) throws Exception {
        String location = mvc.perform(post("/delegations/new").with(user(organizer)).with(csrf())
                        .param("kind", "SURVEY").param("title", title).param("startDate", "09/08/2022")
                        .param("endDate", "10/08/2022").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long hcm = jdbc.sql("SELECT id FROM organizations WHERE name = 'Ủy ban nhân dân Thành phố Hồ Chí Minh'")
                .query(Long.class).single();
        mvc.perform(post("/delegations/{id}/stops", id).with(user(organizer)).with(csrf())
                .param("hostOrganizationId", "" + hcm).param("startDate", "09/08/2022").param("endDate", "10/08/2022")
                .param("version", "" + version(id))).andExpect(status().is3xxRedirection());
        long stop = jdbc.sql("SELECT id FROM delegation_stops WHERE delegation_id = ?").param(id).query(Long.class).single();
        mvc.perform(post("/delegations/{id}/sessions", id).with(user(organizer)).with(csrf()).param("stopId", "" + stop)
                .param("date", "09/08/2022").param("partOfDay", "AFTERNOON").param("kind", "WORKING_SESSION")
                .param("visitedOrganizationId", "" + hcm).param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void thePickersShowTheChosenMonthAndKeepItInTheAddress() throws Exception {
        // given a delegation of the organization with a session in August 2022
        CurrentUser organizer = users.user(users.organization("Sở Nội vụ tỉnh lịch"), Role.ORGANIZER);
        delegationWithASession(organizer, "Đoàn khảo sát chọn tháng trên lịch");
        signIn(organizer.username(), TestUsers.PASSWORD);

        // when the organizer opens the calendar and picks August 2022
        click("menu-calendar");
        Select month = new Select(waitFor(By.id("pick-month")));
        assertThat(month.getOptions().stream().map(WebElement::getText).toList())
                .isEqualTo(List.of("Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8",
                        "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"));
        month.selectByVisibleText("Tháng 8");
        new Select(waitFor(By.id("pick-year"))).selectByVisibleText("2022");
        click("pick-show");

        // then August 2022 is shown, Monday first, with the session, and the address says which month
        waitForText(By.id("calendar-month"), "tháng 8/2022");
        assertThat(browser.findElement(By.id("calendar-month")).getText()).isEqualTo("Lịch công tác tháng 8/2022");
        assertThat(browser.getCurrentUrl()).contains("month=8").contains("year=2022");
        assertThat(browser.findElement(By.cssSelector("#calendar thead th")).getText()).isEqualTo("Thứ Hai");
        // 01/08/2022 was a Monday: the first cell of the grid
        assertThat(browser.findElement(By.cssSelector("#calendar tbody tr td div")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("calendar")).getText()).contains("Chiều: Đoàn khảo sát chọn tháng trên lịch");
        assertThat(new Select(browser.findElement(By.id("pick-month"))).getFirstSelectedOption().getText()).isEqualTo("Tháng 8");
        assertThat(new Select(browser.findElement(By.id("pick-year"))).getFirstSelectedOption().getText()).isEqualTo("2022");
        screenshot();

        // and the next month keeps the pickers in step
        click("calendar-next");
        waitForText(By.id("calendar-month"), "tháng 9/2022");
        assertThat(new Select(browser.findElement(By.id("pick-month"))).getFirstSelectedOption().getText()).isEqualTo("Tháng 9");
        assertThat(browser.findElement(By.id("calendar")).getText()).doesNotContain("Đoàn khảo sát chọn tháng trên lịch");

        // an address with a month that is none says so and shows this month
        open("/calendar?month=13&year=2022");
        assertThat(waitFor(By.cssSelector("#main .alert-warning")).getText()).contains("Tháng không hợp lệ");
    }

    void screenshot() {
        try {
            Files.createDirectories(Path.of("target/screenshots"));
            Files.write(Path.of("target/screenshots/calendar-2022-08.png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException ignored) {
            // the screenshot only helps reading the journey
        }
    }
}
