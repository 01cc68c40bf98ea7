package vn.traodoi.workshop;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.system.ConcurrentEditException;

/**
 * Hội thảo, góp ý: the workshops of my organization and those it takes part in, and one workshop's page with its
 * general information. Its parts have their own controllers: participants ({@link ParticipantPages}), the draft
 * ({@link DraftPages}), comments and answers ({@link CommentPages}), invitations ({@link WorkshopInvitationPages}),
 * conclusions and the next meeting ({@link ConclusionPages}), response templates ({@link ResponseTemplatePages}).
 */
@Controller
@RequestMapping("/workshops")
class WorkshopPages {

    private final Workshops workshops;
    private final WorkshopViews views;

    WorkshopPages(Workshops workshops, WorkshopViews views) {
        this.workshops = workshops;
        this.views = views;
    }

    /** Which page of the comments (all, or the unanswered ones) and of the latest version's sections to show. */
    record Shown(@Nullable Boolean unanswered, @Nullable Integer page, @Nullable Integer sectionPage) {
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("rows", workshops.list(me, q));
        model.addAttribute("q", q);
        return "workshops/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("partsOfDay", PartOfDay.values());
        model.addAttribute("form", WorkshopForm.empty());
        return "workshops/form";
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") WorkshopForm form,
            BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("partsOfDay", PartOfDay.values());
            return "workshops/form";
        }
        return "redirect:/workshops/" + workshops.create(me, form);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Workshop w = workshops.editable(me, id);
        model.addAttribute("partsOfDay", PartOfDay.values());
        model.addAttribute("workshop", w);
        model.addAttribute("form", WorkshopForm.of(w));
        return "workshops/form";
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @ModelAttribute("form") WorkshopForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("partsOfDay", PartOfDay.values());
        model.addAttribute("workshop", workshops.editable(me, id));
        if (errors.hasErrors()) {
            return "workshops/form";
        }
        try {
            workshops.update(me, id, form);
        } catch (ConcurrentEditException e) {
            // What was typed stays; saving again (after a look at the stored record) replaces it knowingly.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", true);
            model.addAttribute("form", new WorkshopForm(form.title(), form.projectTitle(), form.steeringCommittee(),
                    form.supportGroup(), form.consultant(), form.heldOn(), form.partOfDay(), form.place(), form.chair(),
                    form.agenda(), form.conclusions(), workshops.editable(me, id).version()));
            return "workshops/form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/workshops/" + id;
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @ModelAttribute Shown shown,
            Model model) {
        return views.show(me, id, Boolean.TRUE.equals(shown.unanswered()), shown.page() == null ? 1 : shown.page(),
                shown.sectionPage() == null ? 0 : shown.sectionPage(), model);
    }

    @PostMapping("/{id}/status")
    String status(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam Workshop.Status status,
            @RequestParam int version) {
        workshops.setStatus(me, id, status, version);
        return "redirect:/workshops/" + id;
    }
}
