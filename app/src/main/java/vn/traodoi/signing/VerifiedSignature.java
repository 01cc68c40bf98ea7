package vn.traodoi.signing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One signature of a PDF as checked.
 *
 * @param signer       the common name of the signing certificate's subject (its whole subject when it has none)
 * @param organization the organization the certificate names (O), when it names one
 * @param signedAt     when the signature says it was made (its signed signing-time attribute, else the signature
 *                     dictionary's /M); not a trusted time: there is no time-stamp
 * @param intact       the CMS signature is valid for the bytes its byte range covers, and its certificate is the one
 *                     the signed signing-certificate attribute names
 * @param coversWholeDocument the byte range covers the whole file but the signature itself: nothing was added after
 * @param certificateValidAtSigning the certificate was within its validity period at {@code signedAt}
 * @param subFilter    the signature's format ("ETSI.CAdES.detached" for PAdES, "adbe.pkcs7.detached", …)
 */
public record VerifiedSignature(String signer, @Nullable String organization, @Nullable Instant signedAt, boolean intact,
        boolean coversWholeDocument, boolean certificateValidAtSigning, String subFilter) {
}
