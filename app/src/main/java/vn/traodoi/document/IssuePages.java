package vn.traodoi.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.StateConflictException;

/**
 * What every page that drafts and issues a record's documents does alike: a draft sent as Word or PDF, and an issue
 * tried with the problems gathered per field of {@link IssueForm} (the record's or the register's above the form, as
 * "text"), put in the model for the page to show again with what was typed.
 */
public final class IssuePages {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private IssuePages() {
    }

    /** The draft as a download: "du-thao-plan.pdf". */
    public static ResponseEntity<byte[]> draft(OfficialText text, String key, boolean pdf) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(pdf ? "application/pdf" : DOCX))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("du-thao-" + key + (pdf ? ".pdf" : ".docx"), StandardCharsets.UTF_8).build().toString())
                .header("Cache-Control", "private, no-store").body(pdf ? text.pdf() : text.docx());
    }

    /**
     * Issues unless the form is refused; returns the issued document, or null with the form, its key and its problems
     * in the model.
     */
    public static @Nullable IssuedDocument attempt(String key, IssueForm form, BindingResult errors, Model model,
            MessageSource messages, Locale locale, Supplier<IssuedDocument> issue) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        errors.getFieldErrors().forEach(e -> problems.computeIfAbsent(e.getField(), f -> new ArrayList<>())
                .add(messages.getMessage(e, locale)));
        if (problems.isEmpty()) {
            try {
                return issue.get();
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
        return null;
    }
}
