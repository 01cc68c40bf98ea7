package vn.traodoi.document;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A document as it was issued: its number and symbol, day, signer, and whether its PDF carries a digital signature. */
public record IssuedDocument(long id, long organizationId, IssuedType type, String recordLink, String number,
        String symbol, LocalDate issuedOn, @Nullable String summary, @Nullable String signerAuthority,
        @Nullable String signerPrincipal, String signerPosition, String signerName, boolean signed, Instant issuedAt) {

    /** "05/KH-SNV". */
    public String numberAndSymbol() {
        return number + "/" + symbol;
    }

    /** A file name an official recognises: "05-KH-SNV.pdf". */
    public String fileName(String extension) {
        return (number + "-" + symbol).replaceAll("[^\\p{L}\\p{N}-]+", "-") + "." + extension;
    }
}
