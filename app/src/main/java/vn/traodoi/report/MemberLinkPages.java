package vn.traodoi.report;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.people.People;
import vn.traodoi.people.Person;
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.ReminderMail;

/**
 * Members' personal links: the organizer's staff make one for a member entry and send it by e-mail (or pass it on);
 * whoever holds it opens {@code /bao-cao/<link>} without an account and files that member's report.
 */
@Controller
class MemberLinkPages {

    /** How sending the link went. */
    enum Mailing {
        SENT, NO_ADDRESS, NO_SMTP, FAILED
    }

    private final MemberReportLinks links;
    private final People people;
    private final ReminderMail mail;
    private final MessageSource messages;

    MemberLinkPages(MemberReportLinks links, People people, ReminderMail mail, MessageSource messages) {
        this.links = links;
        this.people = people;
        this.mail = mail;
        this.messages = messages;
    }

    @PostMapping("/delegations/{id}/reports/links")
    String create(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam long memberId,
            @RequestParam(required = false) @Nullable String holderName,
            @RequestParam(required = false) @Nullable String email, @RequestParam(defaultValue = "30") int days,
            RedirectAttributes redirect) {
        try {
            MemberReportLinks.NewLink created = links.create(me, id, memberId, holderName, email, days);
            String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/bao-cao/" + created.token())
                    .toUriString();
            redirect.addFlashAttribute("newLink", url);
            redirect.addFlashAttribute("newLinkHolder", created.link().holderName());
            redirect.addFlashAttribute("newLinkMailing", send(me, created.link(), url));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("linkError", e.problems().getFirst().messageCode());
        }
        return "redirect:/delegations/" + id + "/reports#member-reports";
    }

    @PostMapping("/delegations/{id}/reports/links/{linkId}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long linkId) {
        links.revoke(me, id, linkId);
        return "redirect:/delegations/" + id + "/reports#member-links";
    }

    @GetMapping("/bao-cao/{token}")
    String open(@PathVariable String token, Model model) {
        MemberReportLinks.Opened opened = links.open(token);
        model.addAttribute("opened", opened);
        model.addAttribute("token", token);
        model.addAttribute("memberName", memberName(opened));
        return "reports/link";
    }

    @PostMapping("/bao-cao/{token}")
    String file(@PathVariable String token, @RequestParam(defaultValue = "") String learned,
            @RequestParam(required = false) @Nullable String proposals, @RequestParam Map<String, String> parameters,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<Long, String> byTopic = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (name.matches("topic-\\d{1,18}")) {
                byTopic.put(Long.parseLong(name.substring(6)), value);
            }
        });
        try {
            links.file(token, learned, proposals, byTopic);
            redirect.addFlashAttribute("filed", true);
            return "redirect:/bao-cao/" + token;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fileError", e.problems().getFirst().messageCode());
            model.addAttribute("typedLearned", learned);
            model.addAttribute("typedProposals", proposals);
            model.addAttribute("typedTopics", byTopic);
            return open(token, model);
        }
    }

    /** A link that expired or was revoked: 410, saying which, and whom to ask. */
    @ExceptionHandler(MemberReportLinks.LinkUnusableException.class)
    String unusable(MemberReportLinks.LinkUnusableException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("reason", e.messageCode());
        return "reports/link-gone";
    }

    private String memberName(MemberReportLinks.Opened opened) {
        Long person = opened.member().personId();
        if (person == null) {
            return String.valueOf(opened.member().groupDescription());
        }
        Person found = people.byIds(List.of(person)).get(person);
        return found == null ? opened.link().holderName() : found.fullName();
    }

    private Mailing send(CurrentUser me, MemberReportLinks.Link link, String url) {
        if (link.email() == null) {
            return Mailing.NO_ADDRESS;
        }
        if (!mail.configured()) {
            return Mailing.NO_SMTP;
        }
        String until = Days.SHOWN.format(link.expiresAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate());
        Locale vi = Locale.forLanguageTag("vi");
        try {
            mail.send(List.of(link.email()), messages.getMessage("report.link.mail.subject", null, vi),
                    messages.getMessage("report.link.mail.body", new Object[] {link.holderName(), me.organizationName(),
                            url, until}, vi));
            return Mailing.SENT;
        } catch (RuntimeException e) {
            return Mailing.FAILED;
        }
    }
}
