package vn.traodoi.delegation.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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
import vn.traodoi.account.Role;
import vn.traodoi.delegation.Action;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.delegation.DelegationAccess;
import vn.traodoi.delegation.DelegationForm;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.delegation.DelegationQueries;
import vn.traodoi.delegation.DelegationQueries.Direction;
import vn.traodoi.delegation.DelegationService.PhotoFile;
import vn.traodoi.delegation.DelegationViews;
import vn.traodoi.delegation.DetailsService;
import vn.traodoi.delegation.HostCoordination;
import vn.traodoi.delegation.LifecycleService;
import vn.traodoi.delegation.PhotoService;
import vn.traodoi.delegation.PlanService;
import vn.traodoi.delegation.ProgrammeService;
import vn.traodoi.delegation.DelegationStatus;
import vn.traodoi.delegation.DelegationView;
import vn.traodoi.delegation.DocumentForm;
import vn.traodoi.delegation.DocumentType;
import vn.traodoi.delegation.IllegalTransitionException;
import vn.traodoi.delegation.MemberForm;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.delegation.SessionForm;
import vn.traodoi.delegation.SessionKind;
import vn.traodoi.delegation.StopForm;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.CsvWriter;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.Page;
import vn.traodoi.system.Upload;

/**
 * The delegation pages. A sub-form that fails (a member, a stop, a session) shows the record page again on the
 * same tab with the error beside the field and everything typed kept.
 */
@Controller
@RequestMapping("/delegations")
class DelegationPages {

    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter DATE = vn.traodoi.system.Days.SHOWN;
    private static final Set<String> TABS = Set.of("general", "members", "programme", "documents", "history");

    private final DelegationAccess access;
    private final DelegationViews views;
    private final PlanService plans;
    private final DetailsService details;
    private final ProgrammeService programme;
    private final PhotoService photos;
    private final LifecycleService lifecycle;
    private final HostCoordination hosts;
    private final DelegationQueries queries;
    private final OrganizationService organizations;
    private final PlaceLookup places;
    private final MessageSource messages;
    private final vn.traodoi.people.People people;

    DelegationPages(DelegationAccess access, DelegationViews views, PlanService plans, DetailsService details,
            ProgrammeService programme, PhotoService photos, LifecycleService lifecycle, HostCoordination hosts,
            DelegationQueries queries, OrganizationService organizations,
            PlaceLookup places, MessageSource messages, vn.traodoi.people.People people) {
        this.people = people;
        this.access = access;
        this.views = views;
        this.plans = plans;
        this.details = details;
        this.programme = programme;
        this.photos = photos;
        this.lifecycle = lifecycle;
        this.hosts = hosts;
        this.queries = queries;
        this.organizations = organizations;
        this.places = places;
        this.messages = messages;
    }

    @ModelAttribute
    void enums(Model model) {
        model.addAttribute("kinds", DelegationKind.values());
        model.addAttribute("statuses", DelegationStatus.values());
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("sessionKinds", SessionKind.values());
        model.addAttribute("partsOfDay", PartOfDay.values());
    }

    @GetMapping({"", "/outgoing", "/incoming"})
    String list(@AuthenticationPrincipal CurrentUser me, jakarta.servlet.http.HttpServletRequest request,
            @ModelAttribute ListParams params, Model model) {
        Direction direction = direction(request);
        DelegationQueries.Filter filter = params.filter(direction);
        model.addAttribute("direction", direction);
        model.addAttribute("params", params);
        model.addAttribute("basePath", request.getRequestURI());
        model.addAttribute("result", queries.list(me, filter, params.pageOrFirst(), PAGE_SIZE));
        model.addAttribute("units", unitsForFilter());
        return "delegations/list";
    }

    @GetMapping({"/export.csv", "/outgoing/export.csv", "/incoming/export.csv"})
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser me, jakarta.servlet.http.HttpServletRequest request,
            @ModelAttribute ListParams params, Locale locale) {
        Direction direction = direction(request);
        Page<DelegationQueries.Row> result = queries.list(me, params.filter(direction), 1, 100_000);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("ma", "ten", "loai", "trang_thai", "don_vi_to_chuc", "tu_ngay", "den_ngay", "don_vi_tiep_don",
                "dia_ban"));
        for (DelegationQueries.Row r : result.items()) {
            rows.add(Arrays.asList(r.id(), r.title(), label("delegation.kind." + r.kind(), locale),
                    label("delegation.status." + r.status(), locale), r.organizerName(), format(r.startDate()),
                    format(r.endDate()), r.hosts(), r.units()));
        }
        return CsvWriter.download("doan-cong-tac.csv", rows);
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        requireOrganizer(me);
        model.addAttribute("form", DelegationForm.empty());
        return "delegations/form";
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") DelegationForm form,
            BindingResult errors) {
        requireOrganizer(me);
        if (errors.hasErrors()) {
            return "delegations/form";
        }
        try {
            return "redirect:/delegations/" + plans.create(me, form).id();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageCode()));
            return "delegations/form";
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(defaultValue = "general") String tab, Model model) {
        return page(me, id, tab, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Delegation d = access.get(me, id);
        model.addAttribute("form", DelegationForm.of(d));
        model.addAttribute("id", id);
        model.addAttribute("storedTitle", d.title());
        return "delegations/form";
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @ModelAttribute("form") DelegationForm form, BindingResult errors, Model model) {
        // A value that cannot be read (a date 31/02/2026) leaves no form object, only what was typed in the errors.
        model.addAttribute("storedTitle", access.get(me, id).title());
        model.addAttribute("id", id);
        if (errors.hasErrors()) {
            return "delegations/form";
        }
        try {
            plans.update(me, id, form);
            return "redirect:/delegations/" + id;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageCode()));
            return "delegations/form";
        } catch (ConcurrentEditException e) {
            Delegation stored = access.get(me, id);
            DelegationForm again = new DelegationForm(form.kind(), form.title(), form.purpose(), form.startDate(),
                    form.endDate(), form.monthOnly(), form.declaredMemberCount(), stored.version());
            BindingResult conflict = new BeanPropertyBindingResult(again, "form");
            conflict.reject("delegation.conflict");
            model.addAttribute("form", again);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", conflict);
            return "delegations/form";
        } catch (IllegalTransitionException e) {
            errors.reject(e.messageCode(), e.arguments(), e.messageCode());
            return "delegations/form";
        }
    }

    @PostMapping("/{id}/documents")
    String addDocument(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult errors, Model model) {
        return subForm(me, id, "documents", "documentForm", form, errors, model, () -> details.addDocument(me, id, form));
    }

    @PostMapping("/{id}/documents/{documentId}/delete")
    String removeDocument(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long documentId,
            @RequestParam int version, RedirectAttributes redirect) {
        return simple(me, id, "documents", redirect, () -> details.removeDocument(me, id, documentId, version));
    }

    @PostMapping("/{id}/topics")
    String addTopic(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @ModelAttribute("topicForm") TopicForm form, BindingResult errors, Model model) {
        return subForm(me, id, "general", "topicForm", form, errors, model,
                () -> details.addTopic(me, id, form.content() == null ? "" : form.content(), form.version()));
    }

    @PostMapping("/{id}/topics/{topicId}/delete")
    String removeTopic(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long topicId,
            @RequestParam int version, RedirectAttributes redirect) {
        return simple(me, id, "general", redirect, () -> details.removeTopic(me, id, topicId, version));
    }

    /**
     * The person picker of the member form (htmx): people matching the typed name, each with the position they held on
     * the delegation's first day.
     */
    @GetMapping("/{id}/people")
    String pickPerson(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable String q, Model model) {
        Delegation d = access.get(me, id);
        model.addAttribute("candidates", q == null || q.isBlank() ? List.of() : people.search(q, 10));
        model.addAttribute("at", d.startDate());
        model.addAttribute("q", q == null ? "" : q);
        return "delegations/people :: candidates";
    }

    @PostMapping("/{id}/members")
    String addMember(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult errors, Model model) {
        return subForm(me, id, "members", "memberForm", form, errors, model, () -> details.addMember(me, id, form));
    }

    @PostMapping("/{id}/members/{memberId}/delete")
    String removeMember(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long memberId,
            @RequestParam int version, RedirectAttributes redirect) {
        return simple(me, id, "members", redirect, () -> details.removeMember(me, id, memberId, version));
    }

    @PostMapping("/{id}/stops")
    String addStop(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @ModelAttribute("stopForm") StopForm form, BindingResult errors, Model model) {
        return subForm(me, id, "programme", "stopForm", form, errors, model, () -> plans.addStop(me, id, form));
    }

    @PostMapping("/{id}/sessions")
    String addSession(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult errors, Model model) {
        return subForm(me, id, "programme", "sessionForm", form, errors, model, () -> programme.addSession(me, id, form));
    }

    @PostMapping("/{id}/sessions/{sessionId}/delete")
    String removeSession(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long sessionId,
            @RequestParam int version, RedirectAttributes redirect) {
        return simple(me, id, "programme", redirect, () -> programme.removeSession(me, id, sessionId, version));
    }

    @PostMapping("/{id}/sessions/{sessionId}/photos")
    String addPhoto(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long sessionId,
            @RequestParam(required = false) @Nullable MultipartFile photo, @RequestParam(required = false) @Nullable String caption,
            @RequestParam int version, Model model) {
        try {
            photos.addPhoto(me, id, sessionId, Upload.of(photo), caption, version);
            return "redirect:/delegations/" + id + "?tab=programme";
        } catch (InvalidInputException e) {
            model.addAttribute("photoError", e.problems().getFirst());
            model.addAttribute("photoSessionId", sessionId);
            model.addAttribute("typedCaption", caption);
            return page(me, id, "programme", model);
        }
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<FileSystemResource> photo(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @PathVariable long photoId) {
        PhotoFile file = photos.photo(me, id, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("Cache-Control", "private, max-age=3600").body(new FileSystemResource(file.path()));
    }

    @PostMapping("/{id}/actions/{action}")
    String act(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable Action action,
            @RequestParam(required = false) @Nullable String reason, @RequestParam int version,
            RedirectAttributes redirect, Model model) {
        try {
            lifecycle.transition(me, id, action, reason, version);
            redirect.addFlashAttribute("done", "delegation.action.done." + action);
            return "redirect:/delegations/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("actionError", "delegation.reason.required");
            model.addAttribute("failedAction", action);
            model.addAttribute("reason", reason);
            return page(me, id, "general", model);
        }
    }

    @PostMapping("/{id}/stops/{stopId}/answer")
    String answer(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long stopId,
            @RequestParam String answer, @RequestParam(required = false) @Nullable String proposedStart,
            @RequestParam(required = false) @Nullable String proposedEnd,
            @RequestParam(required = false) @Nullable String note, @RequestParam int version, Model model,
            RedirectAttributes redirect) {
        LocalDate start = parse(proposedStart);
        LocalDate end = parse(proposedEnd);
        boolean confirm = "confirm".equals(answer);
        if (!confirm && ((proposedStart != null && !proposedStart.isBlank() && start == null)
                || (proposedEnd != null && !proposedEnd.isBlank() && end == null))) {
            return answerError(me, id, stopId, "typeMismatch.java.time.LocalDate", proposedStart, proposedEnd, note, model);
        }
        try {
            hosts.answerStop(me, id, stopId, confirm, start, end, note, version);
            redirect.addFlashAttribute("done", confirm ? "delegation.action.done.CONFIRM_STOP"
                    : "delegation.action.done.PROPOSE_DATES");
            return "redirect:/delegations/" + id + "?tab=programme";
        } catch (InvalidInputException e) {
            return answerError(me, id, stopId, e.problems().getFirst().messageCode(), proposedStart, proposedEnd, note,
                    model);
        }
    }

    @PostMapping("/{id}/stops/{stopId}/accept")
    String accept(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long stopId,
            @RequestParam int version, RedirectAttributes redirect) {
        return simple(me, id, "programme", redirect, () -> hosts.acceptProposal(me, id, stopId, version));
    }

    private String answerError(CurrentUser me, long id, long stopId, String code, @Nullable String start,
            @Nullable String end, @Nullable String note, Model model) {
        model.addAttribute("answerError", code);
        model.addAttribute("answerStopId", stopId);
        model.addAttribute("answerStart", start);
        model.addAttribute("answerEnd", end);
        model.addAttribute("answerNote", note);
        return page(me, id, "programme", model);
    }

    private String subForm(CurrentUser me, long id, String tab, String name, Object form, BindingResult errors, Model model,
            Runnable change) {
        if (!errors.hasErrors()) {
            try {
                change.run();
                return "redirect:/delegations/" + id + "?tab=" + tab;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageCode()));
            }
        }
        model.addAttribute(name, form);
        return page(me, id, tab, model);
    }

    private String simple(CurrentUser me, long id, String tab, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.problems().getFirst().messageCode());
        }
        return "redirect:/delegations/" + id + "?tab=" + tab;
    }

    private String page(CurrentUser me, long id, String tab, Model model) {
        DelegationView view = views.view(me, id);
        model.addAttribute("view", view);
        model.addAttribute("tab", TABS.contains(tab) ? tab : "general");
        Delegation d = view.delegation();
        if (!model.containsAttribute("documentForm")) {
            model.addAttribute("documentForm", DocumentForm.empty());
        }
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", MemberForm.empty());
        }
        if (!model.containsAttribute("stopForm")) {
            model.addAttribute("stopForm", StopForm.empty());
        }
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", SessionForm.empty());
        }
        if (!model.containsAttribute("topicForm")) {
            model.addAttribute("topicForm", new TopicForm(null, d.version()));
        }
        model.addAttribute("allOrganizations", organizations.all());
        model.addAttribute("units", unitsForFilter());
        return "delegations/show";
    }

    private List<AdministrativeUnit> unitsForFilter() {
        return places.all(null);
    }

    private static Direction direction(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.contains("/outgoing") ? Direction.OUTGOING : path.contains("/incoming") ? Direction.INCOMING
                : Direction.ALL;
    }

    private String label(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static @Nullable String format(@Nullable LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    static @Nullable LocalDate parse(@Nullable String text) {
        return text == null ? null : vn.traodoi.system.Days.parse(text).orElse(null);
    }

    private static void requireOrganizer(CurrentUser me) {
        if (!me.has(Role.ORGANIZER)) {
            throw new org.springframework.security.access.AccessDeniedException("organizers create delegations");
        }
    }

    /** A topic typed on the general tab. */
    record TopicForm(@Nullable String content, int version) {
    }

    /** The list filters as they come in the address. */
    record ListParams(@Nullable Integer year, @Nullable DelegationKind kind, @Nullable DelegationStatus status,
            @Nullable Long unit, @Nullable String topic, @Nullable String q, @Nullable Integer page) {

        DelegationQueries.Filter filter(Direction direction) {
            return new DelegationQueries.Filter(direction, year, kind, status, unit, topic, q);
        }

        int pageOrFirst() {
            return page == null ? 1 : page;
        }
    }

}
