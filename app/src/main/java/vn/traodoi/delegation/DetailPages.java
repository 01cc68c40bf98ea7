package vn.traodoi.delegation;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
import vn.traodoi.people.People;
import vn.traodoi.system.InvalidInputException;

/** The details of a delegation on its record page: legal-basis documents, topics and members. */
@Controller
@RequestMapping("/delegations/{id}")
class DetailPages {

    private final DetailsService details;
    private final DelegationAccess access;
    private final People people;
    private final RecordPage record;

    DetailPages(DetailsService details, DelegationAccess access, People people, RecordPage record) {
        this.details = details;
        this.access = access;
        this.people = people;
        this.record = record;
    }

    @PostMapping("/documents")
    String addDocument(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult errors, Model model) {
        return record.subForm(me, id, "documents", "documentForm", form, errors, model,
                () -> details.addDocument(me, id, form));
    }

    @PostMapping("/documents/{documentId}/delete")
    String removeDocument(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long documentId,
            @RequestParam int version, RedirectAttributes redirect) {
        return record.simple(id, "documents", redirect, () -> details.removeDocument(me, id, documentId, version));
    }

    @PostMapping("/topics")
    String addTopic(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @ModelAttribute("topicForm") TopicForm form, BindingResult errors, Model model) {
        return record.subForm(me, id, "general", "topicForm", form, errors, model,
                () -> details.addTopic(me, id, form.content() == null ? "" : form.content(), form.version()));
    }

    @PostMapping("/topics/{topicId}/delete")
    String removeTopic(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long topicId,
            @RequestParam int version, RedirectAttributes redirect) {
        return record.simple(id, "general", redirect, () -> details.removeTopic(me, id, topicId, version));
    }

    /**
     * The person picker of the member form (htmx): people matching the typed name, each with the position they held on
     * the delegation's first day.
     */
    @GetMapping("/people")
    String pickPerson(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable String q, Model model) {
        Delegation d = access.get(me, id);
        model.addAttribute("candidates", q == null || q.isBlank() ? List.of() : people.search(q, 10));
        model.addAttribute("at", d.startDate());
        model.addAttribute("q", q == null ? "" : q);
        return "delegations/people :: candidates";
    }

    @PostMapping("/members")
    String addMember(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult errors, Model model) {
        return record.subForm(me, id, "members", "memberForm", form, errors, model, () -> details.addMember(me, id, form));
    }

    /** A group line named person by person; a refused list comes back as typed, with the reason. */
    @PostMapping("/members/{memberId}/names")
    String nameGroup(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long memberId,
            @RequestParam(required = false) @Nullable String names, @RequestParam(defaultValue = "false") boolean replace,
            @RequestParam int version, RedirectAttributes redirect) {
        try {
            details.nameGroup(me, id, memberId, names, replace, version);
            redirect.addFlashAttribute("done", "member.group.named");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("groupError", e.problems().getFirst().messageCode());
            redirect.addFlashAttribute("groupErrorArguments", e.problems().getFirst().arguments().toArray());
            redirect.addFlashAttribute("groupMember", memberId);
            redirect.addFlashAttribute("groupTyped", names);
        }
        return RecordPage.redirect(id, "members");
    }

    /**
     * The organizer confirms (or refuses) that an account is this member: the account is linked to the member's person
     * and files the member's report.
     */
    @PostMapping("/members/{memberId}/claims/{claimId}")
    String decideClaim(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long memberId,
            @PathVariable long claimId, @RequestParam String decision, RedirectAttributes redirect) {
        boolean confirm = "confirm".equals(decision);
        details.decideClaim(me, id, memberId, claimId, confirm);
        redirect.addFlashAttribute("done", confirm ? "account.claim.confirmed" : "account.claim.refused");
        return RecordPage.redirect(id, "members");
    }

    @PostMapping("/members/{memberId}/delete")
    String removeMember(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long memberId,
            @RequestParam int version, RedirectAttributes redirect) {
        return record.simple(id, "members", redirect, () -> details.removeMember(me, id, memberId, version));
    }
}
