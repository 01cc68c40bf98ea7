package vn.traodoi.workshop;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.Page;
import vn.traodoi.system.StateConflictException;

/**
 * Góp ý qua đường dẫn mời: an outside expert, without an account, reads the latest version of that one workshop's
 * draft and comments on its sections. An expired or revoked link says so (410); an unknown one is 404.
 */
@Controller
@RequestMapping("/y-kien/{token}")
class InvitationPages {

    private final WorkshopComments comments;
    private final WorkshopInvitations invitations;
    private final WorkshopDrafts drafts;

    InvitationPages(WorkshopComments comments, WorkshopInvitations invitations, WorkshopDrafts drafts) {
        this.comments = comments;
        this.invitations = invitations;
        this.drafts = drafts;
    }

    @GetMapping
    String show(@PathVariable String token, @RequestParam(defaultValue = "0") int sectionPage, Model model,
            HttpServletResponse response) {
        WorkshopInvitations.Invited invited = invited(token, model, response);
        if (invited == null) {
            return "workshops/invitation";
        }
        CommentForm typed = (CommentForm) model.getAttribute("commentForm");
        if (typed == null) {
            model.addAttribute("commentForm", CommentForm.empty());
        }
        model.addAttribute("invitation", invited.invitation());
        model.addAttribute("workshop", invited.workshop());
        DraftVersion latest = drafts.latest(invited.workshop().id()).orElse(null);
        model.addAttribute("latest", latest);
        Page<DraftSection> sections = latest == null ? null
                : drafts.sectionPage(latest, sectionPage, typed == null ? null : typed.sectionId());
        model.addAttribute("sections", sections == null ? List.of() : sections.items());
        model.addAttribute("sectionPage", sections);
        model.addAttribute("mine", comments.ofInvitation(token));
        model.addAttribute("token", token);
        return "workshops/invitation";
    }

    /** A section of the latest version whole ({@code ?muc=id}), when the list showed only its beginning. */
    @GetMapping(params = "muc")
    String section(@PathVariable String token, @RequestParam("muc") long sectionId, Model model,
            HttpServletResponse response) {
        WorkshopInvitations.Invited invited = invited(token, model, response);
        if (invited == null) {
            return "workshops/invitation";
        }
        long workshopId = invited.workshop().id();
        DraftSection section = drafts.section(workshopId, sectionId);
        if (drafts.latest(workshopId).map(DraftVersion::id).filter(id -> id == section.draftId()).isEmpty()) {
            throw new NotFoundException("section", sectionId);
        }
        model.addAttribute("workshop", invited.workshop());
        model.addAttribute("section", section);
        model.addAttribute("draftNumber", drafts.number(section));
        model.addAttribute("back", "/y-kien/" + token + "?sectionPage=" + WorkshopDrafts.pageOf(section) + "#section-"
                + section.id());
        return "workshops/section";
    }

    /** The invitation behind the link; null, with the page saying why (410), when it can no longer be used. */
    private WorkshopInvitations.@Nullable Invited invited(String token, Model model, HttpServletResponse response) {
        try {
            return invitations.invited(token);
        } catch (InvitationUnusableException e) {
            response.setStatus(410);
            model.addAttribute("unusable", e.messageCode());
            return null;
        }
    }

    /** A comment by the invited expert; what was typed stays when it is refused, or when the link can no longer be used. */
    @PostMapping
    String comment(@PathVariable String token, @ModelAttribute("commentForm") CommentForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            FormErrors.unreadable(model, "commentForm", CommentForm.empty(), errors);
            String view = show(token, 0, model, response);
            response.setStatus(422);
            return view;
        }
        try {
            comments.addByInvitation(token, form.draftId(), form.sectionId(), form.content());
            redirect.addFlashAttribute("commented", true);
            return "redirect:/y-kien/" + token;
        } catch (InvitationUnusableException e) {
            response.setStatus(410);
            model.addAttribute("unusable", e.messageCode());
            return "workshops/invitation";
        } catch (InvalidInputException e) {
            String view = show(token, 0, model, response);
            FormErrors.reject(errors, e);
            response.setStatus(422);
            return view;
        } catch (StateConflictException e) {
            String view = show(token, 0, model, response);
            FormErrors.reject(errors, e);
            response.setStatus(409);
            return view;
        }
    }
}
