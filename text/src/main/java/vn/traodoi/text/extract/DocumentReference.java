package vn.traodoi.text.extract;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A document cited with its number and symbol: "Nghị quyết số 98/2023/QH15 ngày 24-6-2023 của Quốc hội".
 * {@code type} is the word before "số" as written ("Nghị quyết"); {@code family} the symbol's form;
 * {@code legalBasis} says that the text names it as the ground of the event ("căn cứ", "thực hiện", "theo Kế hoạch
 * số …"), rather than citing it.
 */
public record DocumentReference(String type, String symbol, vn.traodoi.text.DocumentSymbol.@Nullable Family family,
        @Nullable LocalDate issuedOn, @Nullable String issuer, boolean legalBasis) {

    public DocumentReference(String type, String symbol, vn.traodoi.text.DocumentSymbol.@Nullable Family family,
            @Nullable LocalDate issuedOn, @Nullable String issuer) {
        this(type, symbol, family, issuedOn, issuer, false);
    }

    public String key() {
        return type.toLowerCase(java.util.Locale.ROOT) + " " + symbol + (issuedOn == null ? "" : " " + issuedOn);
    }
}
