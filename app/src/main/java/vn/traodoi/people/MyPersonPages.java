package vn.traodoi.people;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.traodoi.account.PersonClaims;
import vn.traodoi.system.NotFoundException;

/**
 * "Tôi là …": the user says which person of the directory they are, among those with their name, so that they can
 * file their own report as a delegation member. The directory offers the candidates; the account keeps the link.
 */
@Controller
@RequestMapping("/account/person")
class MyPersonPages {

    private final People people;
    private final AccountService accounts;
    private final PersonClaims claims;

    MyPersonPages(People people, AccountService accounts, PersonClaims claims) {
        this.claims = claims;
        this.people = people;
        this.accounts = accounts;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("namesakes", people.namesakes(me.fullName()));
        model.addAttribute("personId", accounts.personOf(me.userId()));
        addLikely(me, model);
        return "people/me";
    }

    /**
     * Asks to be a person the directory names otherwise: an organizer whose delegation has that person as a member
     * confirms it.
     */
    @PostMapping("/claims")
    String claim(@AuthenticationPrincipal CurrentUser me, @RequestParam long personId, RedirectAttributes redirect) {
        if (people.likely(me.fullName()).stream().noneMatch(p -> p.id() == personId)) {
            throw new NotFoundException("person", personId);
        }
        claims.ask(me, personId);
        redirect.addFlashAttribute("claimed", true);
        return "redirect:/account/person";
    }

    private void addLikely(CurrentUser me, Model model) {
        model.addAttribute("likely", people.likely(me.fullName()));
        Map<Long, PersonClaims.Status> asked = new HashMap<>();
        claims.mine(me).forEach(c -> asked.putIfAbsent(c.personId(), c.status()));
        model.addAttribute("asked", asked);
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
            addLikely(me, model);
            return "people/me";
        }
        accounts.linkPerson(me, personId);
        redirect.addFlashAttribute("personLinked", true);
        return "redirect:/account";
    }
}
