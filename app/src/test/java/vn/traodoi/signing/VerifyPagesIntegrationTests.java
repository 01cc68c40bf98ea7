package vn.traodoi.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestClock;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.system.Upload;

/** Kiểm tra chữ ký số: anyone signed in checks a signed PDF; nothing of it is kept. */
@IntegrationTest
class VerifyPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    SigningCertificates certificates;

    @Autowired
    PdfSigning signing;

    @Autowired
    TestClock clock;

    CurrentUser member;
    long org;

    @BeforeEach
    void signer() {
        org = users.organization("Sở Tư pháp thử kiểm tra chữ ký");
        certificates.install(users.admin(), org, new Upload("a.p12", null, TestCertificates.validPkcs12()),
                new String(TestCertificates.PASSWORD), "");
        member = users.user(users.organization("Cơ quan nhận văn bản"), Role.MEMBER);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Document check(byte[] file, String name) throws Exception {
        return Jsoup.parse(mvc.perform(multipart("/documents/verify").file(new MockMultipartFile("file", name, "application/pdf", file))
                        .with(user(member)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aSignedPdfShowsItsSignerTimeAndThatItIsIntact() throws Exception {
        clock.freeze();
        byte[] signed = signing.sign(org, TestCertificates.pdf(), PdfSigningIntegrationTests.BLOCK, null);
        String time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(ZonedDateTime.now(clock));

        Document shown = check(signed, "Báo cáo 12-BC-STP.pdf");

        Element signature = shown.selectFirst("#signature-1");
        assertThat(shown.select(".signature")).hasSize(1);
        assertThat(shown.select("#verify-result h2").text()).isEqualTo("Báo cáo 12-BC-STP.pdf");
        assertThat(signature.select(".signer").text()).isEqualTo("Sở Tư pháp tỉnh Tuyên Quang");
        assertThat(signature.select(".intact").text()).isEqualTo("Còn nguyên vẹn");
        assertThat(signature.select(".organization").text()).isEqualTo("UBND tỉnh Tuyên Quang");
        assertThat(signature.select(".signed-at").text()).isEqualTo(time);
        assertThat(signature.select(".scope").text()).startsWith("Chữ ký bao trùm toàn bộ tệp");
        assertThat(signature.select(".certificate-validity").text()).isEqualTo("Còn hiệu lực tại thời điểm ký");
        assertThat(signature.select(".sub-filter").text()).isEqualTo("PAdES (ETSI.CAdES.detached)");
    }

    @Test
    void aChangedPdfSaysSo() throws Exception {
        byte[] signed = signing.sign(org, TestCertificates.pdf(), PdfSigningIntegrationTests.BLOCK, null);
        byte[] changed = signed.clone();
        int comment = PdfSigningIntegrationTests.indexOf(changed, "\n%".getBytes(StandardCharsets.US_ASCII), 0) + 2;
        changed[comment] ^= 0x01;
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] appended = new byte[signed.length + tail.length];
        System.arraycopy(signed, 0, appended, 0, signed.length);
        System.arraycopy(tail, 0, appended, signed.length, tail.length);

        assertThat(check(changed, "sua.pdf").select("#signature-1 .intact").text()).isEqualTo("Đã bị sửa sau khi ký");
        Element added = check(appended, "them.pdf").selectFirst("#signature-1");
        assertThat(added.select(".intact").text()).isEqualTo("Còn nguyên vẹn");
        assertThat(added.select(".scope").text()).startsWith("Tệp có phần được thêm vào sau chữ ký này");
    }

    @Test
    void anUnsignedPdfOrAFileThatIsNoPdfSaysWhatItIs() throws Exception {
        assertThat(check(TestCertificates.pdf(), "chua-ky.pdf").select("#no-signature").text()).isEqualTo("Tệp không có chữ ký số.");
        assertThat(check("Quyết định số 12/QĐ-UBND".getBytes(StandardCharsets.UTF_8), "quyet-dinh.txt")
                .select("#file-error").text()).isEqualTo("Tệp không phải PDF.");
        assertThat(check(new byte[0], "trong.pdf").select("#file-error").text()).isEqualTo("Chọn tệp PDF cần kiểm tra.");
        assertThat(check(TestCertificates.validPkcs12(), "chung-thu.pdf").select("#file-error").text())
                .isEqualTo("Tệp không phải PDF.");
    }

    @Test
    void nothingOfTheUploadIsKept() throws Exception {
        byte[] signed = signing.sign(org, TestCertificates.pdf(), PdfSigningIntegrationTests.BLOCK, null);
        long before = files();

        check(signed, "khong-luu.pdf");

        assertThat(files()).isEqualTo(before);
    }

    @Test
    void anyoneSignedInFindsThePageInTheMenuAndNobodyElse() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/documents/verify").with(user(member))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#menu-verify-signature").attr("href")).isEqualTo("/documents/verify");
        assertThat(page.select("#menu-verify-signature").hasClass("active")).isTrue();
        mvc.perform(get("/documents/verify")).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/documents/verify").file(new MockMultipartFile("file", "a.pdf", "application/pdf",
                TestCertificates.pdf())).with(csrf())).andExpect(status().is3xxRedirection());
    }

    /** How many files the application keeps under its data directory. */
    static long files() throws IOException {
        Path data = Path.of("target/test-data");
        if (!Files.isDirectory(data)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(data)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
