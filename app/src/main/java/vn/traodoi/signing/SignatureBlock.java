package vn.traodoi.signing;

import static java.util.Objects.requireNonNull;

/**
 * The signer's lines of the visible block, as the document's signature block writes them (Decree 30/2020): the
 * authority ("KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", or "" when the head signs), the position ("PHÓ GIÁM ĐỐC") and the
 * signer's name ("Nguyễn Thị Thược").
 */
public record SignatureBlock(String authority, String position, String signerName) {

    public SignatureBlock {
        requireNonNull(authority, "authority");
        requireNonNull(position, "position");
        requireNonNull(signerName, "signerName");
    }
}
