package vn.traodoi.people;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;

/**
 * "Tôi là …": the user says which person of the directory they are, among those with their name, so that they can
 * file their own report as a delegation member. The directory offers the candidates; the account keeps the link.
 */
@Controller
@RequestMapping("/account/person")
class MyPersonPages {

    private final People people;
    private final AccountService accounts;

    MyPersonPages(People people, AccountService accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("namesakes", people.namesakes(me.fullName()));
        model.addAttribute("personId", accounts.personOf(me.userId()));
        return "people/me";
    }

    @PostMapping
    String link(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable Long personId,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<Person> namesakes = people.namesakes(me.fullName());
        if (personId != null && namesakes.stream().noneMatch(p -> p.id() == personId)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("personError", "account.person.notNamesake");
            model.addAttribute("namesakes", namesakes);
            model.addAttribute("personId", Optional.<Long>empty());
            return "people/me";
        }
        accounts.linkPerson(me, personId);
        redirect.addFlashAttribute("personLinked", true);
        return "redirect:/account";
    }
}
