package vn.traodoi.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.traodoi.delegation.DocumentType;
import vn.traodoi.place.Organization;
import vn.traodoi.text.VietnameseText;
import vn.traodoi.text.extract.DocumentReference;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.text.extract.Fact;
import vn.traodoi.text.extract.Span;

/**
 * The documents an article cites, for a proposal: "Kế hoạch số 45/KH-UBND ngày 10/6/2022 của UBND tỉnh" becomes a
 * KE_HOACH numbered 45/KH-UBND, its issuer named as the directory knows it on that day, or as written when the text
 * shows the name whole.
 */
final class CitedDocuments {

    /** Words that start a new phrase after an issuer's name: "của Quốc hội về …", "của UBND tỉnh, ngày …". */
    private static final Set<String> AFTER_ISSUER = Set.of("về", "ngày", "năm", "số", "và", "tại", "đã", "được", "quy",
            "hướng", "để", "nhằm", "với", "cho", "trong", "thì", "là", "có", "do", "đến", "từ", "theo", "sau", "khi",
            "này", "vừa", "cũng", "mới", "nhưng", "đồng", "trên", "giai");

    private final Directory directory;

    CitedDocuments(Directory directory) {
        this.directory = directory;
    }

    /** Each document once (an article may cite one twice, with and without its date), its issuer whole or not at all. */
    List<Draft.Document> of(ExtractedRecord record, LocalDate on) {
        Map<String, Draft.Document> documents = new LinkedHashMap<>();
        for (Fact<DocumentReference> fact : record.documents()) {
            DocumentReference d = fact.value();
            String issuer = wholeIssuer(d.issuer(), record.text(), fact.span(), d.issuedOn() != null ? d.issuedOn() : on);
            Draft.Document doc = new Draft.Document(documentType(d.type()), d.symbol(), d.issuedOn(), issuer, d.legalBasis());
            String key = VietnameseText.fold(d.type() + " " + d.symbol());
            Draft.Document earlier = documents.get(key);
            documents.put(key, earlier == null ? doc : new Draft.Document(earlier.type(), earlier.numberSymbol(),
                    earlier.issuedOn() != null ? earlier.issuedOn() : doc.issuedOn(),
                    earlier.issuer() != null ? earlier.issuer() : doc.issuer(), earlier.legalBasis() || doc.legalBasis()));
        }
        return List.copyOf(documents.values());
    }

    /**
     * The issuer's whole name, or null. The directory's name when it knows the issuer; else the name as written when
     * the text shows it whole: two words at least, followed in the text by punctuation or by a word that starts a new
     * phrase ("của Quốc hội về …"). "của Quốc" (for "của Quốc hội") is cut and gives null.
     */
    @Nullable String wholeIssuer(@Nullable String issuer, String text, Span span, LocalDate on) {
        if (issuer == null || issuer.isBlank()) {
            return null;
        }
        Optional<Organization> known = directory.organization(issuer, on);
        if (known.isPresent()) {
            return known.get().name();
        }
        String name = VietnameseText.normalize(issuer);
        if (name.split(" ").length < 2) {
            return null;
        }
        int at = text.indexOf(name, Math.max(0, span.start()));
        if (at < 0) {
            return null;
        }
        int end = at + name.length();
        if (end >= text.length()) {
            return name;
        }
        char next = text.charAt(end);
        if (next != ' ') {
            return Character.isLetterOrDigit(next) ? null : name;
        }
        String rest = text.substring(end + 1);
        String word = rest.split("[\\s,.;:()]", 2)[0].toLowerCase(Locale.ROOT);
        return AFTER_ISSUER.contains(word) ? name : null;
    }

    static DocumentType documentType(String word) {
        return switch (VietnameseText.fold(word).toLowerCase(Locale.ROOT)) {
            case "ke hoach" -> DocumentType.KE_HOACH;
            case "cong van" -> DocumentType.CONG_VAN;
            case "quyet dinh" -> DocumentType.QUYET_DINH;
            case "nghi quyet" -> DocumentType.NGHI_QUYET;
            case "thong bao" -> DocumentType.THONG_BAO;
            case "chi thi" -> DocumentType.CHI_THI;
            case "ket luan" -> DocumentType.KET_LUAN;
            case "to trinh" -> DocumentType.TO_TRINH;
            case "bao cao" -> DocumentType.BAO_CAO;
            case "luat" -> DocumentType.LUAT;
            case "nghi dinh" -> DocumentType.NGHI_DINH;
            case "thong tu" -> DocumentType.THONG_TU;
            default -> DocumentType.KHAC;
        };
    }
}
