package vn.traodoi.signing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.TraodoiProperties;
import vn.traodoi.system.Upload;
import vn.traodoi.system.Uploads;

/**
 * Kiểm tra chữ ký số: anyone signed in uploads a signed PDF and sees each signature, who signed, when, whether the file
 * is as signed. Nothing of the upload is stored.
 */
@Controller
@RequestMapping("/documents/verify")
class VerifyPages {

    /** One signature as the page shows it, its time in Vietnam's time. */
    record Row(String signer, @Nullable String organization, @Nullable LocalDateTime signedAt, boolean intact,
            boolean coversWholeDocument, boolean certificateValidAtSigning, String subFilter) {
    }

    private final PdfSigning signing;
    private final Uploads uploads;
    private final Uploads.Rule rule;
    private final Clock clock;

    VerifyPages(PdfSigning signing, Uploads uploads, TraodoiProperties properties, Clock clock) {
        this.signing = signing;
        this.uploads = uploads;
        this.rule = new Uploads.Rule("file", properties.maxRequestSize().toBytes(), Set.of(Uploads.Type.PDF),
                "signing.verify.empty", "signing.verify.tooLarge", "signing.verify.notPdf");
        this.clock = clock;
    }

    @GetMapping
    String form() {
        return "documents/verify";
    }

    @PostMapping
    String verify(@RequestParam(required = false) @Nullable MultipartFile file, Model model) {
        Upload upload = Upload.of(file);
        try {
            byte[] pdf = uploads.check(rule, upload).bytes();
            List<Row> rows = signing.verify(pdf).stream()
                    .map(s -> new Row(s.signer(), s.organization(),
                            s.signedAt() == null ? null : LocalDateTime.ofInstant(s.signedAt(), clock.getZone()),
                            s.intact(), s.coversWholeDocument(), s.certificateValidAtSigning(), s.subFilter()))
                    .toList();
            model.addAttribute("fileName", upload.baseName());
            model.addAttribute("signatures", rows);
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", e.problems().getFirst());
        }
        return "documents/verify";
    }
}
