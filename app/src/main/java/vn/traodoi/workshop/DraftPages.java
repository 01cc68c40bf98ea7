package vn.traodoi.workshop;

import java.io.IOException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.Downloads;
import vn.traodoi.system.InvalidInputException;

/** Dự thảo: the versions of a workshop's draft, their files, one section whole, and two versions compared. */
@Controller
@RequestMapping("/workshops/{id}")
class DraftPages {

    private final Workshops workshops;
    private final WorkshopDrafts drafts;
    private final WorkshopViews views;

    DraftPages(Workshops workshops, WorkshopDrafts drafts, WorkshopViews views) {
        this.workshops = workshops;
        this.drafts = drafts;
        this.views = views;
    }

    @PostMapping("/drafts")
    String upload(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @ModelAttribute("draftForm") DraftForm form, BindingResult errors, Model model, RedirectAttributes redirect)
            throws IOException {
        if (errors.hasErrors()) {
            FormErrors.unreadable(model, "draftForm", DraftForm.empty(), errors);
            return views.show(me, id, false, model);
        }
        try {
            MultipartFile file = form.file();
            DraftVersion v = drafts.upload(me, id, file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes(), form.note(), form.absorbed());
            redirect.addFlashAttribute("uploaded", v.number());
            return "redirect:/workshops/" + id + "#draft";
        } catch (InvalidInputException e) {
            FormErrors.reject(errors, e);
            return views.show(me, id, false, model);
        }
    }

    @GetMapping("/drafts/{number}")
    ResponseEntity<FileSystemResource> file(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @PathVariable int number) {
        WorkshopDrafts.Download file = drafts.download(me, id, number);
        return Downloads.attachment(file.path(), file.fileName(), file.contentType());
    }

    /** A section whole, when the list showed only its beginning. */
    @GetMapping("/sections/{sectionId}")
    String section(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long sectionId,
            Model model) {
        DraftSection section = drafts.section(me, id, sectionId);
        model.addAttribute("workshop", workshops.get(me, id));
        model.addAttribute("section", section);
        model.addAttribute("draftNumber", drafts.number(section));
        model.addAttribute("back", "/workshops/" + id + "?sectionPage=" + WorkshopDrafts.pageOf(section) + "#section-"
                + section.id());
        return "workshops/section";
    }

    @GetMapping("/compare")
    String compare(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam int from,
            @RequestParam int to, Model model) {
        model.addAttribute("workshop", workshops.get(me, id));
        model.addAttribute("versions", drafts.versions(id));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("changes", drafts.compare(me, id, from, to));
        return "workshops/compare";
    }
}
