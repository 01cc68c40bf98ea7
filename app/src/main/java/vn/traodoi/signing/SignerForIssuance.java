package vn.traodoi.signing;

import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.traodoi.document.DocumentSigner;
import vn.traodoi.document.OfficialText;

/** The organization's certificate signing the documents the document module issues, with the signer's block. */
@Component
class SignerForIssuance implements DocumentSigner {

    private final PdfSigning signing;

    SignerForIssuance(PdfSigning signing) {
        this.signing = signing;
    }

    @Override
    public boolean canSign(long organizationId) {
        return signing.canSign(organizationId);
    }

    @Override
    public byte[] sign(long organizationId, byte[] pdf, OfficialText.Signature signature) {
        String authority = signature.lines().size() > 1 ? signature.lines().getFirst() : "";
        return signing.sign(organizationId, pdf, new SignatureBlock(authority, signature.lines().getLast(),
                Objects.requireNonNullElse(signature.name(), "")), null);
    }
}
