package vn.traodoi.workshop;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.CsvWriter;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.XlsxWriter;

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

    private final MessageSource messages;

    WorkshopPages(Workshops workshops, WorkshopViews views, MessageSource messages) {
        this.messages = messages;
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

    /** The list with its filter as a spreadsheet; the column names are stable identifiers for the programs that read it. */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String q,
            Locale locale) {
        return CsvWriter.download("hoi-thao.csv", exported(me, q, locale));
    }

    /** The same list, the same columns, as an Excel workbook. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) @Nullable String q, Locale locale) {
        return XlsxWriter.download("hoi-thao.xlsx", messages.getMessage("workshops.title", null, locale),
                exported(me, q, locale));
    }

    private List<List<Object>> exported(CurrentUser me, @Nullable String q, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("ma", "ten", "du_thao", "ngay", "buoi", "co_quan_to_chuc", "so_y_kien", "chua_tra_loi",
                "trang_thai"));
        for (Workshops.Row r : workshops.list(me, q)) {
            Workshop w = r.workshop();
            rows.add(Arrays.asList(w.id(), w.title(), w.projectTitle(), w.heldOn(),
                    w.partOfDay() == null ? "" : messages.getMessage("partOfDay." + w.partOfDay(), null, locale),
                    w.ownerName(), r.comments(), r.unanswered(),
                    messages.getMessage("workshop.status." + w.status(), null, locale)));
        }
        return rows;
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
        try {
            return "redirect:/workshops/" + workshops.create(me, form);
        } catch (InvalidInputException e) {
            FormErrors.reject(errors, e);
            model.addAttribute("partsOfDay", PartOfDay.values());
            return "workshops/form";
        }
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
        } catch (InvalidInputException e) {
            FormErrors.reject(errors, e);
            return "workshops/form";
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
