package vn.traodoi.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The content of an official document in the layout of Decree 30/2020/NĐ-CP (Article 8 and Appendix I), for any
 * output (Word, PDF), component by component: the parent body and the issuing body, the national motto and slogan,
 * the number and symbol, the place and date, the type and summary (or, for a letter, "V/v …" under the number and the
 * addressees), the content, the signer's authority, position and name, the recipients, and an annex. What is not known
 * yet (the number and the date before the document is issued, the signer's name) is left blank to fill, never made up.
 *
 * @param parentBody    the body the issuer belongs to ("Ủy ban nhân dân Thành phố Hồ Chí Minh"), when there is one
 * @param issuingBody   the issuing body ("Sở Nội vụ")
 * @param number        the number in the register ("01"), or null while the document is a draft
 * @param symbol        the symbol after the number: type–issuer ("KH-SNV"), or issuer–division for a letter
 *                      ("SNV-CCVC"); an unknown issuer abbreviation leaves "KH-" open
 * @param place         where the issuer sits, as Decree 30 writes it ("Thành phố Hồ Chí Minh", "Hà Nội"), or null
 * @param date          the day of issue, or null while a draft
 * @param type          the type in capitals ("KẾ HOẠCH"), or null for a letter (công văn)
 * @param summary       what it is about: below the type, or "V/v …" under the number of a letter
 * @param addressees    "Kính gửi:" lines of a letter or an invitation (none for other types)
 * @param blocks        the content
 * @param signature     who signs and with what authority
 * @param recipients    "Nơi nhận:" lines ("Như trên", "Lưu: VT"), each written with its dash
 * @param annex         a table on its own page after the signature (the members of a delegation), or null
 */
public record OfficialText(@Nullable String parentBody, String issuingBody, @Nullable String number, String symbol,
        @Nullable String place, @Nullable LocalDate date, @Nullable String type, @Nullable String summary,
        List<String> addressees, List<Block> blocks, Signature signature, List<String> recipients, @Nullable Annex annex) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    public OfficialText {
        addressees = List.copyOf(addressees);
        blocks = List.copyOf(blocks);
        recipients = List.copyOf(recipients);
    }

    /** What a part of the content is, which says how it is set. */
    public enum Kind {
        /** "I. MỤC ĐÍCH, YÊU CẦU": bold, left. */
        HEADING,
        /** Body text: justified, the first line indented. */
        PARAGRAPH,
        /** "- …": a list item (the dash is written once, whatever the text began with). */
        ITEM,
        /** "Căn cứ …;": a legal basis, italic, as in a decision. */
        BASIS,
        /** "QUYẾT ĐỊNH:" or the issuer's authority before the bases: bold, centred. */
        CENTERED,
        /** "Điều 1. …": the article's label bold, then its text. */
        ARTICLE
    }

    /** A part of the content; {@code label} is the article's "Điều 1." and empty otherwise. */
    public record Block(Kind kind, String label, String text) {

        public Block {
            Objects.requireNonNull(kind);
            text = text.strip();
            if (kind == Kind.ITEM) {
                text = text.replaceFirst("^[-–•+]\\s*", "");
            }
        }

        public static Block heading(String text) {
            return new Block(Kind.HEADING, "", text);
        }

        public static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, "", text);
        }

        public static Block item(String text) {
            return new Block(Kind.ITEM, "", text);
        }

        public static Block basis(String text) {
            return new Block(Kind.BASIS, "", text);
        }

        public static Block centered(String text) {
            return new Block(Kind.CENTERED, "", text);
        }

        public static Block article(String label, String text) {
            return new Block(Kind.ARTICLE, label, text);
        }

        /** The text as it is set: an item with its dash. */
        public String shown() {
            return switch (kind) {
                case ITEM -> "- " + text;
                case ARTICLE -> label + " " + text;
                default -> text;
            };
        }
    }

    /**
     * The signer: the authority before the position ("KT. GIÁM ĐỐC" above "PHÓ GIÁM ĐỐC"; TM., KT., Q., TL., TUQ., or
     * none when the head signs), the position, and the name, or null to be written by hand.
     */
    public record Signature(@Nullable Authority authority, @Nullable String principal, String position,
            @Nullable String name) {

        /** The lines above the signature, in capitals: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC". */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            if (authority != null && principal != null && !principal.isBlank()) {
                lines.add(authority.abbreviation() + " " + principal.strip().toUpperCase(VI));
            }
            lines.add(position.strip().toUpperCase(VI));
            return lines;
        }
    }

    /** How the signer signs for the issuer (Decree 30/2020, Article 13). */
    public enum Authority {
        /** Thay mặt: for a collective body. */
        TM("TM."),
        /** Ký thay: a deputy for the head. */
        KT("KT."),
        /** Quyền: an acting head. */
        Q("Q."),
        /** Thừa lệnh: a unit's head on the head's order. */
        TL("TL."),
        /** Thừa ủy quyền: on the head's written delegation. */
        TUQ("TUQ.");

        private final String abbreviation;

        Authority(String abbreviation) {
            this.abbreviation = abbreviation;
        }

        public String abbreviation() {
            return abbreviation;
        }
    }

    /** An annex: its title lines ("Danh sách thành viên Đoàn công tác"), the table's headers and rows. */
    public record Annex(List<String> titles, List<String> headers, List<List<String>> rows) {

        public Annex {
            titles = List.copyOf(titles);
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** "Số: 01/KH-SNV", or "Số:      /KH-SNV" with the number left to fill. */
    public String numberLine() {
        return "Số: " + (number == null ? "      " : number) + "/" + symbol;
    }

    /** "Thành phố Hồ Chí Minh, ngày 15 tháng 7 năm 2022", or the date left to fill. */
    public String placeAndDate() {
        return OfficialDates.placeAndDate(place, date);
    }

    /** Under an annex's title: "(Kèm theo Quyết định số 01/QĐ-SNV ngày 05/02/2023 của Sở Nội vụ)", blanks in a draft. */
    public String annexReference() {
        String kind = type == null ? "Công văn" : type.substring(0, 1) + type.substring(1).toLowerCase(VI);
        String day = date == null ? "      /      /      " : String.format("%02d/%02d/%d", date.getDayOfMonth(),
                date.getMonthValue(), date.getYear());
        return "(Kèm theo " + kind + " số " + (number == null ? "      " : number) + "/" + symbol + " ngày " + day + " của "
                + issuingBody + ")";
    }

    /** A letter (công văn): no type line; its summary "V/v …" stands under the number. */
    public boolean letter() {
        return type == null;
    }

    /** The same document, issued: its number and date filled, and the signer's name when given. */
    public OfficialText issued(String number, LocalDate date, @Nullable String signerName) {
        return new OfficialText(parentBody, issuingBody, number, symbol, place, date, type, summary, addressees, blocks,
                new Signature(signature.authority(), signature.principal(), signature.position(),
                        signerName == null || signerName.isBlank() ? signature.name() : signerName.strip()),
                recipients, annex);
    }

    /** The same document with another symbol (the one the register gives). */
    public OfficialText withSymbol(String symbol) {
        return new OfficialText(parentBody, issuingBody, number, symbol, place, date, type, summary, addressees, blocks,
                signature, recipients, annex);
    }

    /** As a Word document (editable, Times New Roman). */
    public byte[] docx() {
        return OfficialDocx.render(this);
    }

    /** As a PDF, A4, with a metric-compatible Times face embedded. */
    public byte[] pdf() {
        return OfficialPdf.render(this);
    }
}
