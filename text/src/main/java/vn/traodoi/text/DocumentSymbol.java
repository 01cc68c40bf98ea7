package vn.traodoi.text;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The "số, ký hiệu" (number and symbol) of an official document, checked against the forms of Decree
 * 30/2020/NĐ-CP and of legal and Party documents. A symbol that fits none of them is not an error: officials
 * copy what the paper says, so it is kept as written and only flagged.
 *
 * <pre>
 * classify("196/KH-UBND")   → ADMINISTRATIVE
 * classify("683/SNV-CCVC")  → ADMINISTRATIVE
 * classify("98/2023/QH15")  → NORMATIVE
 * classify("29/2025/NĐ-CP") → NORMATIVE
 * classify("18-NQ/TW")      → PARTY
 * classify("196 KH UBND")   → empty (non-standard)
 * </pre>
 */
public final class DocumentSymbol {

    /** The families of document numbering. */
    public enum Family {
        /** Administrative documents (Decree 30/2020, Annex I): {@code 196/KH-UBND}, {@code 683/SNV-CCVC}. */
        ADMINISTRATIVE,
        /** Legal normative documents with their year: {@code 98/2023/QH15}, {@code 01/2024/TT-BNV}. */
        NORMATIVE,
        /** Party documents: {@code 18-NQ/TW}, {@code 35-KL/TW}, {@code 12-CT/TU}. */
        PARTY
    }

    private static final String CODE = "\\p{Lu}[\\p{L}\\d]*";
    private static final Pattern ADMINISTRATIVE = Pattern.compile("(?U)\\d{1,6}/" + CODE + "(?:-" + CODE + ")+");
    private static final Pattern NORMATIVE = Pattern.compile("(?U)\\d{1,6}/(?:19|20)\\d{2}/" + CODE + "(?:-" + CODE + ")*");
    private static final Pattern PARTY = Pattern.compile("(?U)\\d{1,6}-" + CODE + "/" + CODE + "(?:-" + CODE + ")*");

    private DocumentSymbol() {
    }

    /** The family the symbol follows exactly, or empty when it is written in another way. */
    public static Optional<Family> classify(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        String text = VietnameseText.normalize(symbol);
        if (NORMATIVE.matcher(text).matches()) {
            return Optional.of(Family.NORMATIVE);
        }
        if (PARTY.matcher(text).matches()) {
            return Optional.of(Family.PARTY);
        }
        if (ADMINISTRATIVE.matcher(text).matches()) {
            return Optional.of(Family.ADMINISTRATIVE);
        }
        return Optional.empty();
    }

    public static boolean isStandard(String symbol) {
        return classify(symbol).isPresent();
    }
}
