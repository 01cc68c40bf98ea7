package vn.traodoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.traodoi.BrowserTest;
import vn.traodoi.IntegrationTest;

class FoundationBrowserTests extends BrowserTest {

    @Test
    void theAdministratorSignsInAndSeesTheAdministrationMenu() {
        signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        assertThat(browser.findElement(By.id("current-user")).getText()).contains("Quản trị hệ thống");
        click(By.linkText("Cơ quan, đơn vị"));
        waitFor(By.id("q")).sendKeys("uy ban nhan dan thanh pho ho chi minh");
        waitForTextStartingWith(By.id("results"), "2 kết quả"); // the unfiltered count may end in "2 kết quả" too
        assertThat(browser.findElement(By.id("organizations")).getText()).contains("Ủy ban nhân dân Thành phố Hồ Chí Minh");
    }

    @Test
    void aWrongPasswordShowsOneGenericMessageAndKeepsTheUserName() {
        open("/login");
        waitFor(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("login-submit")).click();
        assertThat(waitFor(By.id("login-error")).getText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser.findElement(By.id("username")).getDomProperty("value")).isEqualTo("admin");
    }

    @Test
    void switchesToEnglishAndBack() {
        open("/places");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Địa bàn hành chính");
        browser.findElement(By.id("language-switch")).click();
        waitForText(By.tagName("h1"), "Administrative units");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        open("/");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("What traodoi does");
        browser.findElement(By.id("language-switch")).click();
        waitForText(By.tagName("h2"), "traodoi làm gì");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
    }

    @Test
    void findsHoChiMinhCityWithoutDiacritics() {
        open("/places");
        WebElement search = waitFor(By.id("q"));
        search.sendKeys("ho chi minh");
        // htmx replaces the results as the user types
        waitForText(By.id("result-count"), "2 đơn vị");
        waitForText(By.id("units"), "Thành phố Hồ Chí Minh");
        assertThat(browser.getCurrentUrl()).containsAnyOf("q=ho+chi+minh", "q=ho%20chi%20minh");
        search.sendKeys(Keys.ENTER);
        waitForPage();
        // htmx may still swap the results while the page changes: look the element up again until it holds the text
        waitForText(By.id("lookup"), "Thành phố Hồ Chí Minh");
    }

    @Test
    void binhDuongShowsItWasMergedIntoHoChiMinhCityFromTheFirstOfJuly2025() {
        open("/places?q=binh+duong&set=old63");
        browser.findElement(By.linkText("Tỉnh Bình Dương")).click();
        waitForPage();
        assertThat(waitFor(By.id("unit-name")).getText()).isEqualTo("Tỉnh Bình Dương");
        WebElement successor = browser.findElement(By.id("successor"));
        assertThat(successor.getText()).contains("Từ ngày 01/07/2025, hợp nhất vào").contains("Thành phố Hồ Chí Minh");
        successor.findElement(By.linkText("Thành phố Hồ Chí Minh")).click();
        waitForPage();
        assertThat(waitFor(By.id("predecessors")).getText())
                .contains("Tỉnh Bình Dương").contains("Tỉnh Bà Rịa - Vũng Tàu").contains("Thành phố Hồ Chí Minh");
    }
}
