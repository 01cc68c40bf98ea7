package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.BrowserTest;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.document.DocxChecks;
import vn.traodoi.document.PdfChecks;

/**
 * Seed 001's documents in the browser: the administrator sets the Sở Nội vụ tỉnh Tuyên Quang's abbreviation, then a
 * clerk of that department issues the plan and the decision from the record's documents tab and the trip report from
 * its reports page, each numbered in the register (the decision signed KT.), and downloads them as PDF and Word. The
 * demo record is put back as the demo data gives it afterwards.
 */
class Seed001DocumentsBrowserTests extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    Delegations delegations;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void loadTheDemoRecordAgain() {
        DemoRecords.reload(jdbc, delegations, demo, transactions, List.of("seed-001"));
    }

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }

    void issue(String key, String... fields) {
        if (waitFor(By.cssSelector("#official-" + key + " details")).getDomAttribute("open") == null) {
            click(By.cssSelector("#official-" + key + " summary"));
        }
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i].equals("authority")) {
                choose("authority-" + key, fields[i + 1]);
            } else {
                type(fields[i] + "-" + key, fields[i + 1]);
            }
        }
        click(By.cssSelector("#official-" + key + " .official-submit"));
        waitFor(By.id("issued-document"));
    }

    /** A look at the page for whoever reads the run (target/screenshots). */
    void screenshot(String name) throws Exception {
        Path file = Path.of("target/screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** A download with the browser's session, as the link gives it. */
    byte[] download(By link) throws Exception {
        String href = waitFor(link).getDomAttribute("href");
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        // Kept under target/ to be looked at (rendered with pdftoppm) after the run.
        Path kept = Path.of("target/documents", href.replaceAll("[^A-Za-z0-9.]+", "-"));
        Files.createDirectories(kept.getParent());
        Files.write(kept, response.body());
        return response.body();
    }

    /** The PDF's text, once it passed the layout checks of Decree 30/2020. */
    static String pdfText(byte[] pdf) throws Exception {
        return PdfChecks.decree30(pdf);
    }

    /** The Word file's text, once it passed the layout checks of Decree 30/2020. */
    static String wordText(byte[] docx) throws Exception {
        return DocxChecks.decree30(docx);
    }

    @Test
    void tuyenQuangIssuesThePlanTheDecisionAndTheTripReportAndDownloadsThem() throws Exception {
        transactions.executeWithoutResult(status -> demo.load());
        long id = delegations.delegationOfDemoKey("seed-001").orElseThrow();
        long snv = org("Sở Nội vụ tỉnh Tuyên Quang");

        signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        open("/admin/organizations/" + snv + "/symbols");
        type("issuer", "SNV");
        type("division", "TCBC");
        click("save-symbols");
        waitFor(By.id("saved"));

        CurrentUser clerk = users.named(snv, "Hoàng Minh Châu", Role.ORGANIZER, Role.APPROVER);
        signInAs(clerk.username(), TestUsers.PASSWORD);
        open("/delegations/" + id + "?tab=documents");
        assertThat(waitFor(By.id("official-documents")).getText()).contains("Kế hoạch đoàn công tác")
                .contains("Quyết định cử đoàn công tác").contains("Công văn đề nghị Sở Nội vụ Thành phố Hồ Chí Minh tiếp đoàn");
        assertThat(pdfText(download(By.cssSelector("#official-plan .official-draft-pdf")))).contains("Số: /KH-SNV")
                .contains("Tuyên Quang, ngày tháng năm");

        click(By.cssSelector("#official-plan summary"));
        click(By.cssSelector("#official-plan .official-submit"));
        assertThat(waitFor(By.cssSelector("#official-plan .official-form")).getText())
                .contains("Nhập chức vụ người ký.").contains("Nhập họ và tên người ký.");
        screenshot("seed001-issue-errors");
        issue("plan", "position", "Giám đốc", "signerName", "Hoàng Minh Châu");
        screenshot("seed001-plan-issued");
        String plan = waitFor(By.cssSelector("#official-plan .official-number")).getText();
        assertThat(plan).matches("Số \\d{2}/KH-SNV ngày \\d{2}/\\d{2}/\\d{4}");
        String planNumber = plan.replaceAll("^Số (\\S+) .*$", "$1");
        issue("decision", "authority", "KT. (ký thay)", "principal", "Giám đốc", "position", "Phó Giám đốc",
                "signerName", "Hoàng Minh Châu");
        String decisionNumber = waitFor(By.cssSelector("#official-decision .official-number")).getText()
                .replaceAll("^Số (\\S+) .*$", "$1");
        assertThat(decisionNumber).matches("\\d{2}/QĐ-SNV");

        String planPdf = pdfText(download(By.cssSelector("#official-plan .official-pdf")));
        assertThat(planPdf).contains("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG SỞ NỘI VỤ").contains("Số: " + planNumber).contains("KẾ HOẠCH")
                .contains("Học tập, nghiên cứu thực tế cho cán bộ, công chức tại Thành phố Hồ Chí Minh")
                .contains("Tạ Văn Dũng").contains("GIÁM ĐỐC").contains("Hoàng Minh Châu");
        assertThat(wordText(download(By.cssSelector("#official-plan .official-docx")))).contains("Số: " + planNumber);
        String decisionPdf = pdfText(download(By.cssSelector("#official-decision .official-pdf")));
        assertThat(decisionPdf).contains("Số: " + decisionNumber).contains("QUYẾT ĐỊNH")
                .contains("Căn cứ Công văn số 683/SNV-CCVC").contains("KT. GIÁM ĐỐC").contains("PHÓ GIÁM ĐỐC")
                .contains("DANH SÁCH THÀNH VIÊN ĐOÀN CÔNG TÁC").contains("Nguyễn Thị Thược");

        open("/delegations/" + id + "/reports");
        click("compile");
        click(By.cssSelector("#trip-issue summary"));
        type("position-trip", "Giám đốc");
        type("signerName-trip", "Hoàng Minh Châu");
        click(By.cssSelector("#trip-issue .official-submit"));
        String report = waitFor(By.cssSelector("#trip-issue .official-number")).getText();
        assertThat(report).matches("Số \\d{2}/BC-SNV ngày \\d{2}/\\d{2}/\\d{4}");
        String reportPdf = pdfText(download(By.cssSelector("#trip-issue .official-pdf")));
        assertThat(reportPdf).contains("BÁO CÁO").contains("Số: " + report.replaceAll("^Số (\\S+) .*$", "$1"))
                .contains("Kết quả chuyến công tác của đoàn nghiên cứu, học tập thực tế tỉnh Tuyên Quang");
        assertThat(wordText(download(By.cssSelector("#trip-issue .official-docx")))).contains("BÁO CÁO");
        open("/registers");
        assertThat(waitFor(By.tagName("main")).getText()).contains(planNumber).contains(decisionNumber);
    }
}
