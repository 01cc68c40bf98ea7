package vn.traodoi.delegation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.document.IssueForm;
import vn.traodoi.document.OfficialText;
import vn.traodoi.account.PersonClaims;
import vn.traodoi.account.Role;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.system.InvalidInputException;

/**
 * The record page of a delegation, shared by the controllers of its parts. A sub-form that fails (a member, a stop, a
 * session) shows the record page again on the same tab with the error beside the field and everything typed kept.
 */
@Component
class RecordPage {

    private static final Set<String> TABS = Set.of("general", "members", "programme", "documents", "history");

    private final DelegationViews views;
    private final OrganizationService organizations;
    private final PlaceLookup places;
    private final DelegationAccess access;
    private final PersonClaims claims;
    private final OfficialDocumentService officialDocuments;

    RecordPage(DelegationViews views, OrganizationService organizations, PlaceLookup places, DelegationAccess access,
            PersonClaims claims, OfficialDocumentService officialDocuments) {
        this.officialDocuments = officialDocuments;
        this.claims = claims;
        this.views = views;
        this.access = access;
        this.organizations = organizations;
        this.places = places;
    }

    /** The record page on {@code tab} (an unknown tab is the general one), with an empty form for each part. */
    String show(CurrentUser me, long id, String tab, Model model) {
        DelegationView view = views.view(me, id);
        model.addAttribute("view", view);
        model.addAttribute("tab", TABS.contains(tab) ? tab : "general");
        Delegation d = view.delegation();
        model.addAttribute("claims", access.sideOf(d, me).orElse(null) == Delegation.Side.GUEST && me.has(Role.ORGANIZER)
                ? claims.pending(d.members().stream().map(Delegation.Member::personId).filter(Objects::nonNull).toList())
                : List.of());
        model.addAttribute("ownSubmission", d.status() == DelegationStatus.SUBMITTED && me.has(Role.APPROVER)
                && access.approvesOwnSubmission(d, me));
        if ("documents".equals(model.getAttribute("tab"))) {
            model.addAttribute("officialDocs", officialDocuments.rows(me, view));
        }
        if (!model.containsAttribute("issueForm")) {
            model.addAttribute("issueForm", IssueForm.empty());
        }
        model.addAttribute("authorities", OfficialText.Authority.values());
        if (!model.containsAttribute("issueProblems")) {
            model.addAttribute("issueProblems", Map.of());
            model.addAttribute("issueKey", "");
        }
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
        model.addAttribute("units", places.all(null));
        return "delegations/show";
    }

    /** A part's form: back to its tab when the change went through, else the page again with the form as typed. */
    String subForm(CurrentUser me, long id, String tab, String name, Object form, BindingResult errors, Model model,
            Runnable change) {
        if (!errors.hasErrors()) {
            try {
                change.run();
                return redirect(id, tab);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageCode()));
            }
        }
        model.addAttribute(name, form);
        // Replacing the form drops its binding result from the model: put it back, so that a value that could not be
        // read ("8h" for an hour) is shown as typed beside its message.
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        return show(me, id, tab, model);
    }

    /** A change with nothing typed (a removal, an acceptance): back to the tab, with the problem if there was one. */
    String simple(long id, String tab, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.problems().getFirst().messageCode());
        }
        return redirect(id, tab);
    }

    static String redirect(long id, String tab) {
        return "redirect:/delegations/" + id + "?tab=" + tab;
    }
}
