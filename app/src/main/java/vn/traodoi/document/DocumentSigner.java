package vn.traodoi.document;

/** Signs an issued PDF with the issuer's certificate (the signing module implements it). */
public interface DocumentSigner {

    /** Whether the organization has a certificate that can sign now. */
    boolean canSign(long organizationId);

    /** The PDF signed (PAdES), with a visible block naming the signer's authority, position and name. */
    byte[] sign(long organizationId, byte[] pdf, OfficialText.Signature signature);
}
