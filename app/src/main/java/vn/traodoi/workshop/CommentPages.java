package vn.traodoi.workshop;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
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
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.StateConflictException;

/**
 * Ý kiến góp ý: comments on a workshop's draft, the holder's answers to many at once, and the synthesis table of both
 * (bảng tổng hợp, tiếp thu, giải trình) in Word and Excel.
 */
@Controller
@RequestMapping("/workshops/{id}")
class CommentPages {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Workshops workshops;
    private final WorkshopComments comments;
    private final ResponseTemplates templates;
    private final WorkshopViews views;

    CommentPages(Workshops workshops, WorkshopComments comments, ResponseTemplates templates, WorkshopViews views) {
        this.workshops = workshops;
        this.comments = comments;
        this.templates = templates;
        this.views = views;
    }

    @PostMapping("/comments")
    String comment(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @ModelAttribute("commentForm") CommentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            FormErrors.unreadable(model, "commentForm", CommentForm.empty(), errors);
            return views.show(me, id, false, model);
        }
        try {
            comments.add(me, id, form.draftId(), form.sectionId(), form.content(), form.authorName(),
                    form.authorOrganization());
            redirect.addFlashAttribute("commented", true);
            return "redirect:/workshops/" + id + "#comments";
        } catch (InvalidInputException e) {
            FormErrors.reject(errors, e);
        } catch (StateConflictException e) {
            FormErrors.reject(errors, e);
        }
        return views.show(me, id, false, model);
    }

    /**
     * The same answer to the chosen comments, each at the version the page showed ({@code v<id>} beside the choice); a
     * stale one or a closed workshop is 409, with the typed answer kept.
     */
    @PostMapping("/responses")
    String respond(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @ModelAttribute("responseForm") ResponseForm form, BindingResult errors,
            @RequestParam Map<String, String> all, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            FormErrors.unreadable(model, "responseForm", ResponseForm.empty(), errors);
            return views.show(me, id, false, model);
        }
        ResponseForm answer = form;
        if (form.templateId() != null) {
            answer = form.with(templates.template(me, form.templateId()));
        }
        Map<Long, Integer> versions = new LinkedHashMap<>();
        for (long comment : answer.chosen()) {
            String v = all.get("v" + comment);
            versions.put(comment, v == null || !v.matches("\\d{1,9}") ? -1 : Integer.parseInt(v));
        }
        try {
            int n = comments.respond(me, id, versions, answer.kind(), answer.response(), answer.changedText());
            redirect.addFlashAttribute("answered", n);
            return "redirect:/workshops/" + id + (answer.filtered() ? "?unanswered=true" : "") + "#comments";
        } catch (InvalidInputException e) {
            FormErrors.refuse(model, "responseForm", answer, e);
        } catch (StateConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            FormErrors.refuse(model, "responseForm", answer, e.messageCode());
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            FormErrors.refuse(model, "responseForm", answer, "workshop.respond.stale");
        }
        return views.show(me, id, answer.filtered(), model);
    }

    @GetMapping("/synthesis.docx")
    ResponseEntity<byte[]> synthesisDocx(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return file(table(me, id).docx(), "bang-tong-hop-y-kien.docx", DraftReader.DOCX);
    }

    @GetMapping("/synthesis.pdf")
    ResponseEntity<byte[]> synthesisPdf(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return file(table(me, id).pdf(), "bang-tong-hop-y-kien.pdf", "application/pdf");
    }

    @GetMapping("/synthesis.xlsx")
    ResponseEntity<byte[]> synthesisXlsx(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return file(table(me, id).xlsx(), "bang-tong-hop-y-kien.xlsx", XLSX);
    }

    private SynthesisTable table(CurrentUser me, long id) {
        return new SynthesisTable(workshops.get(me, id), comments.list(me, id, false));
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header("Content-Disposition", ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build()
                        .toString())
                .header("Cache-Control", "private, no-store").body(bytes);
    }
}
