package vn.traodoi.register;

/**
 * The types of document of Decree 30/2020 Appendix III that traodoi issues, with the name written on the document and
 * the abbreviation of the symbol. A công văn has no type abbreviation: its symbol is the issuer's abbreviation and the
 * drafting division's.
 *
 * <pre>
 * KE_HOACH.abbreviation() → "KH", KE_HOACH.title() → "KẾ HOẠCH"; symbol "KH-SNV"
 * CONG_VAN.abbreviation() → "" ; symbol "SNV-CCVC", as in 683/SNV-CCVC
 * </pre>
 */
public enum RegisterType {
    KE_HOACH("KH", "KẾ HOẠCH"),
    QUYET_DINH("QĐ", "QUYẾT ĐỊNH"),
    BAO_CAO("BC", "BÁO CÁO"),
    GIAY_MOI("GM", "GIẤY MỜI"),
    THONG_BAO("TB", "THÔNG BÁO"),
    CONG_VAN("", "CÔNG VĂN");

    private final String abbreviation;
    private final String title;

    RegisterType(String abbreviation, String title) {
        this.abbreviation = abbreviation;
        this.title = title;
    }

    /** The abbreviation of the type in a symbol ("KH"); empty for a công văn, which has none. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The name of the type as the document heads it ("KẾ HOẠCH"). */
    public String title() {
        return title;
    }

    /**
     * The symbol for an issuer (and a division, which only a công văn uses).
     *
     * <pre>
     * KE_HOACH.symbol("SNV", null) → "KH-SNV"; CONG_VAN.symbol("SNV", "CCVC") → "SNV-CCVC"
     * </pre>
     */
    String symbol(String issuer, String division) {
        return this == CONG_VAN ? issuer + "-" + division : abbreviation + "-" + issuer;
    }
}
