package vn.traodoi.register;

import java.time.LocalDate;
import java.util.Objects;
import vn.traodoi.document.IssuedType;

/**
 * A number taken in the register: the entry that holds it, the organization's number of that type in that year and
 * the symbol, as the document shows them after "Số:".
 *
 * <pre>
 * new IssuedNumber(7, 3, KE_HOACH, 2026, 1, "KH-SNV", LocalDate.of(2026, 1, 5)).full() → "01/KH-SNV"
 * number 10 → numberText() "10"; number 683 of a công văn "SNV-CCVC" → "683/SNV-CCVC"
 * </pre>
 */
public record IssuedNumber(long entryId, long organizationId, IssuedType type, int year, int number, String symbol,
        LocalDate issuedOn) {

    public IssuedNumber {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (number < 1) {
            throw new IllegalArgumentException("a number starts at 1, was " + number);
        }
    }

    /** The number in Arabic numerals, below 10 with a leading zero (Decree 30 Art. 15): "01", "09", "10", "683". */
    public String numberText() {
        return numberText(number);
    }

    /** Number and symbol: "01/KH-SNV". */
    public String full() {
        return numberText() + "/" + symbol;
    }

    static String numberText(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
