package vn.traodoi.register;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;

/**
 * Quản trị → Cơ quan → Ký hiệu văn bản: the abbreviations of an organization's symbols, set by an administrator. The
 * suggestion from the name fills the field only when the administrator asks for it, and is saved only when they save.
 */
@Controller
@RequestMapping("/admin/organizations/{id}/symbols")
class RegisterSettingsPages {

    private final RegisterSettings settings;
    private final OrganizationService organizations;

    RegisterSettingsPages(RegisterSettings settings, OrganizationService organizations) {
        this.settings = settings;
        this.organizations = organizations;
    }

    @GetMapping
    String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean suggested, Model model) {
        Organization organization = organizations.get(id);
        RegisterSettings.Settings current = settings.of(id);
        String suggestion = settings.suggestion(organization).orElse(null);
        model.addAttribute("organization", organization);
        model.addAttribute("settings", current);
        model.addAttribute("suggestion", suggestion);
        if (!model.containsAttribute("issuer")) {
            model.addAttribute("issuer", suggested && suggestion != null ? suggestion : current.issuer());
            model.addAttribute("division", current.division());
        }
        return "admin/organizations/symbols";
    }

    @PostMapping
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable String issuer,
            @RequestParam(required = false) @Nullable String division, @RequestParam int version, Model model,
            RedirectAttributes redirect) {
        try {
            settings.update(me, id, issuer, division, version);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/organizations/" + id + "/symbols";
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> model.addAttribute(p.field() + "Error", p.messageCode()));
            model.addAttribute("issuer", issuer);
            model.addAttribute("division", division);
            model.addAttribute("typedVersion", version);
            return show(id, false, model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return show(id, false, model);
        }
    }
}
