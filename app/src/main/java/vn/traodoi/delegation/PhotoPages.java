package vn.traodoi.delegation;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.DelegationService.PhotoFile;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.Upload;

/** The photos of a delegation's sessions: uploaded on the programme tab, served only to those who see the record. */
@Controller
@RequestMapping("/delegations/{id}")
class PhotoPages {

    private final PhotoService photos;
    private final RecordPage record;

    PhotoPages(PhotoService photos, RecordPage record) {
        this.photos = photos;
        this.record = record;
    }

    @PostMapping("/sessions/{sessionId}/photos")
    String addPhoto(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long sessionId,
            @RequestParam(required = false) @Nullable MultipartFile photo,
            @RequestParam(required = false) @Nullable String caption, @RequestParam int version, Model model) {
        try {
            photos.addPhoto(me, id, sessionId, Upload.of(photo), caption, version);
            return RecordPage.redirect(id, "programme");
        } catch (InvalidInputException e) {
            model.addAttribute("photoError", e.problems().getFirst());
            model.addAttribute("photoSessionId", sessionId);
            model.addAttribute("typedCaption", caption);
            return record.show(me, id, "programme", model);
        }
    }

    @GetMapping("/photos/{photoId}")
    ResponseEntity<FileSystemResource> photo(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @PathVariable long photoId) {
        PhotoFile file = photos.photo(me, id, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("Cache-Control", "private, max-age=3600").body(new FileSystemResource(file.path()));
    }
}
