package vn.traodoi.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.ConcurrentEditException;

/** Quản trị → Cơ quan → Quy tắc duyệt: an organization's rules, set by an administrator. */
@Controller
@RequestMapping("/admin/organizations/{id}/rules")
class OrganizationRulesPages {

    private final OrganizationRules rules;
    private final OrganizationService organizations;

    OrganizationRulesPages(OrganizationRules rules, OrganizationService organizations) {
        this.rules = rules;
        this.organizations = organizations;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        model.addAttribute("organization", organizations.get(id));
        if (!model.containsAttribute("rules")) {
            model.addAttribute("rules", rules.of(id));
        }
        return "admin/organizations/rules";
    }

    @PostMapping
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean selfApproval, @RequestParam int version, Model model,
            RedirectAttributes redirect) {
        try {
            rules.update(me, id, selfApproval, version);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/organizations/" + id + "/rules";
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return show(id, model);
        }
    }
}
