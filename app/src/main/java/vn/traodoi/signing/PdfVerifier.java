package vn.traodoi.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Checks one signature of a PDF: its CMS signature over the bytes its byte range covers (the message digest and the
 * signature value, with the certificate it carries, and that the signed signing-certificate attribute names that
 * certificate), whether the byte range covers the whole file, and whether the certificate was valid when the signature
 * says it was made. It says who signed as the certificate says; whether that certificate is to be trusted (its chain to
 * a root, revocation) is not checked (ADR 0017).
 */
final class PdfVerifier {

    private PdfVerifier() {
    }

    static VerifiedSignature check(PDSignature signature, byte[] pdf) {
        String subFilter = Objects.toString(signature.getSubFilter(), "");
        boolean whole = coversWholeFile(signature.getByteRange(), pdf.length);
        Instant dictionaryTime = instant(signature.getSignDate());
        String claimedName = Objects.toString(signature.getName(), "");
        try {
            byte[] contents = signature.getContents(pdf);
            byte[] signed = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contentInfo(contents));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = null;
            for (Object match : cms.getCertificates().getMatches(signer.getSID())) {
                holder = (X509CertificateHolder) match;
                break;
            }
            if (holder == null) {
                return new VerifiedSignature(claimedName, null, dictionaryTime, false, whole, false, subFilter);
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            CertificateFacts facts = CertificateFacts.of(certificate);
            boolean intact;
            try {
                intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))
                        && namesItsCertificate(signer, certificate);
            } catch (CMSException | OperatorCreationException | RuntimeException e) {
                intact = false;
            }
            Instant signedAt = signingTime(signer);
            if (signedAt == null) {
                signedAt = dictionaryTime;
            }
            return new VerifiedSignature(facts.holder(), facts.organization(), signedAt, intact, whole,
                    validAt(certificate, signedAt), subFilter);
        } catch (IOException | CMSException | GeneralSecurityException | RuntimeException e) {
            // Contents that are no CMS signature (adbe.x509.rsa_sha1, or damaged): nothing says it is intact.
            return new VerifiedSignature(claimedName, null, dictionaryTime, false, whole, false, subFilter);
        }
    }

    /**
     * The CMS structure at the start of the signature's contents, which the signer reserved larger than needed and
     * padded with zeros after it.
     */
    static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive first = in.readObject();
            if (first == null) {
                throw new IOException("empty signature contents");
            }
            return ContentInfo.getInstance(first);
        }
    }

    /** Two ranges from the first byte to the last, with only the signature's contents between them. */
    static boolean coversWholeFile(int @Nullable [] range, int length) {
        return range != null && range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
                && range[3] >= 0 && (long) range[2] + range[3] == length;
    }

    /**
     * Whether the signed signing-certificate attribute, v2 (SHA-256 or another hash) or v1 (SHA-1), names the
     * certificate that verified the signature; a signature without one (adbe.pkcs7.detached) names none.
     */
    private static boolean namesItsCertificate(SignerInformation signer, X509Certificate certificate)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        AttributeTable attributes = signer.getSignedAttributes();
        if (attributes == null) {
            return true;
        }
        byte[] encoded = certificate.getEncoded();
        Attribute v2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (v2 != null) {
            ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
            return Arrays.equals(id.getCertHash(), digest(id.getHashAlgorithm(), encoded));
        }
        Attribute v1 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
        if (v1 != null) {
            ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
            return Arrays.equals(id.getCertHash(), MessageDigest.getInstance("SHA-1").digest(encoded));
        }
        return true;
    }

    private static byte[] digest(AlgorithmIdentifier algorithm, byte[] bytes) throws OperatorCreationException, IOException {
        DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build().get(algorithm);
        calculator.getOutputStream().write(bytes);
        calculator.getOutputStream().close();
        return calculator.getDigest();
    }

    /** The signed signing-time attribute, which signatures other than PAdES carry. */
    private static @Nullable Instant signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute time = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (time == null || time.getAttrValues().size() == 0) {
            return null;
        }
        ASN1Encodable value = time.getAttrValues().getObjectAt(0);
        return Time.getInstance(value).getDate().toInstant();
    }

    private static boolean validAt(X509Certificate certificate, @Nullable Instant at) {
        if (at == null) {
            return false;
        }
        try {
            certificate.checkValidity(Date.from(at));
            return true;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
    }

    private static @Nullable Instant instant(@Nullable Calendar calendar) {
        return calendar == null ? null : calendar.toInstant();
    }
}
