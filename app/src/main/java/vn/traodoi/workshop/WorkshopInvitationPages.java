package vn.traodoi.workshop;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.InvalidInputException;

/**
 * Mời chuyên gia góp ý: the holder creates a link for an outside expert (shown once, and mailed when an address is
 * given) and revokes it. The expert's side is {@link InvitationPages}.
 */
@Controller
@RequestMapping("/workshops/{id}/invitations")
class WorkshopInvitationPages {

    private final WorkshopInvitations invitations;
    private final InvitationMail mail;
    private final WorkshopViews views;

    WorkshopInvitationPages(WorkshopInvitations invitations, InvitationMail mail, WorkshopViews views) {
        this.invitations = invitations;
        this.mail = mail;
        this.views = views;
    }

    @PostMapping
    String invite(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @ModelAttribute("invitationForm") InvitationForm form, BindingResult errors, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            FormErrors.unreadable(model, "invitationForm", InvitationForm.empty(), errors);
            return views.show(me, id, false, model);
        }
        try {
            WorkshopInvitations.NewInvitation created = invitations.invite(me, id, form.expertName(), form.organization(),
                    form.email(), form.validDays());
            String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                    + request.getContextPath();
            String link = base + "/y-kien/" + created.token();
            redirect.addFlashAttribute("invitationLink", link);
            redirect.addFlashAttribute("invitationFor", created.invitation().expertName());
            redirect.addFlashAttribute("invitationMail", mail.send(created, link).name());
            return "redirect:/workshops/" + id + "#invitations";
        } catch (InvalidInputException e) {
            FormErrors.reject(errors, e);
            return views.show(me, id, false, model);
        }
    }

    @PostMapping("/{invitationId}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long invitationId) {
        invitations.revoke(me, id, invitationId);
        return "redirect:/workshops/" + id + "#invitations";
    }
}
