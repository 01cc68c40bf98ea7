package vn.traodoi.delegation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException;

/** A host's answer for its stop (confirm, or propose other dates) and the organizer's acceptance of a proposal. */
@Controller
@RequestMapping("/delegations/{id}/stops/{stopId}")
class HostPages {

    private final HostCoordination hosts;
    private final RecordPage record;

    HostPages(HostCoordination hosts, RecordPage record) {
        this.hosts = hosts;
        this.record = record;
    }

    @PostMapping("/answer")
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
            return RecordPage.redirect(id, "programme");
        } catch (InvalidInputException e) {
            return answerError(me, id, stopId, e.problems().getFirst().messageCode(), proposedStart, proposedEnd, note,
                    model);
        }
    }

    @PostMapping("/accept")
    String accept(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long stopId,
            @RequestParam int version, RedirectAttributes redirect) {
        return record.simple(id, "programme", redirect, () -> hosts.acceptProposal(me, id, stopId, version));
    }

    /** The programme tab again, with the answer as typed and the problem beside the stop's answer form. */
    private String answerError(CurrentUser me, long id, long stopId, String code, @Nullable String start,
            @Nullable String end, @Nullable String note, Model model) {
        model.addAttribute("answerError", code);
        model.addAttribute("answerStopId", stopId);
        model.addAttribute("answerStart", start);
        model.addAttribute("answerEnd", end);
        model.addAttribute("answerNote", note);
        return record.show(me, id, "programme", model);
    }

    private static @Nullable LocalDate parse(@Nullable String text) {
        return text == null ? null : Days.parse(text).orElse(null);
    }
}
