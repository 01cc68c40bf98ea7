package vn.traodoi.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static vn.traodoi.signing.Pkcs12Tests.assertRefused;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestClock;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.Days;
import vn.traodoi.system.Upload;

/**
 * Signing a PDF with an organization's certificate made for the test, and verifying it: intact and whole as signed,
 * broken by any change of a signed byte, no longer whole once bytes are added; the visible block in the page's text.
 */
@IntegrationTest
class PdfSigningIntegrationTests {

    static final SignatureBlock BLOCK = new SignatureBlock("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Thược");
    static final String PASSWORD = new String(TestCertificates.PASSWORD);

    @Autowired
    PdfSigning signing;

    @Autowired
    SigningCertificates certificates;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    CurrentUser admin;
    long org;
    X509Certificate certificate;

    @BeforeEach
    void install() {
        admin = users.admin();
        org = users.organization("Sở Tư pháp thử ký số");
        certificate = TestCertificates.valid(TestCertificates.rsa());
        certificates.install(admin, org, p12(TestCertificates.pkcs12(TestCertificates.rsa().getPrivate(), certificate,
                TestCertificates.PASSWORD)), PASSWORD, "");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Upload p12(byte[] bytes) {
        return new Upload("so-tu-phap.p12", "application/x-pkcs12", bytes);
    }

    static String text(byte[] pdf, int page) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    @Nested
    class Signing {

        @Test
        void aSignedPdfVerifiesIntactAndWholeWithItsSignerAndTime() {
            byte[] pdf = TestCertificates.pdf();
            Instant before = Instant.now().minusSeconds(1);

            byte[] signed = signing.sign(org, pdf, BLOCK, null);

            assertThat(Arrays.copyOf(signed, pdf.length)).as("an incremental update keeps the original bytes").isEqualTo(pdf);
            List<VerifiedSignature> signatures = signing.verify(signed);
            assertThat(signatures).hasSize(1);
            VerifiedSignature s = signatures.getFirst();
            assertThat(s.signer()).isEqualTo("Sở Tư pháp tỉnh Tuyên Quang");
            assertThat(s.organization()).isEqualTo("UBND tỉnh Tuyên Quang");
            assertThat(s.intact()).isTrue();
            assertThat(s.coversWholeDocument()).isTrue();
            assertThat(s.certificateValidAtSigning()).isTrue();
            assertThat(s.subFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(s.signedAt()).isBetween(before, Instant.now().plusSeconds(1));
        }

        @Test
        void theSignatureIsPadesBaselineBWithTheSigningCertificateAndNoSigningTime() throws Exception {
            byte[] signed = signing.sign(org, TestCertificates.pdf(), BLOCK, null);

            try (PDDocument document = Loader.loadPDF(signed)) {
                PDSignature signature = document.getSignatureDictionaries().getFirst();
                assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
                assertThat(signature.getName()).isEqualTo("Nguyễn Thị Thược");
                assertThat(signature.getSignDate()).isNotNull();
                CMSSignedData cms = new CMSSignedData(PdfVerifier.contentInfo(signature.getContents(signed)));
                assertThat(cms.isDetachedSignature()).isTrue();
                SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
                assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
                assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
                assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
                assertThat(cms.getCertificates().getMatches(null)).hasSize(1);
            }
        }

        @Test
        void anEllipticCurveCertificateSignsToo() {
            KeyPair ec = TestCertificates.generate("EC", 256);
            long other = users.organization("Sở Nội vụ thử ký số EC");
            certificates.install(admin, other, p12(TestCertificates.pkcs12(ec.getPrivate(), TestCertificates.valid(ec),
                    TestCertificates.PASSWORD)), PASSWORD, "");

            VerifiedSignature s = signing.verify(signing.sign(other, TestCertificates.pdf(), BLOCK, null)).getFirst();

            assertThat(s.intact()).isTrue();
            assertThat(s.coversWholeDocument()).isTrue();
        }

        @Test
        void aPdfWrittenFromHtmlAsTheDocumentsAreSignsAndVerifies() throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> PdfSigningIntegrationTests.class.getResourceAsStream(VisibleBlock.FONT), "Liberation Serif");
            builder.withHtmlContent("<html><head><style>@page { size: A4; margin: 20mm 20mm 20mm 30mm }"
                    + " body { font-family: 'Liberation Serif'; font-size: 13pt }</style></head><body>"
                    + "<p>ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG</p><p>Số: 12/BC-STP</p>"
                    + "<p>Báo cáo kết quả chuyến công tác học tập kinh nghiệm tại Thành phố Hồ Chí Minh</p></body></html>", null);
            builder.toStream(out);
            builder.run();
            byte[] pdf = out.toByteArray();

            byte[] signed = signing.sign(org, pdf, BLOCK, null);

            VerifiedSignature s = signing.verify(signed).getFirst();
            assertThat(s.intact()).isTrue();
            assertThat(s.coversWholeDocument()).isTrue();
            assertThat(text(signed, 1)).contains("Số: 12/BC-STP", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Thược");
        }

        @Test
        void aSecondSignatureLeavesTheFirstIntactButNoLongerWhole() {
            byte[] once = signing.sign(org, TestCertificates.pdf(), BLOCK, null);
            byte[] twice = signing.sign(org, once, new SignatureBlock("", "GIÁM ĐỐC", "Trần Văn Minh"),
                    new SignatureArea(0, 300, 600, 220, 80));

            List<VerifiedSignature> signatures = signing.verify(twice);

            assertThat(signatures).extracting(VerifiedSignature::intact).containsExactly(true, true);
            assertThat(signatures).extracting(VerifiedSignature::coversWholeDocument).containsExactly(false, true);
        }
    }

    @Nested
    class Changes {

        @Test
        void oneByteChangedInsideTheSignedRangeBreaksTheSignature() {
            byte[] signed = signing.sign(org, TestCertificates.pdf(), BLOCK, null);
            // The second line of the file is a comment of binary bytes: changing one keeps a PDF that opens.
            int comment = indexOf(signed, "\n%".getBytes(StandardCharsets.US_ASCII), 0) + 2;
            assertThat(signed[comment] & 0xFF).isGreaterThanOrEqualTo(0x80);
            byte[] changed = signed.clone();
            changed[comment] ^= 0x01;

            VerifiedSignature s = signing.verify(changed).getFirst();

            assertThat(s.intact()).isFalse();
            assertThat(s.coversWholeDocument()).isTrue();
        }

        @Test
        void aChangedSigningTimeBreaksTheSignature() {
            byte[] signed = signing.sign(org, TestCertificates.pdf(), BLOCK, null);
            int date = indexOf(signed, "/M (D:".getBytes(StandardCharsets.US_ASCII), 0);
            assertThat(date).isPositive();
            byte[] changed = signed.clone();
            int digit = date + "/M (D:".length() + 3;
            changed[digit] = (byte) (changed[digit] == '9' ? '8' : changed[digit] + 1);

            VerifiedSignature s = signing.verify(changed).getFirst();

            assertThat(s.intact()).isFalse();
        }

        @Test
        void bytesAppendedAfterTheSignatureLeaveItIntactButNotWhole() {
            byte[] signed = signing.sign(org, TestCertificates.pdf(), BLOCK, null);
            byte[] tail = "\n% thêm sau khi ký\n".getBytes(StandardCharsets.UTF_8);
            byte[] appended = Arrays.copyOf(signed, signed.length + tail.length);
            System.arraycopy(tail, 0, appended, signed.length, tail.length);

            VerifiedSignature s = signing.verify(appended).getFirst();

            assertThat(s.intact()).isTrue();
            assertThat(s.coversWholeDocument()).isFalse();
        }

        @Test
        void anIncrementalChangeAfterSigningIsNoLongerWhole() throws Exception {
            byte[] signed = signing.sign(org, TestCertificates.pdf(), BLOCK, null);
            byte[] changed;
            try (PDDocument document = Loader.loadPDF(signed)) {
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle("Báo cáo đã sửa");
                document.setDocumentInformation(info);
                document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.saveIncremental(out);
                changed = out.toByteArray();
            }
            assertThat(changed.length).isGreaterThan(signed.length);

            VerifiedSignature s = signing.verify(changed).getFirst();

            assertThat(s.intact()).isTrue();
            assertThat(s.coversWholeDocument()).isFalse();
        }
    }

    @Nested
    class TheVisibleBlock {

        @Test
        void theBlockIsInTheLastPagesTextInTheRightHalfAboveTheBottomMargin() throws Exception {
            clock.freeze();
            byte[] signed = signing.sign(org, TestCertificates.pdf(), BLOCK, null);
            String time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(ZonedDateTime.now(clock));

            assertThat(text(signed, 2)).contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Thược", "Ký số: " + time,
                    "Ký bởi: Sở Tư pháp tỉnh Tuyên Quang, UBND tỉnh Tuyên Quang");
            assertThat(text(signed, 1)).doesNotContain("Nguyễn Thị Thược");
            try (PDDocument document = Loader.loadPDF(signed)) {
                PDPage last = document.getPage(1);
                PDFTextStripperByArea area = new PDFTextStripperByArea();
                // In text coordinates (from the top): the right half, the lowest 32 + 20 mm.
                area.addRegion("block", new Rectangle2D.Float(297.6f, 841.9f - 148, 297.6f, 148));
                area.addRegion("left", new Rectangle2D.Float(0, 0, 297.6f, 841.9f));
                area.extractRegions(last);
                assertThat(area.getTextForRegion("block")).contains("Nguyễn Thị Thược", "Ký số: " + time);
                assertThat(area.getTextForRegion("left")).doesNotContain("Nguyễn");

                PDSignatureField field = document.getSignatureFields().getFirst();
                PDRectangle widget = field.getWidgets().getFirst().getRectangle();
                assertThat(field.getWidgets().getFirst().getPage()).isEqualTo(last);
                assertThat(widget.getLowerLeftX()).isCloseTo(297.6f, offset(0.5f));
                assertThat(widget.getLowerLeftY()).isCloseTo(56.7f, offset(0.5f));
                assertThat(widget.getUpperRightX()).isCloseTo(595.3f - 56.7f, offset(0.5f));

                PDFont font = null;
                for (var name : last.getResources().getFontNames()) {
                    if (last.getResources().getFont(name) instanceof PDType0Font type0) {
                        font = type0;
                    }
                }
                assertThat(font).isNotNull();
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");

                BufferedImage image = new PDFRenderer(document).renderImage(1, 1);
                assertThat(dark(image, new Rectangle(300, 842 - 56 - 90, 236, 88))).as("ink inside the block").isGreaterThan(500);
                assertThat(dark(image, new Rectangle(10, 842 - 56 - 90, 280, 88))).as("ink left of the block").isZero();
            }
        }

        @Test
        void theBlockGoesWhereTheAreaSays() throws Exception {
            byte[] signed = signing.sign(org, TestCertificates.pdf(), BLOCK, new SignatureArea(0, 60, 500, 200, 80));

            assertThat(text(signed, 1)).contains("Nguyễn Thị Thược");
            assertThat(text(signed, 2)).doesNotContain("Nguyễn Thị Thược");
            assertThat(signing.verify(signed).getFirst().intact()).isTrue();
        }

        @Test
        void withoutAuthorityTheBlockStartsWithThePosition() throws Exception {
            byte[] signed = signing.sign(org, TestCertificates.pdf(), new SignatureBlock("", "GIÁM ĐỐC", "Tạ Văn Dũng"), null);

            String text = text(signed, 2);
            assertThat(text).contains("GIÁM ĐỐC\nTạ Văn Dũng\nKý số: ");
            assertThat(text).doesNotContain("KT.");
        }

        static int dark(BufferedImage image, Rectangle r) {
            int count = 0;
            for (int x = r.x; x < r.x + r.width; x++) {
                for (int y = r.y; y < r.y + r.height; y++) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 384) {
                        count++;
                    }
                }
            }
            return count;
        }
    }

    @Nested
    class Refusals {

        @Test
        void anOrganizationWithoutCertificateCannotSign() {
            long none = users.organization("Sở chưa có chứng thư");

            assertThat(signing.canSign(none)).isFalse();
            assertRefused(() -> signing.sign(none, TestCertificates.pdf(), BLOCK, null), "certificate", "signing.noCertificate");
            assertThat(signing.canSign(org)).isTrue();
        }

        @Test
        void aCertificateExpiredAtSigningTimeSignsNothing() {
            clock.freeze();
            clock.advance(Duration.ofDays(400));
            String expiry = Days.SHOWN.format(
                    certificate.getNotAfter().toInstant().atZone(clock.getZone()).toLocalDate());

            assertThat(signing.canSign(org)).isFalse();
            assertRefused(() -> signing.sign(org, TestCertificates.pdf(), BLOCK, null), "certificate", "signing.expired", expiry);
        }

        @Test
        void aCertificateNotYetValidAtSigningTimeSignsNothing() {
            long later = users.organization("Sở thử chứng thư chưa hiệu lực");
            Instant now = Instant.now();
            X509Certificate tomorrow = TestCertificates.certificate(TestCertificates.rsa(), now.plus(Duration.ofHours(2)),
                    now.plus(Duration.ofDays(30)));
            clock.freeze();
            clock.advance(Duration.ofHours(3));
            certificates.install(admin, later, p12(TestCertificates.pkcs12(TestCertificates.rsa().getPrivate(), tomorrow,
                    TestCertificates.PASSWORD)), PASSWORD, "");
            clock.reset();
            String from = Days.SHOWN.format(tomorrow.getNotBefore().toInstant().atZone(clock.getZone()).toLocalDate());

            assertThat(signing.canSign(later)).isFalse();
            assertRefused(() -> signing.sign(later, TestCertificates.pdf(), BLOCK, null), "certificate", "signing.notYetValid", from);
        }

        @Test
        void aPasswordSealedWithAnotherKeySignsNothing() {
            jdbc.sql("UPDATE signing_certificates SET password_sealed = ? WHERE organization_id = ?")
                    .params(new SigningKey(SigningKeyTests.randomKey(), Path.of("target"))
                            .seal(PASSWORD.getBytes(StandardCharsets.UTF_8), "signing_certificates.password:" + org), org)
                    .update();

            assertThat(signing.canSign(org)).isFalse();
            assertRefused(() -> signing.sign(org, TestCertificates.pdf(), BLOCK, null), "certificate",
                    "signing.certificate.otherKey");
        }

        @Test
        void aCharacterOutsideTheFontIsNamed() {
            assertRefused(() -> signing.sign(org, TestCertificates.pdf(), new SignatureBlock("", "GIÁM ĐỐC", "Nguyễn 漢"), null),
                    "block", "signing.block.glyph", "漢", "U+6F22");
        }

        @Test
        void badDocumentsAndPlacesAreRefused() {
            assertRefused(() -> signing.sign(org, "không phải PDF".getBytes(StandardCharsets.UTF_8), BLOCK, null), "pdf",
                    "signing.pdf.broken");
            assertRefused(() -> signing.sign(org, TestCertificates.pdf(), BLOCK, new SignatureArea(5, 60, 500, 200, 80)),
                    "area", "signing.area.outside");
            assertRefused(() -> signing.sign(org, TestCertificates.pdf(), BLOCK, new SignatureArea(0, 500, 500, 200, 80)),
                    "area", "signing.area.outside");
            assertRefused(() -> signing.sign(org, TestCertificates.pdf(), BLOCK, new SignatureArea(0, Float.NaN, 500, 200, 80)),
                    "area", "signing.area.outside");
            assertRefused(() -> signing.sign(org, TestCertificates.pdf(), new SignatureBlock("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", " "), null),
                    "block", "signing.block.noName");
        }

        @Test
        void verifyingSomethingThatIsNoPdfIsRefusedAndAnUnsignedPdfHasNoSignature() {
            assertRefused(() -> signing.verify("không phải PDF".getBytes(StandardCharsets.UTF_8)), "file", "signing.verify.notPdf");
            assertThat(signing.verify(TestCertificates.pdf())).isEmpty();
        }
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
