package vn.traodoi.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.system.Days;
import vn.traodoi.system.Upload;

/** Quản trị → Cơ quan → Chứng thư số: installing, showing, replacing and removing, audited; who may; every refusal. */
@IntegrationTest
class CertificatePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SigningCertificates certificates;

    CurrentUser admin;
    long org;
    String path;

    @BeforeEach
    void organization() {
        admin = users.admin();
        org = users.organization("Sở Tư pháp thử chứng thư");
        path = "/admin/organizations/" + org + "/certificate";
    }

    Document page(CurrentUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    Document upload(byte[] file, String fileName, String password, String expected) throws Exception {
        return Jsoup.parse(mvc.perform(multipart(path).file(new MockMultipartFile("file", fileName, "application/x-pkcs12", file))
                        .param("password", password).param("expected", expected).with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    void install(byte[] file, String expected) throws Exception {
        mvc.perform(multipart(path).file(new MockMultipartFile("file", "chung-thu.pfx", "application/x-pkcs12", file))
                        .param("password", new String(TestCertificates.PASSWORD)).param("expected", expected)
                        .with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(path));
    }

    List<Map<String, Object>> audit() {
        return jdbc.sql("""
                        SELECT action, before_state::text AS before, after_state::text AS after FROM audit_events
                        WHERE entity_type = 'organization' AND entity_id = ? AND action LIKE 'SIGNING_CERTIFICATE_%'
                        ORDER BY id""")
                .param(String.valueOf(org)).query().listOfRows();
    }

    static String day(Instant instant) {
        return Days.SHOWN.format(LocalDate.ofInstant(instant, ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Test
    void anAdministratorInstallsTheCertificateAndSeesWhatItSays() throws Exception {
        assertThat(page(admin).select("#no-certificate").text()).contains("chưa có chứng thư số");
        X509Certificate certificate = TestCertificates.valid(TestCertificates.rsa());
        byte[] file = TestCertificates.pkcs12(TestCertificates.rsa().getPrivate(), certificate, TestCertificates.PASSWORD);

        install(file, "");

        Document shown = page(admin);
        String sha256 = CertificateFacts.sha256(certificate);
        assertThat(shown.select("#certificate-cn").text()).isEqualTo("Sở Tư pháp tỉnh Tuyên Quang");
        assertThat(shown.select("#certificate-o").text()).isEqualTo("UBND tỉnh Tuyên Quang");
        assertThat(shown.select("#certificate-subject").text())
                .isEqualTo("CN=Sở Tư pháp tỉnh Tuyên Quang,O=UBND tỉnh Tuyên Quang,C=VN");
        assertThat(shown.select("#certificate-issuer").text())
                .isEqualTo("CN=Sở Tư pháp tỉnh Tuyên Quang,O=UBND tỉnh Tuyên Quang,C=VN");
        assertThat(shown.select("#certificate-serial").text())
                .isEqualTo(certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT));
        assertThat(shown.select("#certificate-validity").text()).isEqualTo("Từ " + day(certificate.getNotBefore().toInstant())
                + " đến " + day(certificate.getNotAfter().toInstant()));
        assertThat(shown.select("#certificate-fingerprint").text().replace(":", "")).isEqualTo(sha256);
        assertThat(shown.select("#certificate-key").text()).isEqualTo("RSA");
        assertThat(shown.select("#certificate-expired, #certificate-not-yet-valid, #certificate-other-key")).isEmpty();
        assertThat(shown.select("#certificate-installed").text()).contains(admin.fullName());
        assertThat(shown.select("input[name=expected]").eachAttr("value")).containsOnly(sha256);

        byte[] stored = jdbc.sql("SELECT pkcs12 FROM signing_certificates WHERE organization_id = ?").param(org)
                .query(byte[].class).single();
        assertThat(stored).isEqualTo(file);
        String sealed = jdbc.sql("SELECT encode(password_sealed, 'escape') FROM signing_certificates WHERE organization_id = ?")
                .param(org).query(String.class).single();
        assertThat(sealed).doesNotContain("chứng-thư").doesNotContain("2026");

        List<Map<String, Object>> audit = audit();
        assertThat(audit).extracting(r -> r.get("action")).containsExactly("SIGNING_CERTIFICATE_INSTALLED");
        String after = (String) audit.getFirst().get("after");
        assertThat(after).contains(sha256).contains("\"validTo\": \"" + day(certificate.getNotAfter().toInstant()) + "\"");
        assertThat(after).doesNotContain(new String(TestCertificates.PASSWORD)).doesNotContainIgnoringCase("key")
                .doesNotContain("pkcs12");
    }

    @Test
    void anotherCertificateReplacesItAndARemovedOneSignsNothing() throws Exception {
        X509Certificate first = TestCertificates.valid(TestCertificates.rsa());
        install(TestCertificates.pkcs12(TestCertificates.rsa().getPrivate(), first, TestCertificates.PASSWORD), "");
        KeyPair ec = TestCertificates.generate("EC", 256);
        X509Certificate second = TestCertificates.certificate(ec, Instant.now().minus(Duration.ofDays(2)),
                Instant.now().plus(Duration.ofDays(700)), "Văn phòng UBND tỉnh Tuyên Quang", "UBND tỉnh Tuyên Quang", true);

        Document stale = upload(TestCertificates.pkcs12(ec.getPrivate(), second, TestCertificates.PASSWORD), "moi.p12",
                new String(TestCertificates.PASSWORD), "");
        assertThat(stale.select("#certificate-conflict")).hasSize(1);
        install(TestCertificates.pkcs12(ec.getPrivate(), second, TestCertificates.PASSWORD), CertificateFacts.sha256(first));

        Document shown = page(admin);
        assertThat(shown.select("#certificate-cn").text()).isEqualTo("Văn phòng UBND tỉnh Tuyên Quang");
        assertThat(shown.select("#certificate-key").text()).isEqualTo("EC");
        assertThat(shown.select("#install-certificate").text()).isEqualTo("Thay chứng thư số");

        mvc.perform(post(path + "/remove").param("expected", CertificateFacts.sha256(first)).with(user(admin)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(certificates.find(org)).isPresent();
        mvc.perform(post(path + "/remove").param("expected", CertificateFacts.sha256(second)).with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(admin).select("#no-certificate")).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM signing_certificates WHERE organization_id = ?").param(org)
                .query(Long.class).single()).isZero();
        List<Map<String, Object>> audit = audit();
        assertThat(audit).extracting(r -> r.get("action")).containsExactly("SIGNING_CERTIFICATE_INSTALLED",
                "SIGNING_CERTIFICATE_REPLACED", "SIGNING_CERTIFICATE_REMOVED");
        assertThat((String) audit.get(1).get("before")).contains(CertificateFacts.sha256(first));
        assertThat((String) audit.get(1).get("after")).contains(CertificateFacts.sha256(second));
        assertThat((String) audit.get(2).get("before")).contains(CertificateFacts.sha256(second));
        assertThat(audit.get(2).get("after")).isNull();
    }

    @Nested
    class BadInput {

        String fileError(byte[] file, String password) throws Exception {
            Document shown = upload(file, "chung-thu.p12", password, "");
            assertThat(shown.select("#password-error")).isEmpty();
            return shown.select("#file-error").text();
        }

        @Test
        void eachRefusalIsSaidBesideItsField() throws Exception {
            String password = new String(TestCertificates.PASSWORD);
            Instant now = Instant.now();
            KeyPair rsa = TestCertificates.rsa();

            assertThat(fileError(TestCertificates.pdf(), password)).isEqualTo("Tệp không phải chứng thư số PKCS#12 (.p12, .pfx).");
            assertThat(fileError(new byte[0], password)).isEqualTo("Chọn tệp chứng thư số (.p12, .pfx).");
            assertThat(fileError(TestCertificates.withoutKey(TestCertificates.valid(rsa), TestCertificates.PASSWORD), password))
                    .startsWith("Tệp không có khóa bí mật");
            X509Certificate expired = TestCertificates.certificate(rsa, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35)));
            assertThat(fileError(TestCertificates.pkcs12(rsa.getPrivate(), expired, TestCertificates.PASSWORD), password))
                    .isEqualTo("Chứng thư đã hết hạn ngày " + day(expired.getNotAfter().toInstant()) + ".");
            X509Certificate later = TestCertificates.certificate(rsa, now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(400)));
            assertThat(fileError(TestCertificates.pkcs12(rsa.getPrivate(), later, TestCertificates.PASSWORD), password))
                    .isEqualTo("Chứng thư chưa có hiệu lực: có hiệu lực từ ngày " + day(later.getNotBefore().toInstant()) + ".");
            KeyPair dsa = TestCertificates.generate("DSA", 2048);
            assertThat(fileError(TestCertificates.pkcs12(dsa.getPrivate(), TestCertificates.valid(dsa), TestCertificates.PASSWORD),
                    password)).startsWith("Khóa DSA không được hỗ trợ");

            Document wrong = upload(TestCertificates.validPkcs12(), "chung-thu.pfx", "sai mật khẩu", "");
            assertThat(wrong.select("#password-error").text()).isEqualTo("Sai mật khẩu của tệp chứng thư số.");
            assertThat(wrong.select("#password").attr("value")).isEmpty();
            assertThat(wrong.select("#file-error")).isEmpty();

            assertThat(certificates.find(org)).isEmpty();
            assertThat(audit()).isEmpty();
        }

        @Test
        void aRequestWithoutFileOrOfTheWrongShapeIsRefusedAsSuch() throws Exception {
            Document none = Jsoup.parse(mvc.perform(multipart(path).param("password", "x").with(user(admin)).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(none.select("#file-error").text()).isEqualTo("Chọn tệp chứng thư số (.p12, .pfx).");
            assertThat(fileError(new byte[(int) SigningCertificates.MAX_BYTES + 1], "x"))
                    .startsWith("Tệp quá lớn");
        }
    }

    @Nested
    class Authorization {

        @Test
        void onlyAdministratorsSeeOrChangeAnOrganizationsCertificate() throws Exception {
            CurrentUser organizer = users.user(org, Role.ORGANIZER, Role.APPROVER);
            CurrentUser foreignOrganizer = users.user(users.organization("Sở khác thử chứng thư"), Role.ORGANIZER);
            for (CurrentUser someone : List.of(organizer, foreignOrganizer)) {
                mvc.perform(get(path).with(user(someone))).andExpect(status().isForbidden());
                mvc.perform(multipart(path).file(new MockMultipartFile("file", "a.p12", "application/x-pkcs12",
                                TestCertificates.validPkcs12())).param("password", new String(TestCertificates.PASSWORD))
                                .with(user(someone)).with(csrf()))
                        .andExpect(status().isForbidden());
                mvc.perform(post(path + "/remove").param("expected", "").with(user(someone)).with(csrf()))
                        .andExpect(status().isForbidden());
            }
            assertThatThrownBy(() -> certificates.install(organizer, org,
                    new Upload("a.p12", null, TestCertificates.validPkcs12()), new String(TestCertificates.PASSWORD), ""))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> certificates.of(organizer, org)).isInstanceOf(AccessDeniedException.class);
            assertThat(certificates.find(org)).isEmpty();
        }

        @Test
        void anOrganizationThatDoesNotExistIsNotFound() throws Exception {
            mvc.perform(get("/admin/organizations/{id}/certificate", Long.MAX_VALUE).with(user(admin)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/admin/organizations/{id}/certificate", "abc").with(user(admin))).andExpect(status().isNotFound());
        }

        @Test
        void theOrganizationsPageLinksToItsCertificate() throws Exception {
            Document form = Jsoup.parse(mvc.perform(get("/admin/organizations/{id}", org).with(user(admin)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(form.select("#organization-certificate").attr("href")).isEqualTo(path);
        }
    }
}
