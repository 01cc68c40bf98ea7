package vn.traodoi.workshop;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.StateConflictException;

/**
 * Góp ý qua đường dẫn mời: an outside expert, without an account, reads the latest version of that one workshop's
 * draft and comments on its sections. An expired or revoked link says so (410); an unknown one is 404.
 */
@Controller
@RequestMapping("/y-kien/{token}")
class InvitationPages {

    private final WorkshopComments comments;
    private final WorkshopDrafts drafts;

    InvitationPages(WorkshopComments comments, WorkshopDrafts drafts) {
        this.comments = comments;
        this.drafts = drafts;
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        WorkshopComments.Invited invited;
        try {
            invited = comments.invited(token);
        } catch (InvitationUnusableException e) {
            response.setStatus(410);
            model.addAttribute("unusable", e.messageCode());
            return "workshops/invitation";
        }
        model.addAttribute("invitation", invited.invitation());
        model.addAttribute("workshop", invited.workshop());
        DraftVersion latest = drafts.latest(invited.workshop().id()).orElse(null);
        model.addAttribute("latest", latest);
        model.addAttribute("sections", latest == null ? List.of() : drafts.sections(latest.id()));
        model.addAttribute("mine", comments.ofInvitation(token));
        model.addAttribute("token", token);
        return "workshops/invitation";
    }

    @PostMapping
    String comment(@PathVariable String token, @RequestParam(required = false) @Nullable Long draftId,
            @RequestParam(required = false) @Nullable Long sectionId, @RequestParam(required = false) @Nullable String content,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            comments.addByInvitation(token, draftId, sectionId, content);
            redirect.addFlashAttribute("commented", true);
            return "redirect:/y-kien/" + token;
        } catch (InvitationUnusableException e) {
            response.setStatus(410);
            model.addAttribute("unusable", e.messageCode());
            model.addAttribute("typedComment", content);
            return "workshops/invitation";
        } catch (InvalidInputException | StateConflictException e) {
            String view = show(token, model, response);
            model.addAttribute("commentError", e instanceof InvalidInputException i ? i.problems().getFirst().messageCode()
                    : ((StateConflictException) e).messageCode());
            model.addAttribute("typedComment", content);
            model.addAttribute("typedSectionId", sectionId);
            response.setStatus(e instanceof StateConflictException ? 409 : 422);
            return view;
        }
    }
}
