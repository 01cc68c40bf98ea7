package vn.traodoi.workshop;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
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
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.Consequences;
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException;

/**
 * Kết luận, nhiệm vụ: the chair's conclusions become follow-up tasks (the lines that name no known organization stay
 * in the form), and the next meeting is scheduled.
 */
@Controller
@RequestMapping("/workshops/{id}")
class ConclusionPages {

    private final Workshops workshops;
    private final WorkshopConclusions conclusions;
    private final WorkshopViews views;
    private final Consequences consequences;

    ConclusionPages(Workshops workshops, WorkshopViews views, WorkshopConclusions conclusions,
            Consequences consequences) {
        this.consequences = consequences;
        this.conclusions = conclusions;
        this.workshops = workshops;
        this.views = views;
    }

    @PostMapping("/conclusions")
    String conclusions(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @ModelAttribute("conclusionsForm") ConclusionsForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        try {
            List<String> unresolved = conclusions.assignConclusions(me, id, form.assignments());
            if (!unresolved.isEmpty()) {
                consequences.await();
                model.addAttribute("unresolved", unresolved);
                model.addAttribute("conclusionsForm", new ConclusionsForm(String.join("\n", unresolved)));
                return views.show(me, id, false, model);
            }
            redirect.addFlashAttribute("assigned", true);
            return "redirect:/workshops/" + id + "#follow-up";
        } catch (InvalidInputException e) {
            FormErrors.reject(errors, e);
            return views.show(me, id, false, model);
        }
    }

    @PostMapping("/next-meeting")
    String nextMeeting(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @ModelAttribute("nextMeetingForm") NextMeetingForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            FormErrors.unreadable(model, "nextMeetingForm", NextMeetingForm.empty(), errors);
            return views.show(me, id, false, model);
        }
        try {
            LocalDate day = form.on() == null || form.on().isBlank() ? null : Days.parse(form.on())
                    .orElseThrow(() -> new InvalidInputException("on", "typeMismatch.java.time.LocalDate"));
            workshops.scheduleNextMeeting(me, id, day, form.part(), form.note(), form.version());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/workshops/" + id + "#follow-up";
        } catch (InvalidInputException e) {
            FormErrors.reject(errors, e);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors.reject("workshop.stale");
        }
        return views.show(me, id, false, model);
    }
}
