package vn.traodoi.delegation;

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

/**
 * The record's documents on its documents tab: a draft as Word or PDF at any time, and "Phát hành" with the signer,
 * which numbers, dates and (when asked) signs it; a form with errors comes back with each message beside its field and
 * what was typed kept.
 */
@Controller
@RequestMapping("/delegations/{id}/official")
class OfficialDocumentPages {

    private final OfficialDocumentService documents;
    private final RecordPage record;
    private final MessageSource messages;

    OfficialDocumentPages(OfficialDocumentService documents, RecordPage record, MessageSource messages) {
        this.messages = messages;
        this.documents = documents;
        this.record = record;
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
            return record.show(me, id, "documents", model);
        }
        redirect.addFlashAttribute("issuedDocument", issued.numberAndSymbol());
        return RecordPage.redirect(id, "documents") + "#official-" + key;
    }
}
