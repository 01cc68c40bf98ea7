package vn.traodoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.traodoi.BrowserTest;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * The header on a phone (390 × 844, as an iPhone 12 to 15 shows a page) is one line, the brand and the menu button,
 * who is signed in behind that button; on a desktop it reads as before; an administrator is not named twice.
 */
class HeaderBrowserTests extends BrowserTest {

    static final String LONG_NAME = "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố Hải Phòng";

    @Autowired
    TestUsers users;

    @AfterEach
    void desktopAgain() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    void phone() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    long headerHeight() {
        return Math.round(((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('header').getBoundingClientRect().height;")).doubleValue());
    }

    long viewportWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).longValue();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(Path.of("target/screenshots"));
            Files.write(Path.of("target/screenshots/header-" + name + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException ignored) {
            // the screenshot only helps reading the journey
        }
    }

    @Test
    void onAPhoneTheHeaderIsOneLineAndWhoIsSignedInOpensWithTheMenu() {
        // given an approver of an organization with a long name, signed in
        CurrentUser approver = users.named(users.organization(LONG_NAME), "Nguyễn Thị Phương Thảo", Role.ORGANIZER,
                Role.APPROVER);
        signIn(approver.username(), TestUsers.PASSWORD);
        long desktop = headerHeight();
        assertThat(waitFor(By.id("current-user")).getText()).contains("Nguyễn Thị Phương Thảo").contains(LONG_NAME)
                .contains("Lãnh đạo duyệt");
        screenshot("desktop");

        // when the page is read on a phone
        phone();
        open("/");
        assertThat(viewportWidth()).isEqualTo(390);
        screenshot("phone");

        // then the header takes one line, at most 64 px, and the name and the organization wait behind the button
        assertThat(headerHeight()).as("header height at 390 px").isLessThanOrEqualTo(64);
        assertThat(browser.findElement(By.id("current-user")).isDisplayed()).isFalse();
        WebElement button = browser.findElement(By.id("menu-button"));
        assertThat(button.isDisplayed()).isTrue();
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.and(
                ExpectedConditions.visibilityOfElementLocated(By.id("current-user")),
                ExpectedConditions.visibilityOfElementLocated(By.id("menu-workshops")),
                d -> !browser.findElement(By.id("header-user")).getAttribute("class").contains("collapsing")));
        assertThat(browser.findElement(By.id("current-user")).getText()).contains("Nguyễn Thị Phương Thảo").contains(LONG_NAME);
        assertThat(browser.findElement(By.id("language-switch")).isDisplayed()).isTrue();
        screenshot("phone-menu");

        // and on a desktop the header is the one line it was, the name and the organization in it
        desktopAgain();
        open("/");
        assertThat(waitFor(By.id("current-user")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("menu-button")).isDisplayed()).isFalse();
        assertThat(headerHeight()).isEqualTo(desktop);
    }

    @Test
    void signedOutOnAPhoneTheHeaderIsOneLineWithTheSignInButton() {
        phone();
        open("/login");
        assertThat(headerHeight()).as("header height at 390 px").isLessThanOrEqualTo(64);
        WebElement signIn = browser.findElement(By.cssSelector("header a[href='/login']"));
        assertThat(signIn.isDisplayed()).isTrue();
        assertThat(signIn.getLocation().getY()).isLessThan(64);
        screenshot("phone-signed-out");
    }

    @Test
    void theAdministratorIsNamedOnceWithTheOrganization() {
        signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        String header = waitFor(By.id("current-user")).getText();
        assertThat(header).contains("Quản trị hệ thống traodoi").contains("Quản trị viên")
                .doesNotContain("Quản trị hệ thống · ");
        assertThat(header.indexOf("Quản trị hệ thống")).isEqualTo(header.lastIndexOf("Quản trị hệ thống"));
    }
}
