package vn.traodoi.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.BrowserTest;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.document.IssuedType;

/**
 * The administrator gives an organization its abbreviation from the suggestion; its clerk finds the numbers taken in
 * Sổ văn bản đi, narrows them by a word typed without diacritics, and cancels one: first without a reason (told beside
 * the field), then with one, and the line keeps its number with the reason.
 */
class RegisterBrowserTests extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentRegister register;

    @Autowired
    Clock clock;

    @Test
    void theAdministratorSetsTheAbbreviationAndTheClerkCancelsANumberWithItsReason() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long department = jdbc.sql("INSERT INTO organizations (name, kind) VALUES (?, 'SO') RETURNING id")
                .param("Sở Nội vụ tỉnh Thử " + tag).query(Long.class).single();
        CurrentUser clerk = users.named(department, "Lê Thị Văn Thư", Role.ORGANIZER);

        signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        open("/admin/organizations/" + department);
        click("organization-symbols");
        assertThat(waitFor(By.id("symbols-unset")).getText()).contains("chưa cấp số");
        assertThat(browser.findElement(By.id("issuer")).getDomProperty("value")).isEmpty();
        assertThat(browser.findElement(By.id("suggestion")).getText()).contains("SNV");
        click("use-suggestion");
        assertThat(waitFor(By.id("issuer")).getDomProperty("value")).isEqualTo("SNV");
        type("division", "ccvc");
        click("save-symbols");
        assertThat(waitFor(By.id("saved")).getText()).isEqualTo("Đã lưu.");
        assertThat(browser.findElement(By.id("division")).getDomProperty("value")).isEqualTo("CCVC");
        assertThat(browser.findElement(By.id("symbol-example")).getText()).contains("01/KH-SNV").contains("01/SNV-CCVC");

        LocalDate day = LocalDate.now(clock).withDayOfMonth(1);
        IssuedNumber plan = register.take(clerk, department, IssuedType.KE_HOACH, day,
                "Kế hoạch khảo sát mô hình chính quyền đô thị " + tag, "/delegations/" + tag, null);
        IssuedNumber letter = register.take(clerk, department, IssuedType.CONG_VAN, day,
                "V/v đề nghị tiếp đoàn công tác " + tag, "/delegations/" + tag + "/host", null);
        assertThat(letter.full()).isEqualTo("01/SNV-CCVC");

        signInAs(clerk.username(), TestUsers.PASSWORD);
        click("menu-registers");
        waitForTextStartingWith(By.id("result-count"), "2 số văn bản,");
        assertThat(browser.findElement(By.id("register")).getText()).contains("01/KH-SNV").contains("01/SNV-CCVC")
                .contains(day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))).contains("Lê Thị Văn Thư");
        type("q", "chinh quyen do thi");
        waitForTextStartingWith(By.id("result-count"), "1 số văn bản,");
        assertThat(browser.getCurrentUrl()).contains("q=chinh%20quyen%20do%20thi").contains("year=" + day.getYear());
        assertThat(browser.findElement(By.id("export-xlsx")).getDomAttribute("href")).contains("q=chinh");

        click(By.id("cancel-open-" + plan.entryId()));
        type("cancel-note-" + plan.entryId(), "   ");
        click("cancel-submit-" + plan.entryId());
        assertThat(waitFor(By.id("cancel-error-" + plan.entryId())).getText()).isEqualTo("Hãy ghi lý do hủy văn bản.");
        type("cancel-note-" + plan.entryId(), "Ban hành nhầm thành phần đoàn");
        click("cancel-submit-" + plan.entryId());
        assertThat(waitFor(By.id("cancelled")).getText()).startsWith("Đã hủy văn bản số 01/KH-SNV");
        assertThat(browser.getCurrentUrl()).contains("q=chinh");
        WebElement line = waitFor(By.id("entry-" + plan.entryId()));
        assertThat(line.findElement(By.className("entry-number")).getText()).isEqualTo("01/KH-SNV");
        assertThat(line.findElement(By.className("entry-status")).getText()).startsWith("Đã hủy")
                .contains("Ban hành nhầm thành phần đoàn");
        assertThat(line.findElements(By.tagName("form"))).isEmpty();
    }
}
