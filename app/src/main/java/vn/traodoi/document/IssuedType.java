package vn.traodoi.document;

import java.util.Set;
import vn.traodoi.document.OfficialText.Authority;

/**
 * The types of document traodoi issues (Decree 30/2020, Appendix III), each numbered in its own register: its name as
 * the heading writes it and the abbreviation in its symbol (a letter has none: its symbol is issuer–division).
 */
public enum IssuedType {
    KE_HOACH("KẾ HOẠCH", "KH"),
    QUYET_DINH("QUYẾT ĐỊNH", "QĐ"),
    BAO_CAO("BÁO CÁO", "BC"),
    GIAY_MOI("GIẤY MỜI", "GM"),
    THONG_BAO("THÔNG BÁO", "TB"),
    CONG_VAN("CÔNG VĂN", "");

    private final String title;
    private final String abbreviation;

    IssuedType(String title, String abbreviation) {
        this.title = title;
        this.abbreviation = abbreviation;
    }

    public String title() {
        return title;
    }

    public String abbreviation() {
        return abbreviation;
    }

    /**
     * The symbol for an issuer (and a division, which only a công văn uses).
     *
     * <pre>
     * KE_HOACH.symbol("SNV", null) → "KH-SNV"; CONG_VAN.symbol("SNV", "CCVC") → "SNV-CCVC"
     * </pre>
     */
    public String symbol(String issuer, String division) {
        return this == CONG_VAN ? issuer + "-" + division : abbreviation + "-" + issuer;
    }

    /**
     * How a signer may sign it: a decision and a plan are signed by the head, a deputy (KT.), an acting head (Q.) or
     * for a collective body (TM.), not "thừa lệnh" or "thừa ủy quyền", which Article 13 leaves to lesser documents.
     */
    public boolean allows(Authority authority) {
        return !(Set.of(QUYET_DINH, KE_HOACH).contains(this) && Set.of(Authority.TL, Authority.TUQ).contains(authority));
    }
}
