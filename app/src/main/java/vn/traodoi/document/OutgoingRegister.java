package vn.traodoi.document;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.traodoi.account.CurrentUser;

/**
 * The register of outgoing documents (sổ đăng ký văn bản đi) as issuing needs it: the next number of the issuer's
 * register for the type and year, in the caller's transaction. The register module implements it.
 */
public interface OutgoingRegister {

    /** A number taken: "05" of "05/KH-SNV" and the symbol after it. */
    record Entry(long entryId, String number, String symbol, LocalDate issuedOn) {

        public String full() {
            return number + "/" + symbol;
        }
    }

    /** Takes the next number; refuses (with a message for the user) when the issuer's abbreviation is not set. */
    Entry take(CurrentUser user, long organizationId, IssuedType type, LocalDate issuedOn, String summary,
            String recordLink, @Nullable String division);

    /** The number already given to this record's document of this type, unless it was cancelled. */
    Optional<Entry> issuedFor(long organizationId, IssuedType type, String recordLink);

    /** The abbreviation of the issuer's name in symbols ("SNV"), when its administrator set it. */
    Optional<String> abbreviation(long organizationId);
}
