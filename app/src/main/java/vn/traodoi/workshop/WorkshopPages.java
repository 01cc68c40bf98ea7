package vn.traodoi.workshop;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.Page;
import vn.traodoi.system.StateConflictException;

/**
 * Hội thảo, góp ý: the workshops of my organization and those it takes part in; one workshop with its participants,
 * draft versions, comments and responses, invitations, synthesis table and follow-up.
 */
@Controller
@RequestMapping("/workshops")
class WorkshopPages {

    /** Comments shown at once; a large consultation is read page by page, unanswered ones first by the filter. */
    static final int COMMENTS_PER_PAGE = 100;

    private final Workshops workshops;
    private final WorkshopDrafts drafts;
    private final WorkshopComments comments;
    private final OrganizationService organizations;

    WorkshopPages(Workshops workshops, WorkshopDrafts drafts, WorkshopComments comments,
            OrganizationService organizations) {
        this.workshops = workshops;
        this.drafts = drafts;
        this.comments = comments;
        this.organizations = organizations;
    }

    @ModelAttribute
    void reference(Model model) {
        model.addAttribute("partsOfDay", PartOfDay.values());
        model.addAttribute("responseKinds", List.of(CommentStatus.ABSORBED, CommentStatus.EXPLAINED, CommentStatus.RESERVED));
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("rows", workshops.list(me, q));
        model.addAttribute("q", q);
        return "workshops/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", WorkshopForm.empty());
        return "workshops/form";
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") WorkshopForm form,
            BindingResult errors) {
        if (errors.hasErrors()) {
            return "workshops/form";
        }
        return "redirect:/workshops/" + workshops.create(me, form);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Workshop w = workshops.editable(me, id);
        model.addAttribute("workshop", w);
        model.addAttribute("form", WorkshopForm.of(w));
        return "workshops/form";
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @ModelAttribute("form") WorkshopForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse httpResponse) {
        model.addAttribute("workshop", workshops.editable(me, id));
        if (errors.hasErrors()) {
            return "workshops/form";
        }
        try {
            workshops.update(me, id, form);
        } catch (vn.traodoi.system.ConcurrentEditException e) {
            // What was typed stays; saving again (after a look at the stored record) replaces it knowingly.
            httpResponse.setStatus(409);
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
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean unanswered, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "0") int sectionPage, Model model) {
        Workshop w = workshops.get(me, id);
        model.addAttribute("workshop", w);
        model.addAttribute("canEdit", Workshops.canEdit(me, w));
        model.addAttribute("participants", workshops.participants(id));
        List<DraftVersion> versions = drafts.versions(id);
        model.addAttribute("versions", versions);
        DraftVersion latest = versions.isEmpty() ? null : versions.getLast();
        model.addAttribute("latest", latest);
        Page<DraftSection> sections = latest == null ? null
                : drafts.sectionPage(latest, sectionPage, (Long) model.getAttribute("typedSectionId"));
        model.addAttribute("sections", sections == null ? List.of() : sections.items());
        model.addAttribute("sectionPage", sections);
        List<Comment> all = comments.list(me, id, false);
        model.addAttribute("allCount", all.size());
        model.addAttribute("unansweredCount", all.stream().filter(c -> !c.answered()).count());
        model.addAttribute("unanswered", unanswered);
        List<Comment> shown = unanswered ? all.stream().filter(c -> !c.answered()).toList() : all;
        int pages = Math.max(1, (shown.size() + COMMENTS_PER_PAGE - 1) / COMMENTS_PER_PAGE);
        int current = Math.min(Math.max(page, 1), pages);
        int from = vn.traodoi.system.Page.offset(current, COMMENTS_PER_PAGE);
        List<Comment> onPage = shown.subList(from, Math.min(from + COMMENTS_PER_PAGE, shown.size()));
        model.addAttribute("comments", onPage);
        model.addAttribute("commentPage", current);
        model.addAttribute("commentPages", pages);
        // Each pager keeps the other list's page and the filter.
        model.addAttribute("commentsBase", address("/workshops/" + id, unanswered ? "unanswered=true" : null,
                sections != null && sections.page() > 1 ? "sectionPage=" + sections.page() : null));
        model.addAttribute("sectionsBase", address("/workshops/" + id, unanswered ? "unanswered=true" : null,
                current > 1 ? "page=" + current : null));
        Map<Long, Long> perSection = new LinkedHashMap<>();
        all.forEach(c -> {
            if (c.sectionId() != null) {
                perSection.merge(c.sectionId(), 1L, Long::sum);
            }
        });
        model.addAttribute("perSection", perSection);
        // The comments a new version may absorb: those on this page of the list, so that the form stays readable.
        model.addAttribute("absorbable", onPage.stream()
                .filter(c -> c.absorbedInDraftNumber() == null
                        && (c.status() == CommentStatus.RECEIVED || c.status() == CommentStatus.ABSORBED)).toList());
        List<vn.traodoi.place.Organization> directory = organizations.all();
        if (Workshops.canEdit(me, w)) {
            model.addAttribute("templates", comments.templates(me));
            model.addAttribute("invitations", comments.invitations(id));
            model.addAttribute("now", comments.now());
            model.addAttribute("organizations", directory);
        }
        model.addAttribute("tasks", workshops.tasks(me, id));
        model.addAttribute("organizationNames", directory.stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.id(), o -> o.name())));
        return "workshops/show";
    }

    /** The workshop page again after a refused form, the typed values already in the model. */
    private String show(CurrentUser me, long id, boolean unanswered, Model model) {
        return show(me, id, unanswered, 1, 0, model);
    }

    private static String address(String path, @Nullable String... params) {
        String query = java.util.Arrays.stream(params).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** A section whole, when the list showed only its beginning. */
    @GetMapping("/{id}/sections/{sectionId}")
    String section(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long sectionId,
            Model model) {
        DraftSection section = drafts.section(me, id, sectionId);
        model.addAttribute("workshop", workshops.get(me, id));
        model.addAttribute("section", section);
        model.addAttribute("draftNumber", drafts.number(section));
        model.addAttribute("back", "/workshops/" + id + "?sectionPage=" + WorkshopDrafts.pageOf(section) + "#section-"
                + section.id());
        return "workshops/section";
    }

    @PostMapping("/{id}/status")
    String status(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam Workshop.Status status,
            @RequestParam int version) {
        workshops.setStatus(me, id, status, version);
        return "redirect:/workshops/" + id;
    }

    @PostMapping("/{id}/participants")
    String addParticipant(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable String name, @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable Long organizationId,
            @RequestParam(required = false) @Nullable String description, Model model, RedirectAttributes redirect) {
        try {
            workshops.addParticipant(me, id, name, title, organizationId, description);
        } catch (InvalidInputException e) {
            model.addAttribute("participantError", e.problems().getFirst().messageCode());
            model.addAttribute("typedParticipant", new Participant(0, name, title, organizationId, null, description));
            return show(me, id, false, model) ;
        }
        return "redirect:/workshops/" + id + "#participants";
    }

    @PostMapping("/{id}/participants/{participantId}/delete")
    String removeParticipant(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long participantId) {
        workshops.removeParticipant(me, id, participantId);
        return "redirect:/workshops/" + id + "#participants";
    }

    @PostMapping("/{id}/drafts")
    String upload(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable List<Long> absorbs, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            DraftVersion v = drafts.upload(me, id, file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes(), note, absorbs);
            redirect.addFlashAttribute("uploaded", v.number());
            return "redirect:/workshops/" + id + "#draft";
        } catch (InvalidInputException e) {
            model.addAttribute("uploadError", e.problems().getFirst().messageCode());
            model.addAttribute("typedNote", note);
            model.addAttribute("typedAbsorbs", absorbs == null ? List.of() : absorbs);
            return show(me, id, false, model);
        }
    }

    @GetMapping("/{id}/drafts/{number}")
    ResponseEntity<FileSystemResource> draftFile(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @PathVariable int number) {
        WorkshopDrafts.Download file = drafts.download(me, id, number);
        return vn.traodoi.system.Downloads.attachment(file.path(), file.fileName(), file.contentType());
    }

    @GetMapping("/{id}/compare")
    String compare(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam int from,
            @RequestParam int to, Model model) {
        model.addAttribute("workshop", workshops.get(me, id));
        model.addAttribute("versions", drafts.versions(id));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("changes", drafts.compare(me, id, from, to));
        return "workshops/compare";
    }

    @PostMapping("/{id}/comments")
    String comment(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable Long draftId, @RequestParam(required = false) @Nullable Long sectionId,
            @RequestParam(required = false) @Nullable String content,
            @RequestParam(required = false) @Nullable String authorName,
            @RequestParam(required = false) @Nullable String authorOrganization, Model model, RedirectAttributes redirect) {
        try {
            comments.add(me, id, draftId, sectionId, content, authorName, authorOrganization);
            redirect.addFlashAttribute("commented", true);
            return "redirect:/workshops/" + id + "#comments";
        } catch (InvalidInputException | StateConflictException e) {
            model.addAttribute("commentError", e instanceof InvalidInputException i ? i.problems().getFirst().messageCode()
                    : ((StateConflictException) e).messageCode());
            model.addAttribute("typedComment", content);
            model.addAttribute("typedSectionId", sectionId);
            model.addAttribute("typedAuthorName", authorName);
            model.addAttribute("typedAuthorOrganization", authorOrganization);
            return show(me, id, false, model);
        }
    }

    @PostMapping("/{id}/responses")
    String respond(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable List<Long> ids, @RequestParam Map<String, String> all,
            @RequestParam(required = false) @Nullable CommentStatus kind,
            @RequestParam(required = false) @Nullable String response,
            @RequestParam(required = false) @Nullable String changedText,
            @RequestParam(required = false) @Nullable Long templateId,
            @RequestParam(defaultValue = "false") boolean unanswered, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse httpResponse) {
        if (templateId != null) {
            ResponseTemplate template = comments.templates(me).stream().filter(t -> t.id() == templateId).findFirst()
                    .orElseThrow(() -> new vn.traodoi.system.NotFoundException("response_template", templateId));
            kind = kind == null ? template.kind() : kind;
            response = response == null || response.isBlank() ? template.text() : response;
        }
        Map<Long, Integer> versions = new LinkedHashMap<>();
        for (long comment : ids == null ? List.<Long>of() : ids) {
            String v = all.get("v" + comment);
            versions.put(comment, v == null || !v.matches("\\d{1,9}") ? -1 : Integer.parseInt(v));
        }
        try {
            int n = comments.respond(me, id, versions, kind, response, changedText);
            redirect.addFlashAttribute("answered", n);
            return "redirect:/workshops/" + id + (unanswered ? "?unanswered=true" : "") + "#comments";
        } catch (InvalidInputException | StateConflictException | vn.traodoi.system.ConcurrentEditException e) {
            model.addAttribute("respondError", e instanceof InvalidInputException i ? i.problems().getFirst().messageCode()
                    : e instanceof StateConflictException s ? s.messageCode() : "workshop.respond.stale");
            if (!(e instanceof InvalidInputException)) {
                httpResponse.setStatus(409);
            }
            model.addAttribute("typedIds", ids == null ? List.of() : ids);
            model.addAttribute("typedKind", kind);
            model.addAttribute("typedResponse", response);
            model.addAttribute("typedChangedText", changedText);
            return show(me, id, unanswered, model);
        }
    }

    @PostMapping("/{id}/invitations")
    String invite(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable String expertName,
            @RequestParam(required = false) @Nullable String organization,
            @RequestParam(required = false) @Nullable String email, @RequestParam(defaultValue = "14") int days,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            WorkshopComments.NewInvitation created = comments.invite(me, id, expertName, organization, email, days);
            String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                    + request.getContextPath();
            String link = base + "/y-kien/" + created.token();
            redirect.addFlashAttribute("invitationLink", link);
            redirect.addFlashAttribute("invitationFor", created.invitation().expertName());
            redirect.addFlashAttribute("invitationMail", comments.mail(created, link).name());
            return "redirect:/workshops/" + id + "#invitations";
        } catch (InvalidInputException e) {
            model.addAttribute("inviteError", e.problems().getFirst().messageCode());
            model.addAttribute("typedExpert", expertName);
            model.addAttribute("typedExpertOrganization", organization);
            model.addAttribute("typedEmail", email);
            return show(me, id, false, model);
        }
    }

    @PostMapping("/{id}/invitations/{invitationId}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long invitationId) {
        comments.revoke(me, id, invitationId);
        return "redirect:/workshops/" + id + "#invitations";
    }

    @GetMapping("/{id}/synthesis.docx")
    ResponseEntity<byte[]> synthesisDocx(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return file(table(me, id).docx(), "bang-tong-hop-y-kien.docx", DraftReader.DOCX);
    }

    @GetMapping("/{id}/synthesis.xlsx")
    ResponseEntity<byte[]> synthesisXlsx(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return file(table(me, id).xlsx(), "bang-tong-hop-y-kien.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
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

    @PostMapping("/{id}/conclusions")
    String conclusions(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable String assignments, Model model, RedirectAttributes redirect) {
        try {
            List<String> unresolved = workshops.assignConclusions(me, id, assignments);
            if (!unresolved.isEmpty()) {
                model.addAttribute("unresolved", unresolved);
                model.addAttribute("typedAssignments", String.join("\n", unresolved));
                return show(me, id, false, model);
            }
            redirect.addFlashAttribute("assigned", true);
            return "redirect:/workshops/" + id + "#follow-up";
        } catch (InvalidInputException e) {
            model.addAttribute("assignError", e.problems().getFirst().messageCode());
            return show(me, id, false, model);
        }
    }

    @PostMapping("/{id}/next-meeting")
    String nextMeeting(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable String on,
            @RequestParam(required = false) @Nullable PartOfDay part, @RequestParam(required = false) @Nullable String note,
            @RequestParam int version, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse httpResponse) {
        try {
            LocalDate day = on == null || on.isBlank() ? null : vn.traodoi.system.Days.parse(on)
                    .orElseThrow(() -> new InvalidInputException("on", "typeMismatch.java.time.LocalDate"));
            workshops.scheduleNextMeeting(me, id, day, part, note, version);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/workshops/" + id + "#follow-up";
        } catch (InvalidInputException | vn.traodoi.system.ConcurrentEditException e) {
            if (e instanceof vn.traodoi.system.ConcurrentEditException) {
                httpResponse.setStatus(409);
            }
            model.addAttribute("meetingError", e instanceof InvalidInputException i ? i.problems().getFirst().messageCode()
                    : "workshop.stale");
            model.addAttribute("typedMeetingNote", note);
            model.addAttribute("typedMeetingOn", on);
            return show(me, id, false, model);
        }
    }

    @GetMapping("/templates")
    String templates(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("templates", comments.templates(me));
        return "workshops/templates";
    }

    @PostMapping("/templates")
    String addTemplate(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable CommentStatus kind,
            @RequestParam(required = false) @Nullable String text, Model model) {
        try {
            comments.addTemplate(me, kind, text);
            return "redirect:/workshops/templates";
        } catch (InvalidInputException e) {
            model.addAttribute("templateError", e.problems().getFirst().messageCode());
            model.addAttribute("typedKind", kind);
            model.addAttribute("typedText", text);
            return templates(me, model);
        }
    }

    @PostMapping("/templates/{templateId}/delete")
    String deleteTemplate(@AuthenticationPrincipal CurrentUser me, @PathVariable long templateId) {
        comments.deleteTemplate(me, templateId);
        return "redirect:/workshops/templates";
    }
}
