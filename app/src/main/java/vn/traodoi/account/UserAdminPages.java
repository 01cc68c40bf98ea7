package vn.traodoi.account;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.Page;

/**
 * Administration of users: list, create with a first password, edit organization, roles and status, give a
 * new password, unlock after too many wrong passwords.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminPages {

    private final AccountService accounts;
    private final OrganizationService organizations;

    UserAdminPages(AccountService accounts, OrganizationService organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @ModelAttribute("allRoles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Long org,
            @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("org", org);
        Page<UserAccount> result = accounts.search(q, org, page, 25);
        model.addAttribute("result", result);
        model.addAttribute("locked", accounts.locked(result.items().stream().map(UserAccount::username).toList()));
        model.addAttribute("organizations", organizations.all());
        model.addAttribute("organizationNames", organizationNames());
        return "admin/users/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", UserForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            UserAccount created = accounts.create(form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + created.id();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageCode()));
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        UserAccount stored = accounts.get(id);
        model.addAttribute("form", UserForm.of(stored));
        model.addAttribute("storedUsername", stored.username());
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        UserAccount stored = accounts.get(id);
        // A value that cannot be read leaves no form object, only what was typed in the errors.
        model.addAttribute("storedUsername", stored.username());
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            accounts.update(id, new UserForm(stored.username(), form.fullName(), form.email(), form.organizationId(),
                    form.roles(), form.enabled(), null, form.version()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageCode()));
            return form(model, id);
        } catch (ConcurrentEditException e) {
            UserForm again = new UserForm(stored.username(), form.fullName(), form.email(), form.organizationId(),
                    form.roles(), form.enabled(), null, accounts.get(id).version());
            BindingResult conflict = new BeanPropertyBindingResult(again, "form");
            conflict.reject("user.conflict");
            model.addAttribute("form", again);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", conflict);
            return form(model, id);
        }
    }

    /** Lifts the lock of a user name and forgets the delays of every address (audited). */
    @PostMapping("/{id}/unlock")
    String unlock(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(accounts.unlock(me, id) ? "unlocked" : "nothingToUnlock", true);
        return "redirect:/admin/users/" + id;
    }

    /** Gives the user a new password, checked by the password policy; the field is never shown again. */
    @PostMapping("/{id}/password")
    String resetPassword(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(defaultValue = "") String newPassword, Model model, RedirectAttributes redirect) {
        try {
            accounts.resetPassword(me, id, newPassword);
            redirect.addFlashAttribute("passwordReset", true);
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("resetError", e.problems().getFirst().messageCode());
            model.addAttribute("form", UserForm.of(accounts.get(id)));
            return form(model, id);
        }
    }

    private String form(Model model, @Nullable Long id) {
        model.addAttribute("id", id);
        model.addAttribute("organizations", organizations.all());
        if (id != null) {
            model.addAttribute("throttle", accounts.throttleState(id));
        }
        return "admin/users/form";
    }

    private Map<Long, String> organizationNames() {
        Map<Long, String> names = new HashMap<>();
        organizations.all().forEach(o -> names.put(o.id(), o.displayName()));
        return names;
    }
}
