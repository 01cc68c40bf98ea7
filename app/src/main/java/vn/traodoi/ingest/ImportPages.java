package vn.traodoi.ingest;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.delegation.DocumentType;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.delegation.SessionKind;
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.task.FollowUpTask;
import vn.traodoi.text.extract.EventKind;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.workshop.WorkshopForm;

/**
 * Nhập bài viết: paste or upload an article, see what was found on its text, and either correct and confirm the
 * draft it proposes, or, when a record on file looks like the same visit, link the article to that record.
 */
@Controller
@RequestMapping("/import")
class ImportPages {

    private static final Pattern ROW = Pattern.compile("^(stops|members|documents|sessions|tasks)\\[(\\d+)].*$");

    private final ImportService imports;
    private final WorkshopImport workshopImport;
    private final Directory directory;
    private final MessageSource messages;
    private final Archives archives;

    ImportPages(ImportService imports, WorkshopImport workshopImport, Directory directory, MessageSource messages,
            Archives archives) {
        this.imports = imports;
        this.workshopImport = workshopImport;
        this.directory = directory;
        this.messages = messages;
        this.archives = archives;
    }

    @GetMapping
    String index(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("recent", imports.recent(me));
        return "import/index";
    }

    @PostMapping
    String submit(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            String article;
            String source = null;
            if (file != null && !file.isEmpty()) {
                source = file.getOriginalFilename() == null ? "tệp" : file.getOriginalFilename();
                article = ArticleText.fromUpload(source, file.getBytes());
            } else {
                article = ArticleText.fromPaste(text == null ? "" : text);
            }
            ImportService.Submitted submitted = imports.submit(me, article, source);
            if (submitted.existing()) {
                redirect.addFlashAttribute("existing", true);
            }
            return "redirect:/import/" + submitted.articleImport().id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.problems().getFirst().messageCode());
            model.addAttribute("text", text);
            model.addAttribute("recent", imports.recent(me));
            return "import/index";
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model, Locale locale) {
        ArticleImport stored = imports.get(me, id);
        ExtractedRecord record = imports.extract(stored);
        LocalDate importedOn = stored.createdAt().toLocalDate();
        Draft proposal = imports.propose(me, record, importedOn);
        model.addAttribute("articleImport", stored);
        archives.origin(me.orgId(), stored.id()).ifPresent(o -> model.addAttribute("origin", o));
        model.addAttribute("record", record);
        model.addAttribute("pieces", Highlights.of(record));
        model.addAttribute("proposal", proposal);
        if (proposal.yearNote() != null) {
            Draft.YearNote note = proposal.yearNote();
            model.addAttribute("yearNote", messages.getMessage(note.messageCode(), new Object[] {String.valueOf(note.year()),
                    note.from()}, locale));
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ImportForm.of(proposal));
        }
        boolean workshop = record.eventKind().value() == EventKind.WORKSHOP;
        if (workshop && !model.containsAttribute("workshop")) {
            model.addAttribute("workshop", workshopImport.propose(me, record, importedOn));
        }
        if (!stored.confirmed() && !workshop) {
            model.addAttribute("candidates", imports.candidates(me, proposal));
        }
        model.addAttribute("partsOfDay", PartOfDay.values());
        model.addAttribute("kinds", DelegationKind.values());
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("sessionKinds", SessionKind.values());
        model.addAttribute("deadlineKinds", FollowUpTask.DeadlineKind.values());
        model.addAttribute("organizations", directory.all());
        model.addAttribute("units", directory.units());
        return "import/show";
    }

    /** Creates the draft as corrected; a refused form is shown again as typed, with each problem and its row. */
    @PostMapping("/{id}/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam Map<String, String> params,
            Model model, Locale locale, HttpServletResponse response) {
        imports.get(me, id);
        ImportForm form = ImportForm.parse(params);
        List<FieldProblem> problems = new ArrayList<>();
        Draft draft = form.toDraft(problems);
        if (problems.isEmpty()) {
            try {
                return "redirect:/delegations/" + imports.confirm(me, id, draft);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (StateConflictException e) {
                return alreadyConfirmed(me, id, e, model, locale, response);
            }
        }
        model.addAttribute("confirmErrors", problems.stream().map(p -> describe(p, form, locale)).distinct().toList());
        model.addAttribute("form", form);
        return show(me, id, model, locale);
    }

    /** "Cùng chuyến công tác này": the article is linked to the delegation on record; nothing new is created. */
    @PostMapping("/{id}/link")
    String link(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam long delegationId,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            long linked = imports.link(me, id, delegationId);
            redirect.addFlashAttribute("linkedArticle", imports.get(me, id).headline());
            return "redirect:/delegations/" + linked;
        } catch (StateConflictException e) {
            return alreadyConfirmed(me, id, e, model, locale, response);
        }
    }

    /** Creates the draft workshop of an article about a workshop; unmatched assignments go to the workshop's page. */
    @PostMapping("/{id}/confirm-workshop")
    String confirmWorkshop(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect, Locale locale,
            HttpServletResponse response) {
        imports.get(me, id);
        List<String> problems = new ArrayList<>();
        LocalDate heldOn = null;
        String typedDay = params.getOrDefault("heldOn", "");
        if (!typedDay.isBlank()) {
            heldOn = Days.parse(typedDay.strip()).orElse(null);
            if (heldOn == null) {
                problems.add(message("typeMismatch.java.time.LocalDate", locale));
            }
        }
        PartOfDay part = null;
        try {
            part = params.getOrDefault("partOfDay", "").isBlank() ? null : PartOfDay.valueOf(params.get("partOfDay"));
        } catch (IllegalArgumentException e) {
            problems.add(message("validation.required", locale));
        }
        String title = params.get("title");
        String project = params.get("projectTitle");
        if (title == null || title.isBlank() || project == null || project.isBlank()) {
            problems.add(message("import.workshop.titlesRequired", locale));
        }
        if (problems.isEmpty()) {
            try {
                WorkshopImport.Created created = workshopImport.confirm(me, id, new WorkshopImport.Confirmation(
                        new WorkshopForm(title, project, null, params.get("supportGroup"), null, heldOn, part, null,
                                params.get("chair"), null, params.get("conclusions"), 0),
                        params.get("participants"), params.get("assignments")));
                if (!created.unresolved().isEmpty()) {
                    redirect.addFlashAttribute("unresolved", created.unresolved());
                    redirect.addFlashAttribute("typedAssignments", String.join("\n", created.unresolved()));
                }
                return "redirect:/workshops/" + created.workshopId() + "#follow-up";
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(message(p.messageCode(), locale, p.arguments().toArray())));
            } catch (StateConflictException e) {
                return alreadyConfirmed(me, id, e, model, locale, response);
            }
        }
        model.addAttribute("confirmErrors", problems);
        WorkshopImport.Proposal proposed = workshopImport.propose(me, imports.extract(imports.get(me, id)),
                imports.get(me, id).createdAt().toLocalDate());
        model.addAttribute("workshop", new WorkshopImport.Proposal(title, project, heldOn, part, params.get("chair"),
                params.getOrDefault("participants", ""), params.getOrDefault("conclusions", ""),
                params.getOrDefault("assignments", ""), proposed.holderWritten(), proposed.holderName()));
        return show(me, id, model, locale);
    }

    /** A second confirmation of the same import (a double click, two tabs): 409, the record made the first time shown. */
    private String alreadyConfirmed(CurrentUser me, long id, StateConflictException e, Model model, Locale locale,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("confirmErrors", List.of(message(e.messageCode(), locale)));
        return show(me, id, model, locale);
    }

    /** "Nhiệm vụ 2: Chọn cơ quan được giao." — the problem with the row or the field it is about. */
    private String describe(FieldProblem p, ImportForm form, Locale locale) {
        String text = message(p.messageCode(), locale, p.arguments().toArray());
        Matcher row = ROW.matcher(p.field());
        if (row.matches()) {
            Integer shown = form.row(row.group(1), Integer.parseInt(row.group(2)));
            return message("import.row." + row.group(1), locale, shown == null ? "" : shown) + ": " + text;
        }
        String label = switch (p.field()) {
            case "kind" -> "delegations.kind";
            case "title" -> "delegations.title";
            case "organizerId" -> "delegations.organizer";
            case "startDate" -> "delegations.startDate";
            case "endDate" -> "delegations.endDate";
            case "declaredMemberCount" -> "delegations.declaredCount";
            default -> null;
        };
        return label == null ? text : message(label, locale) + ": " + text;
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale);
    }
}
