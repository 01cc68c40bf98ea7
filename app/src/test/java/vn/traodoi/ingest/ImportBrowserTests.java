package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.SoftAssertions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.BrowserTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * The import journey of a host's organizer, with articles written for this test in the plainest patterns of such news:
 * a visit received is proposed whole (sender, host, head, deputy, count, legal basis, topics, site, task) and
 * confirmed; a second article on the same visit is recognized and linked to the record; an article on a workshop
 * becomes the workshop's record with its task.
 */
class ImportBrowserTests extends BrowserTest {

    static final String VISIT = """
            UBND tỉnh Quảng Trị tiếp Đoàn công tác của UBND tỉnh Hà Giang
            Ngày 12/3/2025, Ủy ban nhân dân tỉnh Quảng Trị tiếp và làm việc với Đoàn công tác của Ủy ban nhân dân tỉnh \
            Hà Giang do ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Hà Giang làm Trưởng đoàn; bà Đỗ Thị Hoa, Giám đốc Sở \
            Nội vụ tỉnh Hà Giang làm Phó Trưởng đoàn. Đoàn gồm 12 thành viên.
            Thực hiện Kế hoạch số 45/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân tỉnh Hà Giang, đoàn đến học tập kinh \
            nghiệm tại tỉnh Quảng Trị.
            Tại buổi làm việc, hai bên trao đổi về công tác cải cách hành chính; chuyển đổi số trong giải quyết thủ tục \
            hành chính.
            Đoàn đã tham quan Trung tâm Phục vụ hành chính công tỉnh Quảng Trị.
            Ông Lê Minh Tâm, Chủ tịch UBND tỉnh Quảng Trị giao Sở Nội vụ chủ trì tổng hợp các kinh nghiệm hay, báo cáo \
            UBND tỉnh trước ngày 30/6/2025.
            """;

    static final String SAME_VISIT = """
            Lãnh đạo Văn phòng UBND tỉnh Quảng Trị tiếp Đoàn công tác của UBND tỉnh Hà Giang tại Trung tâm Phục vụ hành \
            chính công
            Chiều 12/3/2025, Đoàn công tác của Ủy ban nhân dân tỉnh Hà Giang do ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh \
            Hà Giang làm Trưởng đoàn đã đến thăm Trung tâm Phục vụ hành chính công tỉnh Quảng Trị, tìm hiểu cách tiếp \
            nhận hồ sơ trực tuyến.
            """;

    static final String WORKSHOP = """
            UBND tỉnh Quảng Trị tổ chức Hội thảo góp ý dự thảo Đề án chuyển đổi số tỉnh Quảng Trị
            Sáng ngày 20/5/2025, Ủy ban nhân dân tỉnh Quảng Trị tổ chức Hội thảo góp ý dự thảo Đề án chuyển đổi số tỉnh \
            Quảng Trị giai đoạn 2025-2030. Ông Lê Minh Tâm, Chủ tịch UBND tỉnh Quảng Trị chủ trì hội thảo. Dự hội thảo có \
            bà Phan Thị Lan, Phó Chủ tịch HĐND tỉnh Quảng Trị.
            Kết luận hội thảo, Chủ tịch UBND tỉnh giao Sở Khoa học và Công nghệ chủ trì tiếp thu các ý kiến góp ý, hoàn \
            thiện dự thảo Đề án trước ngày 15/6/2025.
            """;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    void paste(String article) {
        click("menu-import");
        WebElement text = waitFor(By.id("text"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", text, article);
        click("read-article");
    }

    /** The text of the option selected; the page is loaded, so a field that is not there is said, not waited for. */
    String selected(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return found.isEmpty() ? "(no #" + id + ")" : new Select(found.getFirst()).getFirstSelectedOption().getText();
    }

    String value(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return found.isEmpty() ? "(no #" + id + ")" : found.getFirst().getDomProperty("value");
    }

    String text(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return found.isEmpty() ? "(no #" + id + ")" : found.getFirst().getText();
    }

    boolean ticked(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return !found.isEmpty() && found.getFirst().isSelected();
    }

    /** The index of the row whose name input holds this name; a failure (and the first row) when there is none. */
    int member(SoftAssertions soft, String name) {
        List<WebElement> names = browser.findElements(By.cssSelector(".member-row input[id$='-name']"));
        for (int i = 0; i < names.size(); i++) {
            if (name.equals(names.get(i).getDomProperty("value"))) {
                return i;
            }
        }
        soft.fail(name + " is not proposed; names: " + names.stream().map(n -> n.getDomProperty("value")).toList());
        return 0;
    }

    /** The whole page as target/importpage-NAME.png, for reading the journey afterwards. */
    void screenshot(String name) {
        Dimension window = browser.manage().window().getSize();
        try {
            long height = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollHeight;")).longValue();
            browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 100, 8000)));
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/importpage-" + name + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException ignored) {
            // the screenshot only helps reading the journey
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    @Test
    void aHostImportsAVisitLinksASecondArticleOfItAndImportsAWorkshop() {
        long quangTri = ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Quảng Trị", "UBND", "45");
        ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Hà Giang", "UBND", "02");
        ImportFixtures.organization(jdbc, "Sở Nội vụ tỉnh Quảng Trị", "SO", "45");
        ImportFixtures.organization(jdbc, "Sở Khoa học và Công nghệ tỉnh Quảng Trị", "SO", "45");
        CurrentUser organizer = users.user(quangTri, Role.ORGANIZER);
        signIn(organizer.username(), TestUsers.PASSWORD);

        // The visit received: everything the article states is proposed, matched to the directory.
        paste(VISIT);
        waitFor(By.id("draft-form"));
        screenshot("visit");
        // Every field at once, so that a failure names all that the text library does not find yet.
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(browser.findElements(By.id("duplicates"))).as("nothing like it on record yet").isEmpty();
        soft.assertThat(selected("organizerId")).isEqualTo("Ủy ban nhân dân tỉnh Hà Giang");
        soft.assertThat(value("startDate")).isEqualTo("12/03/2025");
        soft.assertThat(value("endDate")).isEqualTo("12/03/2025");
        soft.assertThat(value("declaredMemberCount")).isEqualTo("12");
        soft.assertThat(browser.findElements(By.cssSelector(".stop-row"))).as("one host, the importer").hasSize(1);
        soft.assertThat(selected("stop-0-host")).isEqualTo("Ủy ban nhân dân tỉnh Quảng Trị");
        soft.assertThat(text("stop-0-unit-at")).isEqualTo("Vào thời điểm chuyến công tác: Tỉnh Quảng Trị");
        int head = member(soft, "Nguyễn Văn An");
        soft.assertThat(selected("member-" + head + "-role")).isEqualTo("Trưởng đoàn");
        soft.assertThat(value("member-" + head + "-title")).isEqualTo("Phó Chủ tịch UBND tỉnh Hà Giang");
        int deputy = member(soft, "Đỗ Thị Hoa");
        soft.assertThat(selected("member-" + deputy + "-role")).isEqualTo("Phó Trưởng đoàn");
        soft.assertThat(value("member-" + deputy + "-title")).isEqualTo("Giám đốc Sở Nội vụ tỉnh Hà Giang");
        soft.assertThat(selected("member-" + member(soft, "Lê Minh Tâm") + "-role")).as("the host's chairman is no member")
                .isEqualTo("Không phải thành viên đoàn");
        soft.assertThat(browser.findElements(By.cssSelector(".document-row"))).hasSize(1);
        soft.assertThat(value("doc-0-symbol")).isEqualTo("45/KH-UBND");
        soft.assertThat(ticked("doc-0-basis")).as("“Thực hiện Kế hoạch số …” is the legal basis").isTrue();
        soft.assertThat(value("doc-0-issuer")).isEqualTo("Ủy ban nhân dân tỉnh Hà Giang");
        soft.assertThat(selected("session-0-kind")).isEqualTo("Buổi làm việc");
        soft.assertThat(value("session-0-date")).isEqualTo("12/03/2025");
        soft.assertThat(value("session-0-topics")).isEqualTo("công tác cải cách hành chính\n"
                + "chuyển đổi số trong giải quyết thủ tục hành chính");
        soft.assertThat(selected("session-1-kind")).isEqualTo("Khảo sát, tìm hiểu thực tế");
        soft.assertThat(value("session-1-place")).isEqualTo("Trung tâm Phục vụ hành chính công tỉnh Quảng Trị");
        soft.assertThat(browser.findElements(By.cssSelector(".task-row"))).hasSize(1);
        soft.assertThat(selected("task-0-assignee")).isEqualTo("Sở Nội vụ tỉnh Quảng Trị");
        soft.assertThat(value("task-0-text")).startsWith("Chủ trì tổng hợp các kinh nghiệm hay");
        soft.assertThat(selected("task-0-deadlineKind")).isEqualTo("Một ngày (dd/mm/yyyy)");
        soft.assertThat(value("task-0-deadline")).isEqualTo("30/06/2025");
        soft.assertThat(text("task-0-deadline-written")).isEqualTo("Trong bài viết: “trước ngày 30/6/2025”");

        soft.assertAll();

        click("confirm-import");
        assertThat(waitFor(By.id("delegation-status")).getText()).isEqualTo("Dự thảo");
        String record = browser.getCurrentUrl().replaceAll("[?#].*", "");
        long delegation = Long.parseLong(record.substring(record.lastIndexOf('/') + 1));
        assertThat(waitFor(By.id("summary-who")).getText()).contains("Ủy ban nhân dân tỉnh Hà Giang")
                .contains("gồm 12 người");
        assertThat(browser.findElement(By.cssSelector(".article-summary")).getText())
                .contains("Căn cứ Kế hoạch số 45/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân tỉnh Hà Giang.");
        screenshot("visit-record");

        // A second article on the same visit: the record is shown, and the article is linked to it.
        paste(SAME_VISIT);
        waitFor(By.id("duplicates"));
        screenshot("duplicate");
        assertThat(waitFor(By.id("candidate-" + delegation)).getText()).contains("Ủy ban nhân dân tỉnh Hà Giang")
                .contains("12/03/2025");
        assertThat(waitFor(By.id("confirm-import")).getText()).isEqualTo("Chuyến công tác khác → tạo hồ sơ mới");
        click("link-" + delegation);
        assertThat(waitFor(By.id("flash-linked")).getText()).contains("Đã gắn bài viết")
                .contains("không tạo hồ sơ mới");
        assertThat(browser.getCurrentUrl()).startsWith(record);

        // A workshop: its organizer, day, chair and task are proposed; confirming makes the workshop with the task.
        paste(WORKSHOP);
        waitFor(By.id("workshop-form"));
        screenshot("workshop");
        SoftAssertions workshop = new SoftAssertions();
        workshop.assertThat(text("workshop-holder")).contains("Ủy ban nhân dân tỉnh Quảng Trị");
        workshop.assertThat(value("workshop-title")).isEqualTo(
                "Hội thảo góp ý dự thảo Đề án chuyển đổi số tỉnh Quảng Trị giai đoạn 2025-2030");
        workshop.assertThat(value("workshop-project")).isEqualTo("Đề án chuyển đổi số tỉnh Quảng Trị giai đoạn 2025-2030");
        workshop.assertThat(value("workshop-heldOn")).isEqualTo("20/05/2025");
        workshop.assertThat(selected("workshop-part")).isEqualTo("Sáng");
        workshop.assertThat(value("workshop-chair")).isEqualTo("Lê Minh Tâm, Chủ tịch UBND tỉnh Quảng Trị");
        workshop.assertThat(value("workshop-participants")).isEqualTo("Phan Thị Lan, Phó Chủ tịch HĐND tỉnh Quảng Trị");
        workshop.assertThat(value("workshop-assignments")).isEqualTo("Chủ trì tiếp thu các ý kiến góp ý, hoàn thiện dự thảo Đề án"
                + " | Sở Khoa học và Công nghệ tỉnh Quảng Trị | 15/06/2025");
        workshop.assertAll();
        click("confirm-workshop");
        assertThat(waitFor(By.id("workshop-title")).getText()).isEqualTo(
                "Hội thảo góp ý dự thảo Đề án chuyển đổi số tỉnh Quảng Trị giai đoạn 2025-2030");
        assertThat(waitFor(By.id("workshop-tasks")).getText()).contains("Sở Khoa học và Công nghệ tỉnh Quảng Trị")
                .contains("15/06/2025");
        screenshot("workshop-record");
    }
}
