package vn.traodoi.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;

class Pkcs12Tests {

    static void assertRefused(ThrowingCallable call, String field, String code, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .containsExactly(new FieldProblem(field, code, List.of(arguments))));
    }

    @Test
    void findsTheKeyEntryWithItsCertificate() {
        X509Certificate certificate = TestCertificates.valid(TestCertificates.rsa());
        byte[] file = TestCertificates.pkcs12(TestCertificates.rsa().getPrivate(), certificate, TestCertificates.PASSWORD);

        Pkcs12.Contents contents = Pkcs12.read(file, TestCertificates.PASSWORD);

        assertThat(contents.alias()).isEqualTo("khoa-ky");
        assertThat(contents.certificate()).isEqualTo(certificate);
        assertThat(contents.key().getAlgorithm()).isEqualTo("RSA");
        CertificateFacts facts = CertificateFacts.of(contents.certificate());
        assertThat(facts.commonName()).isEqualTo("Sở Tư pháp tỉnh Tuyên Quang");
        assertThat(facts.organization()).isEqualTo("UBND tỉnh Tuyên Quang");
        assertThat(facts.sha256()).hasSize(64).matches("[0-9A-F]+");
        assertThat(facts.fingerprint()).hasSize(95).startsWith(facts.sha256().substring(0, 2) + ":");
    }

    @Test
    void takesAnEllipticCurveKey() {
        KeyPair ec = TestCertificates.generate("EC", 256);
        byte[] file = TestCertificates.pkcs12(ec.getPrivate(), TestCertificates.valid(ec), TestCertificates.PASSWORD);

        assertThat(Pkcs12.read(file, TestCertificates.PASSWORD).key().getAlgorithm()).isEqualTo("EC");
    }

    @Nested
    class Refuses {

        @Test
        void aFileThatIsNoPkcs12() {
            assertRefused(() -> Pkcs12.read(TestCertificates.pdf(), TestCertificates.PASSWORD), "file",
                    "signing.certificate.notPkcs12");
            assertRefused(() -> Pkcs12.read("-----BEGIN CERTIFICATE-----".getBytes(StandardCharsets.US_ASCII),
                    TestCertificates.PASSWORD), "file", "signing.certificate.notPkcs12");
        }

        @Test
        void aWrongPassword() {
            assertRefused(() -> Pkcs12.read(TestCertificates.validPkcs12(), "mật-khẩu-sai".toCharArray()), "password",
                    "signing.certificate.wrongPassword");
            assertRefused(() -> Pkcs12.read(TestCertificates.validPkcs12(), new char[0]), "password",
                    "signing.certificate.wrongPassword");
        }

        @Test
        void aFileWithoutPrivateKey() {
            byte[] file = TestCertificates.withoutKey(TestCertificates.valid(TestCertificates.rsa()), TestCertificates.PASSWORD);

            assertRefused(() -> Pkcs12.read(file, TestCertificates.PASSWORD), "file", "signing.certificate.noPrivateKey");
        }

        @Test
        void aKeyNeitherRsaNorEc() {
            KeyPair dsa = TestCertificates.generate("DSA", 2048);
            byte[] file = TestCertificates.pkcs12(dsa.getPrivate(), TestCertificates.valid(dsa), TestCertificates.PASSWORD);

            assertRefused(() -> Pkcs12.read(file, TestCertificates.PASSWORD), "file", "signing.certificate.unsupportedKey",
                    "DSA");
        }

        @Test
        void aCertificateNotIssuedForSigning() {
            Instant now = Instant.now();
            X509Certificate encipherment = TestCertificates.certificate(TestCertificates.rsa(), now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(30)), TestCertificates.CN, TestCertificates.O, false);
            byte[] file = TestCertificates.pkcs12(TestCertificates.rsa().getPrivate(), encipherment, TestCertificates.PASSWORD);

            assertRefused(() -> Pkcs12.read(file, TestCertificates.PASSWORD), "file", "signing.certificate.notForSigning");
        }

        @Test
        void aKeyThatIsNotTheCertificates() {
            KeyPair other = TestCertificates.generate("RSA", 2048);
            byte[] file = TestCertificates.pkcs12(other.getPrivate(), TestCertificates.valid(TestCertificates.rsa()),
                    TestCertificates.PASSWORD);

            assertRefused(() -> Pkcs12.read(file, TestCertificates.PASSWORD), "file", "signing.certificate.keyMismatch");
        }
    }
}
