package vn.traodoi.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException;

/**
 * Signs an organization's PDFs with its installed certificate, and checks the signatures of any PDF. The public API of
 * the signing module: the issuing of documents signs what it issues; the verification page checks what comes back.
 *
 * <pre>
 * byte[] signed = signing.sign(organizationId, pdf, new SignatureBlock("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Thược"), null);
 * signing.verify(signed) → [VerifiedSignature[signer=Sở Tư pháp, organization=UBND tỉnh Tuyên Quang, intact=true, …]]
 * </pre>
 */
@Service
public class PdfSigning {

    /** The document's text is Vietnamese, whatever the language of the user who issues it. */
    private static final Locale DOCUMENT = Locale.of("vi");
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** Millimetres in PDF points: the default block keeps 20 mm from the bottom and the right edge (Decree 30). */
    private static final float MM = 72f / 25.4f;
    private static final float MARGIN = 20 * MM;
    private static final float BLOCK_HEIGHT = 32 * MM;

    private final SigningCertificates certificates;
    private final MessageSource messages;
    private final Clock clock;

    PdfSigning(SigningCertificates certificates, MessageSource messages, Clock clock) {
        this.certificates = certificates;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether the organization has a certificate valid now, with a private key that this node can open. */
    public boolean canSign(long organizationId) {
        Instant now = clock.instant();
        return certificates.find(organizationId)
                .filter(i -> !now.isBefore(i.facts().notBefore()) && !now.isAfter(i.facts().notAfter()))
                .filter(certificates::opens)
                .isPresent();
    }

    /**
     * Signs the PDF (PAdES B-B: ETSI.CAdES.detached, SHA-256) with the organization's certificate, as an incremental
     * update that leaves the original bytes as they were, with a visible block on the last page (position, name,
     * "Ký số: dd/MM/yyyy HH:mm", the certificate's holder), placed in the right half above the bottom margin unless
     * {@code area} is given. Refuses, with an {@link InvalidInputException} of a message code: no certificate, one
     * expired or not yet valid now, one that this node's signing key cannot open; a PDF that does not open, is
     * encrypted or forbids changes; an area off the page; a character that the block's font lacks.
     */
    public byte[] sign(long organizationId, byte[] pdf, SignatureBlock block, @Nullable SignatureArea area) {
        SigningCertificates.Installed installed = certificates.find(organizationId)
                .orElseThrow(() -> new InvalidInputException("certificate", "signing.noCertificate"));
        Instant now = clock.instant();
        if (now.isAfter(installed.facts().notAfter())) {
            throw new InvalidInputException("certificate", "signing.expired", day(installed.facts().notAfter()));
        }
        if (now.isBefore(installed.facts().notBefore())) {
            throw new InvalidInputException("certificate", "signing.notYetValid", day(installed.facts().notBefore()));
        }
        if (block.signerName().isBlank()) {
            throw new InvalidInputException("block", "signing.block.noName");
        }
        Pkcs12.Contents material = certificates.material(organizationId);
        ZonedDateTime at = ZonedDateTime.ofInstant(now, clock.getZone());
        try (PDDocument document = load(pdf); SignatureOptions options = new SignatureOptions()) {
            if (document.isEncrypted()) {
                throw new InvalidInputException("pdf", "signing.pdf.encrypted");
            }
            if (document.getNumberOfPages() == 0) {
                throw new InvalidInputException("pdf", "signing.pdf.broken");
            }
            if (forbidsChanges(document)) {
                throw new InvalidInputException("pdf", "signing.pdf.locked");
            }
            int pageIndex = area == null ? document.getNumberOfPages() - 1 : area.pageIndex();
            if (pageIndex < 0 || pageIndex >= document.getNumberOfPages()) {
                throw new InvalidInputException("area", "signing.area.outside");
            }
            PDPage page = document.getPage(pageIndex);
            PDRectangle rectangle = rectangle(page, area);
            CertificateFacts facts = CertificateFacts.of(material.certificate());
            List<VisibleBlock.Line> lines = VisibleBlock.lines(block,
                    message("signing.block.signedAt", SIGNED_AT.format(at)),
                    message("signing.block.signedBy", holder(facts)));
            VisibleBlock.draw(document, page, rectangle, lines);

            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(new VisibleBlock.Line(block.signerName(), true).text());
            signature.setSignDate(GregorianCalendar.from(at));
            options.setPage(pageIndex);
            options.setPreferredSignatureSize(signatureSize(material.chain()));
            document.addSignature(signature, new CadesSigner(material.key(), material.chain()), options);
            place(document, signature, rectangle);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot sign the PDF", e);
        }
    }

    /**
     * Every signature of the PDF, in the order of the document's fields, each as checked by {@link PdfVerifier}; an
     * empty list for a PDF without any. A file that is no PDF, or one encrypted with a password, is refused.
     */
    public List<VerifiedSignature> verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<VerifiedSignature> signatures = new ArrayList<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                signatures.add(PdfVerifier.check(signature, pdf));
            }
            return signatures;
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException("file", "signing.verify.encrypted");
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "signing.verify.notPdf");
        }
    }

    private static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException("pdf", "signing.pdf.encrypted");
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("pdf", "signing.pdf.broken");
        }
    }

    /** The default place: the right half of the page, above the bottom margin, inside the right margin. */
    private static PDRectangle rectangle(PDPage page, @Nullable SignatureArea area) {
        PDRectangle box = page.getCropBox();
        if (area == null) {
            float width = box.getWidth() / 2 - MARGIN;
            return new PDRectangle(box.getLowerLeftX() + box.getWidth() / 2, box.getLowerLeftY() + MARGIN, width,
                    BLOCK_HEIGHT);
        }
        boolean inside = Float.isFinite(area.x()) && Float.isFinite(area.y()) && Float.isFinite(area.width())
                && Float.isFinite(area.height()) && area.width() >= 36 && area.height() >= 24
                && area.x() >= box.getLowerLeftX() && area.y() >= box.getLowerLeftY()
                && area.x() + area.width() <= box.getUpperRightX() && area.y() + area.height() <= box.getUpperRightY();
        if (!inside) {
            throw new InvalidInputException("area", "signing.area.outside");
        }
        return new PDRectangle(area.x(), area.y(), area.width(), area.height());
    }

    /**
     * Gives the signature's widget the block's rectangle, so that a reader shows the signature where the block is;
     * its own appearance is empty, since the block is in the page's content.
     */
    private static void place(PDDocument document, PDSignature signature, PDRectangle rectangle) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            PDSignature value = field.getSignature();
            if (value != null && value.getCOSObject() == signature.getCOSObject()) {
                PDAnnotationWidget widget = field.getWidgets().getFirst();
                widget.setRectangle(rectangle);
                PDAppearanceStream appearance = new PDAppearanceStream(document);
                appearance.setBBox(new PDRectangle(rectangle.getWidth(), rectangle.getHeight()));
                appearance.setResources(new PDResources());
                PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
                dictionary.setNormalAppearance(appearance);
                widget.setAppearance(dictionary);
                return;
            }
        }
        throw new IllegalStateException("PDFBox added no field for the signature");
    }

    /** A certifying signature that allows no change (DocMDP permission 1). */
    private static boolean forbidsChanges(PDDocument document) {
        COSDictionary permissions = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        COSDictionary docMdp = permissions == null ? null : permissions.getCOSDictionary(COSName.DOCMDP);
        COSArray references = docMdp == null ? null : docMdp.getCOSArray(COSName.REFERENCE);
        if (references == null) {
            return false;
        }
        for (COSBase entry : references) {
            COSBase reference = entry instanceof COSObject indirect ? indirect.getObject() : entry;
            if (reference instanceof COSDictionary ref
                    && ref.getCOSDictionary(COSName.TRANSFORM_PARAMS) instanceof COSDictionary params
                    && params.getInt(COSName.P, 2) == 1) {
                return true;
            }
        }
        return false;
    }

    /** Room for the CMS signature: the chain, the signed attributes and the signature value, with a margin. */
    private static int signatureSize(List<X509Certificate> chain) {
        int size = 8192;
        for (X509Certificate certificate : chain) {
            try {
                size += certificate.getEncoded().length;
            } catch (CertificateEncodingException e) {
                size += 4096;
            }
        }
        return Math.max(size, SignatureOptions.DEFAULT_SIGNATURE_SIZE);
    }

    /** "Sở Tư pháp, UBND tỉnh Tuyên Quang": the holder and the organization the certificate names. */
    private static String holder(CertificateFacts facts) {
        String organization = facts.organization();
        return organization == null || organization.equals(facts.holder()) ? facts.holder()
                : facts.holder() + ", " + organization;
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, DOCUMENT);
    }

    private String day(Instant instant) {
        return Days.SHOWN.format(LocalDate.ofInstant(instant, clock.getZone()));
    }
}
