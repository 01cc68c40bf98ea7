package vn.traodoi.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.traodoi.BrowserTest;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;

/** A user locked out by wrong passwords from many addresses is told so; an administrator sees it and unlocks. */
class AccountUnlockBrowserTests extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    LoginThrottle throttle;

    @Test
    void anAdministratorSeesTheLockOnTheUsersPageAndUnlocksIt() {
        CurrentUser user = users.user(users.organization("Sở"), Role.MEMBER);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_HOUR; i++) {
            throttle.failed(user.username(), "192.0.2." + (i % 200));
        }
        open("/login");
        waitFor(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        assertThat(waitFor(By.id("login-throttled")).getText()).startsWith("Tên đăng nhập này đang tạm khóa")
                .contains("60 phút");
        assertThat(browser.findElement(By.id("username")).getDomProperty("value")).isEqualTo(user.username());

        signInAs("admin", IntegrationTest.ADMIN_PASSWORD);
        open("/admin/users?q=" + user.username());
        assertThat(waitFor(By.id("users")).getText()).contains("Tạm khóa");
        open("/admin/users/" + user.userId());
        assertThat(waitFor(By.id("lock-state")).getText()).contains("100 lần nhập sai mật khẩu");
        click("unlock");
        assertThat(waitFor(By.id("unlocked")).getText()).isEqualTo("Đã mở khóa đăng nhập cho tài khoản này.");
        assertThat(browser.findElement(By.id("throttle-state")).getText())
                .isEqualTo("Không có lần đăng nhập sai nào đang được tính.");
        assertThat(browser.findElements(By.id("unlock"))).isEmpty();

        signInAs(user.username(), TestUsers.PASSWORD);
        open("/account");
        type("currentPassword", TestUsers.PASSWORD);
        type("newPassword", "123qweasdzxc");
        type("confirmPassword", "123qweasdzxc");
        click(By.cssSelector("#password-section button[type=submit]"));
        assertThat(waitFor(By.id("newPassword-error")).getText()).startsWith("Mật khẩu quá phổ biến");
    }
}
