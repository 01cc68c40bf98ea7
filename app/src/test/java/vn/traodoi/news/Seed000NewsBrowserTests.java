package vn.traodoi.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.BrowserTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.DemoSeeds;

/**
 * Seed 000 back on a portal: Hồ Chí Minh City's editor writes the article from the delegation record and publishes it;
 * a reader who is not signed in opens it, prints it, scans its QR code, finds it by search and in the RSS feed, and
 * meets it among "Tin khác" of another article on the same topic.
 */
class Seed000NewsBrowserTests extends BrowserTest {

    static final String TITLE = "Ủy ban nhân dân Thành phố Hồ Chí Minh tiếp Đoàn khảo sát của Ủy ban nhân dân thành phố Hà Nội";

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    byte[] fetch(String url) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }

    @Test
    void seed000IsPublishedFromItsRecordAndReadByThePublic() throws Exception {
        long delegation = DemoSeeds.delegation(context, "seed-000");
        long hcm = jdbc.sql("SELECT id FROM organizations WHERE name = 'Ủy ban nhân dân Thành phố Hồ Chí Minh'")
                .query(Long.class).single();
        CurrentUser editor = users.named(hcm, "Nguyễn Biên Tập", Role.EDITOR, Role.ORGANIZER);

        signIn(editor.username(), TestUsers.PASSWORD);
        open("/delegations/" + delegation);
        click("write-news");
        assertThat(waitFor(By.id("title")).getAttribute("value")).isEqualTo(TITLE);
        assertThat(browser.findElement(By.id("lead")).getAttribute("value")).startsWith(
                "Ngày 12/07/2022, Ủy ban nhân dân thành phố Hà Nội có Kế hoạch số 196/KH-UBND về khảo sát, trao đổi kinh nghiệm");
        String body = browser.findElement(By.id("bodyHtml")).getAttribute("value");
        assertThat(body).contains("Đoàn do đồng chí Lê Hồng Sơn, Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố Hà Nội làm Trưởng đoàn")
                .contains("Sáng ngày 09/08/2022, Đoàn khảo sát thực tế tại thành phố Thủ Đức.")
                .contains("về 03 nội dung chính: (1) kinh nghiệm tổ chức bộ máy, hoạt động theo mô hình chính quyền đô thị; "
                        + "(2) cơ chế thu hút nguồn nhân lực chất lượng cao và (3) cơ chế liên kết, phát triển Vùng tại Thành phố.")
                .doesNotContain("Đà Nẵng");
        click("step-PUBLISH");
        assertThat(waitFor(By.id("article-status")).getText()).isEqualTo("Đã đăng");
        String articlePath = browser.findElement(By.id("public-link")).getAttribute("href");

        // Another article on the same topic, written by hand.
        open("/news");
        type("new-title", "Thành phố Hồ Chí Minh sơ kết mô hình chính quyền đô thị");
        click("new-article");
        type("bodyHtml", "<p>Sau hai năm thực hiện mô hình chính quyền đô thị, Thành phố sơ kết kết quả.</p>");
        click("save-article");
        click("step-PUBLISH");
        String otherPath = waitFor(By.id("public-link")).getAttribute("href");

        // The public, not signed in.
        browser.manage().deleteAllCookies();
        browser.get(articlePath);
        waitForPage();
        assertThat(waitFor(By.id("article-title")).getText()).isEqualTo(TITLE);
        assertThat(browser.findElement(By.id("article-category")).getText()).contains("Tin chuyên ngành");
        assertThat(browser.findElement(By.id("article-body")).getText()).contains("thành phố Thủ Đức");
        assertThat(browser.findElement(By.id("back-link")).getText()).contains("Quay lại");
        assertThat(browser.findElement(By.cssSelector("meta[property='og:title']")).getAttribute("content")).isEqualTo(TITLE);
        assertThat(browser.findElement(By.cssSelector("meta[property='og:url']")).getAttribute("content")).isEqualTo(articlePath);

        click("print-link");
        assertThat(waitFor(By.id("article-title")).getText()).isEqualTo(TITLE);
        assertThat(browser.findElement(By.id("article-url")).getText()).isEqualTo(articlePath);
        assertThat(browser.findElements(By.cssSelector("link[href$='print.css']"))).hasSize(1);
        var qr = ImageIO.read(new ByteArrayInputStream(fetch(browser.findElement(By.id("qr-code")).getAttribute("src"))));
        String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(qr))))
                .getText();
        assertThat(decoded).isEqualTo(articlePath);

        String site = articlePath.replaceAll("(/tin/[^/]+)/.*", "$1");
        browser.get(site);
        waitForPage();
        type("q", "doan khao sat ha noi");
        click("search-news");
        assertThat(waitFor(By.id("results")).getText()).contains(TITLE);

        String rss = new String(fetch(site + "/muc/tin-chuyen-nganh/rss.xml"), StandardCharsets.UTF_8);
        assertThat(rss).contains("<title>" + TITLE + "</title>").contains("<link>" + articlePath + "</link>");

        browser.get(otherPath);
        waitForPage();
        assertThat(waitFor(By.id("related")).getText()).contains("Tin khác").contains(TITLE);
    }
}
