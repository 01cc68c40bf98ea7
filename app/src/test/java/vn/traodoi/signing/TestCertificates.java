package vn.traodoi.signing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates made for the tests with Bouncy Castle: self-signed, RSA 2048 (or EC P-256, or DSA that traodoi does
 * not sign with), valid around now or not, in a PKCS#12 with the key or without it; and a small PDF to sign.
 */
public final class TestCertificates {

    static final String CN = "Sở Tư pháp tỉnh Tuyên Quang";
    static final String O = "UBND tỉnh Tuyên Quang";
    public static final char[] PASSWORD = "mật-khẩu-chứng-thư 2026".toCharArray();

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    private static volatile KeyPair rsa;

    private TestCertificates() {
    }

    /** One RSA 2048 key pair for the run: generating one takes a while. */
    static KeyPair rsa() {
        KeyPair k = rsa;
        if (k == null) {
            k = generate("RSA", 2048);
            rsa = k;
        }
        return k;
    }

    static KeyPair generate(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(size);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate certificate(KeyPair keys, Instant from, Instant to) {
        return certificate(keys, from, to, CN, O, true);
    }

    static X509Certificate certificate(KeyPair keys, Instant from, Instant to, String cn, String o, boolean forSigning) {
        try {
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, o)
                    .addRDN(BCStyle.CN, cn).build();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(to), name, keys.getPublic());
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(forSigning
                    ? KeyUsage.digitalSignature | KeyUsage.nonRepudiation : KeyUsage.keyEncipherment));
            String algorithm = switch (keys.getPrivate().getAlgorithm()) {
                case "RSA" -> "SHA256withRSA";
                case "EC" -> "SHA256withECDSA";
                default -> "SHA256withDSA";
            };
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Valid from yesterday for a year. */
    static X509Certificate valid(KeyPair keys) {
        Instant now = Instant.now();
        return certificate(keys, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
    }

    static byte[] pkcs12(PrivateKey key, X509Certificate certificate, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("khoa-ky", key, password, new Certificate[] {certificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#12 with the certificate only, as one exported without its private key. */
    static byte[] withoutKey(X509Certificate certificate, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("chi-chung-thu", certificate);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The usual test file: RSA 2048, valid now, with its key. */
    public static byte[] validPkcs12() {
        return pkcs12(rsa().getPrivate(), valid(rsa()), PASSWORD);
    }

    /** A two-page A4 PDF made with PDFBox. */
    static byte[] pdf() {
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 13);
                    content.newLineAtOffset(85, 760);
                    content.showText("Trang " + i + " - Bao cao ket qua chuyen cong tac");
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
