package vn.traodoi.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.document.Issuance;
import vn.traodoi.document.IssueForm;
import vn.traodoi.document.IssuePages;
import vn.traodoi.document.IssuedDocument;
import vn.traodoi.document.IssuedType;
import vn.traodoi.document.Issuers;
import vn.traodoi.document.OfficialText;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.task.FollowUpLeftovers;

/** Báo cáo: the members' reports of a delegation, the missing ones, and the trip report from draft to approval. */
@Controller
@RequestMapping("/delegations/{id}/reports")
class ReportPages {

    private final ReportService reports;
    private final DelegationService delegations;

    private final MessageSource messages;

    private final FollowUpLeftovers leftovers;

    private final MemberReportLinks links;
    private final Clock clock;
    private final Issuers issuers;
    private final Issuance issuance;

    ReportPages(ReportService reports, DelegationService delegations, MessageSource messages,
            FollowUpLeftovers leftovers, MemberReportLinks links, Clock clock, Issuers issuers, Issuance issuance) {
        this.issuers = issuers;
        this.issuance = issuance;
        this.links = links;
        this.clock = clock;
        this.leftovers = leftovers;
        this.reports = reports;
        this.delegations = delegations;
        this.messages = messages;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Delegation d = delegations.get(me, id);
        model.addAttribute("delegation", d);
        model.addAttribute("guest", d.organizerId() == me.orgId());
        model.addAttribute("rows", reports.members(me, d));
        model.addAttribute("leftovers", leftovers.ofDelegation(me, id));
        model.addAttribute("dueDate", reports.dueDate(d));
        model.addAttribute("trip", reports.trip(me, id).orElse(null));
        model.addAttribute("ownTripSubmission", me.has(Role.APPROVER) && reports.approvesOwnSubmission(me, d));
        model.addAttribute("view", delegations.view(me, id));
        model.addAttribute("canSendLinks", d.organizerId() == me.orgId() && me.has(Role.ORGANIZER));
        model.addAttribute("links", links.of(me, d));
        model.addAttribute("now", clock.instant());
        boolean guestStaff = d.organizerId() == me.orgId() && (me.has(Role.ORGANIZER) || me.has(Role.APPROVER));
        model.addAttribute("tripIssued", guestStaff ? issuance.issuedFor(me.orgId(), IssuedType.BAO_CAO, tripLink(id)) : null);
        model.addAttribute("tripIssuable", guestStaff);
        model.addAttribute("tripCanSign", guestStaff && issuance.canSign(me.orgId()));
        model.addAttribute("authorities", OfficialText.Authority.values());
        if (!model.containsAttribute("issueProblems")) {
            model.addAttribute("issueForm", IssueForm.empty());
            model.addAttribute("issueProblems", Map.of());
            model.addAttribute("issueKey", "");
        }
        if (!model.containsAttribute("topicTexts")) {
            model.addAttribute("topicTexts", reports.myTopicTexts(me, id));
        }
        return "reports/show";
    }

    @PostMapping("/members/{memberId}")
    String file(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long memberId,
            @RequestParam(defaultValue = "") String learned, @RequestParam(required = false) @Nullable String proposals,
            @RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        Map<Long, String> byTopic = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (name.matches("topic-\\d{1,18}")) {
                byTopic.put(Long.parseLong(name.substring(6)), value);
            }
        });
        try {
            reports.file(me, id, memberId, learned, proposals, byTopic);
            redirect.addFlashAttribute("done", "report.filed");
            return "redirect:/delegations/" + id + "/reports";
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", e.problems().getFirst().messageCode());
            model.addAttribute("typedLearned", learned);
            model.addAttribute("typedProposals", proposals);
            model.addAttribute("topicTexts", byTopic);
            return show(me, id, model);
        }
    }

    /**
     * Issues the trip report (Báo cáo): the next number of the organizer's register, today's date, the signer, and
     * the digital signature when asked; a form with errors comes back with each message beside its field.
     */
    @PostMapping("/trip/issue")
    String issueTrip(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @ModelAttribute("issueForm") IssueForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, Locale locale) {
        IssuedDocument issued = IssuePages.attempt("trip", form, errors, model, messages, locale,
                () -> issuance.issue(me, new Issuance.Request(IssuedType.BAO_CAO, me.orgId(), tripLink(id),
                        Set.of(me.orgId()), null, form.authority(), form.principal(), form.position(), form.signerName(),
                        form.signs()), tripText(me, id)));
        if (issued == null) {
            return show(me, id, model);
        }
        redirect.addFlashAttribute("done", "report.trip.issued");
        redirect.addFlashAttribute("issuedDocument", issued.numberAndSymbol());
        return "redirect:/delegations/" + id + "/reports#trip-issue";
    }

    private static String tripLink(long id) {
        return "/delegations/" + id + "/reports";
    }

    /** The trip report as a draft of the organizer: 404 for anyone else, or when there is none yet. */
    private OfficialText tripText(CurrentUser me, long id) {
        Delegation d = delegations.get(me, id);
        if (d.organizerId() != me.orgId()) {
            throw new NotFoundException("trip report", id);
        }
        ReportService.TripReport trip = reports.trip(me, id).orElseThrow(() -> new NotFoundException("trip report", id));
        return TripReportDocument.render(delegations.view(me, id), trip, reports.members(me, d), messages,
                issuers.of(d.organizerId(), LocalDate.now(clock)), issuance.abbreviation(d.organizerId()));
    }

    /** The trip report in the layout of Decree 30/2020, as Word or PDF, for the sending side. */
    @GetMapping({"/trip.docx", "/trip.pdf"})
    ResponseEntity<byte[]> tripDocument(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            HttpServletRequest request) {
        OfficialText text = tripText(me, id);
        boolean pdf = request.getRequestURI().endsWith(".pdf");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(pdf ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("bao-cao-ket-qua-chuyen-cong-tac." + (pdf ? "pdf" : "docx")).build().toString())
                .header("Cache-Control", "private, no-store").body(pdf ? text.pdf() : text.docx());
    }

    @PostMapping("/compile")
    String compile(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        reports.compile(me, id);
        return "redirect:/delegations/" + id + "/reports";
    }

    @PostMapping("/trip")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable String results, @RequestParam(required = false) @Nullable String lessons,
            @RequestParam(required = false) @Nullable String proposals,
            @RequestParam(required = false) @Nullable String appendices, @RequestParam int version,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        try {
            reports.edit(me, id, results, lessons, proposals, appendices, version, "submit".equals(action));
            redirect.addFlashAttribute("done", "submit".equals(action) ? "report.trip.submitted" : "common.saved");
            return "redirect:/delegations/" + id + "/reports";
        } catch (InvalidInputException e) {
            model.addAttribute("tripError", e.problems().getFirst().messageCode());
            String view = show(me, id, model);
            if (model.getAttribute("trip") instanceof ReportService.TripReport stored) {
                model.addAttribute("trip", new ReportService.TripReport(stored.delegationId(), results, lessons, proposals,
                        appendices, stored.status(), stored.returnReason(), stored.version()));
            }
            return view;
        }
    }

    @PostMapping("/decision")
    String decide(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam String decision,
            @RequestParam(required = false) @Nullable String reason, @RequestParam int version, Model model,
            RedirectAttributes redirect) {
        try {
            reports.decide(me, id, "approve".equals(decision), reason, version);
            redirect.addFlashAttribute("done", "approve".equals(decision) ? "report.trip.approved" : "report.trip.returned");
            return "redirect:/delegations/" + id + "/reports";
        } catch (InvalidInputException e) {
            model.addAttribute("decisionError", e.problems().getFirst().messageCode());
            return show(me, id, model);
        }
    }
}
