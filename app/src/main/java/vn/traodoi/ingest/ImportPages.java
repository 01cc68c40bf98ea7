package vn.traodoi.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
import vn.traodoi.delegation.DelegationForm;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.workshop.WorkshopForm;

/** Nhập bài viết: paste or upload an article, see what was found on its text, correct and confirm a draft. */
@Controller
@RequestMapping("/import")
class ImportPages {


    private final ImportService imports;
    private final WorkshopImport workshopImport;
    private final OrganizationService organizations;

    ImportPages(ImportService imports, WorkshopImport workshopImport, OrganizationService organizations) {
        this.imports = imports;
        this.workshopImport = workshopImport;
        this.organizations = organizations;
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
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        ArticleImport stored = imports.get(me, id);
        ExtractedRecord record = imports.extract(stored);
        model.addAttribute("articleImport", stored);
        model.addAttribute("record", record);
        model.addAttribute("pieces", Highlights.of(record));
        model.addAttribute("proposal", imports.propose(me, record));
        if (record.eventKind().value() == vn.traodoi.text.extract.EventKind.WORKSHOP && !model.containsAttribute("workshop")) {
            model.addAttribute("workshop", workshopImport.propose(record));
        }
        model.addAttribute("partsOfDay", vn.traodoi.delegation.PartOfDay.values());
        model.addAttribute("kinds", DelegationKind.values());
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("organizations", organizations.all());
        return "import/show";
    }

    @PostMapping("/{id}/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(name = "documents", required = false) @Nullable List<Integer> documents,
            @RequestParam(name = "topics", required = false) @Nullable List<Integer> topics, Model model) {
        imports.get(me, id);
        List<String> problems = new ArrayList<>();
        LocalDate start = date(params.get("startDate"), problems);
        LocalDate end = date(params.get("endDate"), problems);
        Integer count = null;
        try {
            count = params.get("declaredMemberCount") == null || params.get("declaredMemberCount").isBlank() ? null
                    : Integer.valueOf(params.get("declaredMemberCount").strip());
        } catch (NumberFormatException e) {
            problems.add("delegation.count.positive");
        }
        DelegationKind kind = null;
        try {
            kind = DelegationKind.valueOf(params.getOrDefault("kind", ""));
        } catch (IllegalArgumentException e) {
            problems.add("validation.required");
        }
        Long organizerId = null;
        try {
            organizerId = Long.valueOf(params.getOrDefault("organizerId", ""));
        } catch (NumberFormatException e) {
            problems.add("import.organizer.required");
        }
        Map<Integer, MemberRole> members = new LinkedHashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("role-") && !value.isBlank()) {
                members.put(Integer.valueOf(key.substring(5)), MemberRole.valueOf(value));
            }
        });
        if (problems.isEmpty()) {
            try {
                long delegation = imports.confirm(me, id, new ImportService.Confirmation(
                        new DelegationForm(kind, params.get("title"), null, start, end,
                                "true".equals(params.get("monthOnly")), count, 0),
                        organizerId, documents == null ? List.of() : documents, topics == null ? List.of() : topics,
                        members));
                return "redirect:/delegations/" + delegation;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(p.messageCode()));
            }
        }
        model.addAttribute("confirmErrors", problems);
        return show(me, id, model);
    }

    /** Creates the draft workshop of an article about a workshop; unmatched assignments go to the workshop's page. */
    @PostMapping("/{id}/confirm-workshop")
    String confirmWorkshop(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        ArticleImport stored = imports.get(me, id);
        List<String> problems = new ArrayList<>();
        LocalDate heldOn = date(params.get("heldOn"), problems);
        vn.traodoi.delegation.PartOfDay part = null;
        try {
            part = params.getOrDefault("partOfDay", "").isBlank() ? null
                    : vn.traodoi.delegation.PartOfDay.valueOf(params.get("partOfDay"));
        } catch (IllegalArgumentException e) {
            problems.add("validation.required");
        }
        String title = params.get("title");
        String project = params.get("projectTitle");
        if (title == null || title.isBlank() || project == null || project.isBlank()) {
            problems.add("import.workshop.titlesRequired");
        }
        if (problems.isEmpty()) {
            try {
                WorkshopImport.Created created = workshopImport.confirm(me, stored, new WorkshopImport.Confirmation(
                        new WorkshopForm(title, project, null, params.get("supportGroup"), null, heldOn, part, null,
                                params.get("chair"), null, params.get("conclusions"), 0),
                        params.get("participants"), params.get("assignments")));
                if (!created.unresolved().isEmpty()) {
                    redirect.addFlashAttribute("unresolved", created.unresolved());
                    redirect.addFlashAttribute("typedAssignments", String.join("\n", created.unresolved()));
                }
                return "redirect:/workshops/" + created.workshopId() + "#follow-up";
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(p.messageCode()));
            }
        }
        model.addAttribute("confirmErrors", problems);
        model.addAttribute("workshop", new WorkshopImport.Proposal(title, project, heldOn, part, params.get("chair"),
                params.getOrDefault("participants", ""), params.getOrDefault("conclusions", ""),
                params.getOrDefault("assignments", "")));
        return show(me, id, model);
    }

    private static @Nullable LocalDate date(@Nullable String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate day = vn.traodoi.system.Days.parse(text).orElse(null);
        if (day == null) {
            problems.add("typeMismatch.java.time.LocalDate");
        }
        return day;
    }
}
