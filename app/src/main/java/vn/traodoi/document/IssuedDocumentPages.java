package vn.traodoi.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.traodoi.account.CurrentUser;

/** The issued documents' files, as issued ("05-KH-SNV.pdf"), for the issuer and the organizations they concern. */
@Controller
class IssuedDocumentPages {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Issuance issuance;

    IssuedDocumentPages(Issuance issuance) {
        this.issuance = issuance;
    }

    @GetMapping("/documents/issued/{id}.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return file(me, id, true);
    }

    @GetMapping("/documents/issued/{id}.docx")
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return file(me, id, false);
    }

    private ResponseEntity<byte[]> file(CurrentUser me, long id, boolean pdf) {
        IssuedDocument document = issuance.get(me, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(pdf ? "application/pdf" : DOCX))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(document.fileName(pdf ? "pdf" : "docx"), StandardCharsets.UTF_8).build().toString())
                .header("Cache-Control", "private, no-store").body(issuance.file(me, id, pdf));
    }
}
