package vn.traodoi.workshop;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.InvalidInputException;

/** Thành phần tham dự: the holder adds and removes a workshop's participants. */
@Controller
@RequestMapping("/workshops/{id}/participants")
class ParticipantPages {

    private final Workshops workshops;
    private final WorkshopViews views;

    ParticipantPages(Workshops workshops, WorkshopViews views) {
        this.workshops = workshops;
        this.views = views;
    }

    @PostMapping
    String add(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @ModelAttribute("participantForm") ParticipantForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            FormErrors.unreadable(model, "participantForm", ParticipantForm.empty(), errors);
            return views.show(me, id, false, model);
        }
        try {
            workshops.addParticipant(me, id, form.name(), form.title(), form.organizationId(), form.description());
            return "redirect:/workshops/" + id + "#participants";
        } catch (InvalidInputException e) {
            FormErrors.reject(errors, e);
            return views.show(me, id, false, model);
        }
    }

    @PostMapping("/{participantId}/delete")
    String remove(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long participantId) {
        workshops.removeParticipant(me, id, participantId);
        return "redirect:/workshops/" + id + "#participants";
    }
}
