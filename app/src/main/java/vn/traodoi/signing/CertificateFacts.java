package vn.traodoi.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.jspecify.annotations.Nullable;

/**
 * What a certificate says that people read: its subject ("CN=Sở Nội vụ,O=UBND Thành phố Hồ Chí Minh,C=VN"), the
 * common name and organization in it, the issuer, the serial number and SHA-256 fingerprint in upper-case hex, the
 * validity period and the key's algorithm. Names are read from the certificate's encoding, so Vietnamese letters in
 * UTF-8 strings come out as written.
 */
record CertificateFacts(String subject, @Nullable String commonName, @Nullable String organization, String issuer,
        String serialNumber, Instant notBefore, Instant notAfter, String sha256, String keyAlgorithm) {

    static CertificateFacts of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        return new CertificateFacts(shown(subject), first(subject, BCStyle.CN), first(subject, BCStyle.O),
                shown(issuer), certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), sha256(certificate),
                certificate.getPublicKey().getAlgorithm());
    }

    /** The name to show for the holder: the common name, else the whole subject. */
    String holder() {
        return commonName != null ? commonName : subject;
    }

    /** The fingerprint in pairs, as certificate viewers show it: "3F:A0:…". */
    String fingerprint() {
        return String.join(":", sha256.split("(?<=\\G..)"));
    }

    /** A name as certificate viewers write it, most specific first: "CN=…,O=…,C=VN" (RFC 4514 order). */
    static String shown(X500Name name) {
        RDN[] rdns = name.getRDNs();
        RDN[] reversed = new RDN[rdns.length];
        for (int i = 0; i < rdns.length; i++) {
            reversed[i] = rdns[rdns.length - 1 - i];
        }
        return new X500Name(BCStyle.INSTANCE, reversed).toString();
    }

    static @Nullable String first(X500Name name, ASN1ObjectIdentifier attribute) {
        RDN[] rdns = name.getRDNs(attribute);
        if (rdns.length == 0) {
            return null;
        }
        ASN1Encodable value = rdns[0].getFirst().getValue();
        String text = value instanceof ASN1String s ? s.getString() : IETFUtils.valueToString(value);
        return text.isBlank() ? null : text.strip();
    }

    static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("a certificate that was read can be encoded and hashed", e);
        }
    }
}
