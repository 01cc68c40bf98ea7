package vn.traodoi.document;

import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.traodoi.document.OfficialText.Authority;

/**
 * Issuing one of the record's documents: who signs and how (authority, the head's position when signing for them,
 * the signer's position and name), the division of a letter's symbol ("CCVC" in 683/SNV-CCVC), the contact a letter
 * names, and whether the PDF is signed with the organization's certificate.
 */
public record IssueForm(@Nullable Authority authority,
        @Size(max = 200, message = "{validation.tooLong}") @Nullable String principal,
        @Size(max = 200, message = "{validation.tooLong}") @Nullable String position,
        @Size(max = 200, message = "{validation.tooLong}") @Nullable String signerName,
        @Size(max = 30, message = "{validation.tooLong}") @Nullable String division,
        @Size(max = 300, message = "{validation.tooLong}") @Nullable String contact,
        @Nullable Boolean sign) {

    /** The fields of the form: a problem of another field is the record's or the register's. */
    public static final Set<String> FIELDS = Set.of("authority", "principal", "position", "signerName", "division",
            "contact", "sign");

    public static IssueForm empty() {
        return new IssueForm(null, null, null, null, null, null, null);
    }

    public boolean signs() {
        return Boolean.TRUE.equals(sign);
    }
}
