package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.BrowserTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * Seed 003 through the pages: Hải Phòng's secretary records the workshop and uploads the draft, Sở Nội vụ and the
 * vice-chair of the People's Council comment in the app, an invited expert comments through a link without an
 * account, the secretary answers in bulk and uploads a second version absorbing one comment, downloads the synthesis
 * table in Word and Excel, and turns the chair's conclusions into tasks with deadlines.
 */
class Seed003BrowserTests extends BrowserTest {

    static final String SUPPORT = "Tổ giúp việc Ban Chỉ đạo, biên tập xây dựng Đề án tổ chức chính quyền đô thị thành phố Hải Phòng";

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }

    long comment(String content) {
        return jdbc.sql("SELECT id FROM workshop_comments WHERE content = ?").param(content).query(Long.class).single();
    }

    byte[] download(String path) throws Exception {
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).header("Cookie", "SESSION=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theWorkshopOfSeed003FromDraftToSynthesisTableAndTasks() throws Exception {
        CurrentUser secretary = users.named(org("Ủy ban nhân dân thành phố Hải Phòng"), "Phạm Thư Ký", Role.ORGANIZER, Role.APPROVER);
        CurrentUser homeAffairs = users.named(org("Sở Nội vụ thành phố Hải Phòng"), "Nguyễn Văn Nội Vụ", Role.ORGANIZER);
        CurrentUser council = users.named(org("Hội đồng nhân dân thành phố Hải Phòng"), "Bùi Đức Quang", Role.MEMBER);
        Path draft1 = Files.createTempFile("du-thao-lan-1-", ".docx");
        Path draft2 = Files.createTempFile("du-thao-lan-2-", ".docx");
        Files.write(draft1, SampleDrafts.docx(SampleDrafts.VERSION_1));
        Files.write(draft2, SampleDrafts.docx(SampleDrafts.VERSION_2));

        // The secretary records the workshop as the article states it and uploads the draft.
        signIn(secretary.username(), TestUsers.PASSWORD);
        click("menu-workshops");
        click("new-workshop");
        type("title", "Hội thảo góp ý Đề án tổ chức chính quyền đô thị thành phố Hải Phòng");
        type("projectTitle", "Đề án tổ chức chính quyền đô thị thành phố Hải Phòng");
        type("heldOn", "02/08/2023");
        choose("partOfDay", "Chiều");
        type("chair", "Lê Anh Quân, Phó Chủ tịch Thường trực UBND thành phố, Tổ trưởng Tổ giúp việc Ban Chỉ đạo");
        type("supportGroup", SUPPORT);
        click("save");
        assertThat(waitFor(By.id("workshop-when")).getText()).isEqualTo("Chiều 02/08/2023");
        String record = browser.getCurrentUrl().replaceAll("[?#].*", "").replace("http://localhost:" + port, "");
        for (String organization : new String[] {"Sở Nội vụ thành phố Hải Phòng", "Hội đồng nhân dân thành phố Hải Phòng"}) {
            choose("participant-organization", organization);
            click("add-participant");
        }
        type("participant-description", "Các chuyên gia, nhà nghiên cứu của Trung ương, thành phố");
        click("add-participant");
        assertThat(waitFor(By.id("participant-list")).getText()).contains("Hội đồng nhân dân thành phố Hải Phòng")
                .contains("Các chuyên gia, nhà nghiên cứu của Trung ương, thành phố");
        waitFor(By.id("draft-file")).sendKeys(draft1.toAbsolutePath().toString());
        type("draft-note", "Dự thảo trình Hội thảo");
        click("upload-draft");
        assertThat(waitFor(By.id("upload-done")).getText()).isEqualTo("Đã tải lên dự thảo lần 1.");
        assertThat(browser.findElement(By.id("sections")).getText()).contains("Mục I.1. Cơ sở chính trị, pháp lý")
                .contains("Mục II. MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ");

        // Two participants comment on sections, each from their own organization's account.
        signInAs(homeAffairs.username(), TestUsers.PASSWORD);
        click("menu-workshops");
        waitFor(By.cssSelector("a[href='" + record + "']")).click();
        waitForPage();
        choose("sectionId", "Mục I.1. Cơ sở chính trị, pháp lý");
        type("content", "Đề nghị bổ sung Nghị quyết số 45-NQ/TW vào cơ sở chính trị.");
        click("add-comment");
        signInAs(council.username(), TestUsers.PASSWORD);
        open(record);
        choose("sectionId", "Mục II. MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ");
        type("content", "Cần nêu rõ UBND phường hoạt động theo chế độ thủ trưởng.");
        click("add-comment");
        assertThat(waitFor(By.id("comment-table")).getText()).contains("Bùi Đức Quang").contains("Chưa trả lời")
                .contains("Mục II. MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ").contains("Mục I.1. Cơ sở chính trị, pháp lý");

        // The secretary invites an expert, who comments through the link without an account.
        signInAs(secretary.username(), TestUsers.PASSWORD);
        open(record);
        type("expertName", "TS. Đỗ Chuyên Gia");
        type("expertOrganization", "Học viện Hành chính Quốc gia");
        click("create-invitation");
        String link = waitFor(By.id("invitation-link")).getAttribute("value");
        browser.manage().deleteAllCookies();
        browser.get(link);
        waitForPage();
        assertThat(waitFor(By.id("workshop-title")).getText()).isEqualTo("Hội thảo góp ý Đề án tổ chức chính quyền đô thị thành phố Hải Phòng");
        choose("sectionId", "Mục III. TỔ CHỨC THỰC HIỆN");
        type("content", "Nên giao Sở Tài chính phối hợp bảo đảm kinh phí.");
        click("add-comment");
        assertThat(waitFor(By.id("comment-sent")).getText()).contains("cảm ơn");
        assertThat(browser.findElement(By.id("my-comments")).getText()).contains("Nên giao Sở Tài chính phối hợp")
                .contains("Mục III. TỔ CHỨC THỰC HIỆN");

        // The secretary answers two comments at once, then uploads a second version that absorbs the third.
        signInAs(secretary.username(), TestUsers.PASSWORD);
        open(record);
        click("filter-unanswered");
        assertThat(waitFor(By.id("filter-unanswered")).getText()).isEqualTo("Chưa trả lời (3)");
        long legal = comment("Đề nghị bổ sung Nghị quyết số 45-NQ/TW vào cơ sở chính trị.");
        long ward = comment("Cần nêu rõ UBND phường hoạt động theo chế độ thủ trưởng.");
        long finance = comment("Nên giao Sở Tài chính phối hợp bảo đảm kinh phí.");
        click("pick-" + legal);
        click("pick-" + finance);
        choose("kind", "Giải trình");
        type("response", "Đã được quy định tại các văn bản hướng dẫn; Đề án không nhắc lại.");
        click("respond-selected");
        assertThat(waitFor(By.id("answered")).getText()).isEqualTo("Đã trả lời 2 ý kiến.");
        assertThat(browser.findElement(By.id("filter-unanswered")).getText()).isEqualTo("Chưa trả lời (1)");
        open(record);
        waitFor(By.id("draft-file")).sendKeys(draft2.toAbsolutePath().toString());
        click("absorbs-" + ward);
        click("upload-draft");
        assertThat(waitFor(By.id("upload-done")).getText()).isEqualTo("Đã tải lên dự thảo lần 2.");
        String comments = browser.findElement(By.id("comment-table")).getText();
        assertThat(comments).contains("Tiếp thu tại dự thảo lần 2").contains("hoạt động theo chế độ thủ trưởng")
                .doesNotContain("Chưa trả lời");
        click("compare-2");
        assertThat(waitFor(By.id("compare-summary")).getText()).isEqualTo("1 mục sửa đổi, 1 mục thêm mới, 0 mục bỏ.");

        // The synthesis table, in Word and Excel, has every comment and its response.
        String word;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(record + "/synthesis.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            word = text.getText();
        }
        assertThat(word).contains("BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý")
                .contains("Tổng số 3 ý kiến: tiếp thu 1, giải trình 2, bảo lưu 0, chưa trả lời 0.")
                .contains("Nguyễn Văn Nội Vụ – Sở Nội vụ thành phố Hải Phòng").contains("Đề nghị bổ sung Nghị quyết số 45-NQ/TW")
                .contains("Bùi Đức Quang – Hội đồng nhân dân thành phố Hải Phòng").contains("Tiếp thu tại dự thảo lần 2.")
                .contains("TS. Đỗ Chuyên Gia – Học viện Hành chính Quốc gia")
                .contains("Giải trình: Đã được quy định tại các văn bản hướng dẫn; Đề án không nhắc lại.");
        StringBuilder excel = new StringBuilder();
        DataFormatter shown = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(record + "/synthesis.xlsx")))) {
            for (Row row : book.getSheetAt(0)) {
                row.forEach(cell -> excel.append(shown.formatCellValue(cell)).append(" | "));
                excel.append('\n');
            }
        }
        assertThat(excel.toString())
                .contains("1 | Nguyễn Văn Nội Vụ – Sở Nội vụ thành phố Hải Phòng | Mục I.1. Cơ sở chính trị, pháp lý | Đề nghị bổ sung")
                .contains("2 | Bùi Đức Quang – Hội đồng nhân dân thành phố Hải Phòng | Mục II. MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ | Cần nêu rõ UBND phường")
                .contains("3 | TS. Đỗ Chuyên Gia – Học viện Hành chính Quốc gia | Mục III. TỔ CHỨC THỰC HIỆN | Nên giao Sở Tài chính phối hợp")
                .contains("Nội dung sửa: II. MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ");

        // The chair's conclusions become tasks with their deadlines; Sở Nội vụ finds its task.
        open(record);
        type("assignments", "Chủ động hoàn thiện báo cáo, đề xuất lịch họp và chuẩn bị tài liệu họp Ban Chỉ đạo | "
                + "Sở Nội vụ thành phố Hải Phòng | " + SUPPORT + " | 8/2023\n"
                + "Rà soát, bổ sung các căn cứ pháp lý xây dựng cơ chế vận hành, chính sách, phân cấp, phân quyền | " + SUPPORT);
        click("assign-conclusions");
        String tasks = waitFor(By.id("workshop-tasks")).getText();
        assertThat(tasks).contains("Chủ động hoàn thiện báo cáo, đề xuất lịch họp").contains("trong tháng 8/2023")
                .contains("Rà soát, bổ sung các căn cứ pháp lý").contains("không có thời hạn");
        signInAs(homeAffairs.username(), TestUsers.PASSWORD);
        click("menu-tasks");
        assertThat(waitFor(By.id("main")).getText()).contains("Chủ động hoàn thiện báo cáo, đề xuất lịch họp");
    }
}
