package vn.traodoi.delegation;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.InvalidInputException;

/** The lifecycle buttons of the record page: one step of the {@link Action} table each. */
@Controller
class LifecyclePages {

    private final LifecycleService lifecycle;
    private final RecordPage record;

    LifecyclePages(LifecycleService lifecycle, RecordPage record) {
        this.lifecycle = lifecycle;
        this.record = record;
    }

    @PostMapping("/delegations/{id}/actions/{action}")
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
            return record.show(me, id, "general", model);
        }
    }
}
