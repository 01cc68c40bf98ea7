package vn.traodoi.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.BrowserTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * Seed 004 as an official of Sở Nội vụ TP.HCM walks it: the advice for administrative reform in December 2022 says
 * how much of PAR Index 2021 the data holds and names Hà Nội among the provinces it lacks.
 */
class AdviceBrowserTests extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdviceForHoChiMinhCityInDecember2022NamesWhatTheDataLacks() throws Exception {
        CurrentUser official = users.user(jdbc.sql("SELECT id FROM organizations WHERE name = 'Sở Nội vụ Thành phố Hồ Chí Minh'")
                .query(Long.class).single(), Role.ORGANIZER);
        signIn(official.username(), TestUsers.PASSWORD);
        open("/advice");
        choose("unit", "Thành phố Hồ Chí Minh (63 tỉnh, đến 30/06/2025)");
        choose("topic", "Cải cách hành chính");
        type("date", "01/12/2022");
        click("get-advice");
        assertThat(waitFor(By.cssSelector("#coverage-PAR_INDEX .coverage-count")).getText())
                .isEqualTo("PAR Index 2021: 15/63 tỉnh, thành phố có số liệu.");
        assertThat(browser.findElement(By.cssSelector("#coverage-PAR_INDEX .coverage-conclusion")).getText())
                .startsWith("Với hạng 43/63, có 42 địa phương xếp trên Thành phố Hồ Chí Minh; số liệu chỉ nêu 11.");
        assertThat(browser.findElement(By.id("missing-PAR_INDEX")).getText())
                .startsWith("Chưa có số liệu, có thể xếp trên (48):").contains("Thành phố Hà Nội");
        assertThat(browser.findElements(By.cssSelector("#missing-PAR_INDEX .missing-unit"))).hasSize(48);
        assertThat(browser.findElement(By.id("candidates")).getText()).contains("Thành phố Hải Phòng")
                .doesNotContain("Thành phố Hà Nội");
        assertThat(browser.findElement(By.id("advice-import")).getText()).contains("quản trị viên hệ thống");
        screenshot("advice-vi.png");

        open("/advice?unit=" + browser.findElement(By.name("home")).getDomProperty("value")
                + "&topic=" + browser.findElement(By.name("topic")).getDomProperty("value") + "&date=01/12/2022&lang=en");
        assertThat(waitFor(By.cssSelector("#coverage-PAR_INDEX .coverage-count")).getText())
                .isEqualTo("PAR Index 2021: 15/63 provinces and cities have a figure.");
        assertThat(browser.findElement(By.id("missing-PAR_INDEX")).getText()).contains("Thành phố Hà Nội");
        assertThat(browser.findElement(By.id("section-PAR_INDEX")).getText())
                .contains("Note: figure given by HCMC Dept. of Home Affairs").doesNotContain("Ghi chú");
        screenshot("advice-en.png");
    }

    /** The whole page, for a reader of the build's output: the window is stretched to the page's height, then restored. */
    private static void screenshot(String name) throws Exception {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 120, 8000)));
        try {
            Files.createDirectories(Path.of("target/screenshots"));
            Files.write(Path.of("target/screenshots", name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(window);
        }
    }
}
