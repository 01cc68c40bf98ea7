package vn.traodoi.people;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
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
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.InvalidInputException;

/** The directory of people: search, one person with their positions, and adding a person. */
@Controller
@RequestMapping("/people")
class PeoplePages {

    private final People people;
    private final OrganizationService organizations;

    PeoplePages(People people, OrganizationService organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("people", people.search(q, 100));
        return "people/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("person", people.get(id));
        return "people/show";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        requireOrganizer(me);
        model.addAttribute("form", PersonForm.empty());
        model.addAttribute("organizations", organizations.all());
        return "people/form";
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors, Model model) {
        requireOrganizer(me);
        model.addAttribute("organizations", organizations.all());
        if (errors.hasErrors()) {
            return "people/form";
        }
        try {
            return "redirect:/people/" + people.create(form, me.orgId()).id();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageCode()));
            return "people/form";
        }
    }

    private static void requireOrganizer(CurrentUser me) {
        if (!me.has(Role.ORGANIZER) && !me.has(Role.ADMIN)) {
            throw new AccessDeniedException("organizers add people");
        }
    }
}
