package vn.traodoi.register;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.traodoi.document.IssuedType;

/** One line of the register as stored: the number, what was issued and from which record, and its cancellation. */
record RegisterEntry(long id, long organizationId, IssuedType type, int year, int number, String symbol,
        String summary, LocalDate issuedOn, long issuedBy, String recordLink, @Nullable OffsetDateTime cancelledAt,
        @Nullable Long cancelledBy, @Nullable String cancelNote, int version) {

    static final String COLUMNS = """
            id, organization_id, type, year, number, symbol, summary, issued_on, issued_by, record_link, cancelled_at,
            cancelled_by, cancel_note, version""";

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** "01/KH-SNV". */
    public String full() {
        return issued().full();
    }

    IssuedNumber issued() {
        return new IssuedNumber(id, organizationId, type, year, number, symbol, issuedOn);
    }
}
