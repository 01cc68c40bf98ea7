package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.BrowserTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * The archive journey of an organizer, with a zip of articles written for the tests: the upload, the reading followed
 * on the page until it is done, one proposal accepted, one rejected with a reason, one merged into the record just
 * made, the facts shown on an article, and what was learned found by the search and on the lessons page.
 */
class ArchiveBrowserTests extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    /** The whole page as target/archive-NAME.png and /tmp/archive-NAME.png, for reading the journey afterwards. */
    void screenshot(String name) {
        Dimension window = browser.manage().window().getSize();
        try {
            long height = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollHeight;")).longValue();
            browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 100, 8000)));
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/archive-" + name + ".png"), png);
            Files.write(Path.of(System.getProperty("java.io.tmpdir"), "archive-" + name + ".png"), png);
        } catch (IOException ignored) {
            // the screenshot only helps reading the journey
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    long item(String entry) {
        return jdbc.sql("SELECT id FROM archive_items WHERE entry_name = ? ORDER BY id DESC LIMIT 1").param(entry)
                .query(Long.class).single();
    }

    @Test
    void anOrganizerImportsAnArchiveAndReviewsItsProposals() throws IOException {
        try {
            journey();
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure");
            throw e;
        }
    }

    void journey() throws IOException {
        ArchiveArticles.directory(jdbc);
        CurrentUser organizer = users.user(ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Kon Tum"), Role.ORGANIZER);
        String mark = "trình duyệt " + Long.toString(System.nanoTime(), 36);
        Path zip = Files.createTempFile("kho-bai-viet-", ".zip");
        Files.write(zip, ArchiveZips.zip()
                .text("tiep-doan-bac-kan.txt", ArchiveArticles.marked(ArchiveArticles.VISIT, mark))
                .text("tham-mang-den.txt", ArchiveArticles.marked(ArchiveArticles.SAME_VISIT, mark))
                .text("phu-yen.txt", ArchiveArticles.marked(ArchiveArticles.OTHER_VISIT, mark))
                .text("../ngoai-kho.txt", "Bài viết")
                .build());
        signIn(organizer.username(), TestUsers.PASSWORD);

        click("menu-import");
        click("to-archives");
        waitFor(By.id("files")).sendKeys(zip.toAbsolutePath().toString());
        screenshot("upload");
        click("upload-archive");
        // The page follows the reading (htmx polls it) until every entry is read, then lists the proposals.
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("archive-status"), "Đã đọc xong"));
        assertThat(waitFor(By.id("archive-counts")).getText()).contains("Đã đọc 4/4 bài").contains("Chờ duyệt: 3")
                .contains("Lỗi: 1");
        long visit = item("tiep-doan-bac-kan.txt");
        long sameVisit = item("tham-mang-den.txt");
        long other = item("phu-yen.txt");
        assertThat(waitFor(By.id("accept-" + visit)).isDisplayed()).isTrue();
        assertThat(waitFor(By.id("item-" + visit)).getText())
                .contains("UBND tỉnh Kon Tum tiếp Đoàn công tác của UBND tỉnh Bắc Kạn")
                .contains("16/09/2024")
                .contains("Ủy ban nhân dân tỉnh Bắc Kạn → Ủy ban nhân dân tỉnh Kon Tum")
                .contains("Trưởng đoàn: ông Hoàng Minh Đức, Phó Chủ tịch UBND tỉnh Bắc Kạn")
                .contains("3 bài học");
        assertThat(waitFor(By.id("item-" + item("../ngoai-kho.txt"))).getText())
                .contains("Đường dẫn trong tệp nén không hợp lệ");
        screenshot("read");

        // Accept the visit as proposed.
        click("accept-" + visit);
        assertThat(waitFor(By.id("flash-accepted")).getText()).contains("Đã chấp nhận")
                .contains("UBND tỉnh Kon Tum tiếp Đoàn công tác của UBND tỉnh Bắc Kạn");
        long delegation = jdbc.sql("""
                        SELECT a.delegation_id FROM archive_items i JOIN article_imports a ON a.id = i.article_import_id
                        WHERE i.id = ?""").param(visit).query(Long.class).single();

        // Reject the visit of a sender the directory does not know, with a reason.
        type("reason-" + other, "Đoàn của hội, không thuộc phạm vi theo dõi");
        click("reject-" + other);
        assertThat(waitFor(By.id("flash-rejected")).getText()).contains("Đã từ chối");
        assertThat(waitFor(By.id("item-" + other)).getText()).contains("Đã từ chối")
                .contains("Lý do từ chối: Đoàn của hội, không thuộc phạm vi theo dõi");

        // The second article on the visit offers the record just made: merge it there.
        waitFor(By.id("candidate-" + sameVisit + "-" + delegation));
        screenshot("candidates");
        click("merge-" + sameVisit + "-" + delegation);
        assertThat(waitFor(By.id("flash-merged")).getText()).contains("Đã gộp").contains("không tạo hồ sơ mới");
        assertThat(waitFor(By.id("item-" + sameVisit)).getText()).contains("Đã gộp vào hồ sơ có sẵn");
        screenshot("reviewed");

        // The accepted article with its facts on the text.
        click(By.cssSelector("#item-" + visit + " a.item-headline"));
        assertThat(waitFor(By.id("article-text")).findElements(By.cssSelector("mark.fact-person"))).isNotEmpty();
        assertThat(waitFor(By.id("item-lessons")).getText()).contains("rút ra bài học kinh nghiệm về cách giao rừng");
        screenshot("item");

        // What was learned is found, without diacritics too.
        click("menu-search");
        type("search-q", "kinh te duoi tan rung");
        click("search-go");
        assertThat(waitFor(By.cssSelector("#hits .hit-LESSON")).getText()).contains("phát triển kinh tế dưới tán rừng");
        assertThat(waitFor(By.id("hits")).findElements(By.cssSelector(".hit-DELEGATION a[href='/delegations/" + delegation + "']")))
                .isNotEmpty();
        screenshot("search");
        click("menu-lessons");
        type("q", "giao rừng cho cộng đồng");
        click(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(waitFor(By.id("lessons")).getText()).contains("Từ bài viết lưu trữ")
                .contains("“UBND tỉnh Kon Tum tiếp Đoàn công tác của UBND tỉnh Bắc Kạn”");
        screenshot("lessons");
        click("menu-import");
        click("to-archives");
        assertThat(waitFor(By.id("archive-list")).getText()).contains(zip.getFileName().toString());
        screenshot("list");
        click("review-all");
        waitFor(By.id("queue-count"));
        screenshot("review");
        Files.deleteIfExists(zip);
    }
}
