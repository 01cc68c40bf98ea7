package vn.traodoi.workshop;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.document.IssueForm;
import vn.traodoi.document.IssuePages;
import vn.traodoi.document.IssuedDocument;

/** The workshop's invitation and notice of conclusions: drafts as Word or PDF, and issuing them with the signer. */
@Controller
@RequestMapping("/workshops/{id}/official")
class WorkshopOfficialPages {

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
        return IssuePages.draft(documents.draft(me, id, key), key, request.getRequestURI().endsWith(".pdf"));
    }

    @PostMapping("/{key}")
    String issue(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable String key,
            @Valid @ModelAttribute("issueForm") IssueForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, Locale locale) {
        IssuedDocument issued = IssuePages.attempt(key, form, errors, model, messages, locale,
                () -> documents.issue(me, id, key, form));
        if (issued == null) {
            return views.show(me, id, false, model);
        }
        redirect.addFlashAttribute("issuedDocument", issued.numberAndSymbol());
        return "redirect:/workshops/" + id + "#official-" + key;
    }
}
