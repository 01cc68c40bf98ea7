package vn.traodoi.workshop;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.document.IssueForm;
import vn.traodoi.document.IssuedDocument;
import vn.traodoi.document.OfficialText;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.StateConflictException;

/** The workshop's invitation and notice of conclusions: drafts as Word or PDF, and issuing them with the signer. */
@Controller
@RequestMapping("/workshops/{id}/official")
class WorkshopOfficialPages {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final WorkshopOfficialDocuments documents;
    private final WorkshopViews views;
    private final MessageSource messages;

    WorkshopOfficialPages(WorkshopOfficialDocuments documents, WorkshopViews views, MessageSource messages) {
        this.documents = documents;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping({"/{key}.docx", "/{key}.pdf"})
    ResponseEntity<byte[]> draft(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable String key,
            HttpServletRequest request) {
        OfficialText text = documents.draft(me, id, key);
        boolean pdf = request.getRequestURI().endsWith(".pdf");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(pdf ? "application/pdf" : DOCX))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("du-thao-" + key + (pdf ? ".pdf" : ".docx"), StandardCharsets.UTF_8).build().toString())
                .header("Cache-Control", "private, no-store").body(pdf ? text.pdf() : text.docx());
    }

    @PostMapping("/{key}")
    String issue(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable String key,
            @Valid @ModelAttribute("issueForm") IssueForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, Locale locale) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        errors.getFieldErrors().forEach(e -> problems.computeIfAbsent(e.getField(), f -> new ArrayList<>())
                .add(messages.getMessage(e, locale)));
        if (problems.isEmpty()) {
            try {
                IssuedDocument issued = documents.issue(me, id, key, form);
                redirect.addFlashAttribute("issuedDocument", issued.numberAndSymbol());
                return "redirect:/workshops/" + id + "#official-" + key;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.computeIfAbsent(IssueForm.FIELDS.contains(p.field()) ? p.field() : "text",
                        f -> new ArrayList<>()).add(messages.getMessage(p.messageCode(), p.arguments().toArray(),
                        p.messageCode(), locale)));
            } catch (StateConflictException e) {
                problems.computeIfAbsent("text", f -> new ArrayList<>())
                        .add(messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), locale));
            }
        }
        model.addAttribute("issueForm", form);
        model.addAttribute("issueKey", key);
        model.addAttribute("issueProblems", problems);
        return views.show(me, id, false, model);
    }
}
