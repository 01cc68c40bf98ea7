package vn.traodoi.people;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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
import vn.traodoi.system.CsvWriter;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.XlsxWriter;

/** The directory of people: search, one person with their positions, and adding a person. */
@Controller
@RequestMapping("/people")
class PeoplePages {

    private final People people;
    private final OrganizationService organizations;

    private final MessageSource messages;

    PeoplePages(People people, OrganizationService organizations, MessageSource messages) {
        this.messages = messages;
        this.people = people;
        this.organizations = organizations;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("people", people.search(q, 100));
        return "people/list";
    }

    /** The directory's search as a spreadsheet: each person with the positions held, one a line. */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String q) {
        return CsvWriter.download("danh-ba.csv", exported(q));
    }

    /** The same, as an Excel workbook. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) @Nullable String q, Locale locale) {
        return XlsxWriter.download("danh-ba.xlsx", messages.getMessage("people.title", null, locale), exported(q));
    }

    private List<List<Object>> exported(@Nullable String q) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("ma", "ho_ten", "danh_xung", "quoc_tich", "chuc_vu"));
        for (Person p : people.search(q, 5_000)) {
            rows.add(Arrays.asList(p.id(), p.fullName(), p.honorific() == null ? "" : p.honorific(),
                    p.nationality() == null ? "" : p.nationality(),
                    String.join("\n", p.positions().stream().map(Position::describe).toList())));
        }
        return rows;
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
