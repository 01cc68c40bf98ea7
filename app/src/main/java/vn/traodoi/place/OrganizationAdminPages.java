package vn.traodoi.place;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import vn.traodoi.system.CsvWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.XlsxWriter;
import vn.traodoi.system.InvalidInputException;

/** Administration of organizations: list with filters kept in the address, create, edit. */
@Controller
@RequestMapping("/admin/organizations")
class OrganizationAdminPages {

    static final int PAGE_SIZE = 25;

    private final OrganizationService organizations;
    private final PlaceLookup places;
    private final MessageSource messages;

    OrganizationAdminPages(OrganizationService organizations, PlaceLookup places, MessageSource messages) {
        this.organizations = organizations;
        this.places = places;
        this.messages = messages;
    }

    @ModelAttribute("kinds")
    OrganizationKind[] kinds() {
        return OrganizationKind.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable OrganizationKind kind,
            @RequestParam(required = false) @Nullable Long unit, @RequestParam(defaultValue = "1") int page,
            HtmxRequest htmx, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", kind);
        model.addAttribute("unit", unit);
        model.addAttribute("result", organizations.search(q, kind, unit, page, PAGE_SIZE));
        addReferenceData(model);
        return htmx.isHtmxRequest() ? "admin/organizations/list :: results" : "admin/organizations/list";
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable OrganizationKind kind, @RequestParam(required = false) @Nullable Long unit,
            Locale locale) {
        return CsvWriter.download("co-quan-don-vi.csv", exported(q, kind, unit, locale));
    }

    /** The same list, the same columns, as an Excel workbook with real date cells and numeric codes. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable OrganizationKind kind, @RequestParam(required = false) @Nullable Long unit,
            Locale locale) {
        return XlsxWriter.download("co-quan-don-vi.xlsx", messages.getMessage("menu.organizations", null, locale),
                exported(q, kind, unit, locale));
    }

    private List<List<Object>> exported(@Nullable String q, @Nullable OrganizationKind kind, @Nullable Long unit,
            Locale locale) {
        Map<Long, String> units = unitNames();
        Map<Long, String> names = organizations.all().stream().collect(Collectors.toMap(Organization::id, Organization::name));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("ma", "ten", "ten_viet_tat", "loai", "co_quan_cap_tren", "dia_ban", "tu_ngay", "den_ngay", "ghi_chu"));
        for (Organization o : organizations.search(q, kind, unit, 1, 100_000).items()) {
            rows.add(Arrays.asList(o.id(), o.name(), o.shortName(),
                    messages.getMessage("organization.kind." + o.kind(), null, locale),
                    o.parentId() == null ? null : names.get(o.parentId()), o.unitId() == null ? null : units.get(o.unitId()),
                    o.validFrom(), o.validTo(), o.note()));
        }
        return rows;
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", OrganizationForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            Organization created = organizations.create(form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/organizations/" + created.id();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageCode()));
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        Organization stored = organizations.get(id);
        model.addAttribute("form", OrganizationForm.of(stored));
        model.addAttribute("storedName", stored.name());
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        // A value that cannot be read (a date 31/02/2026) leaves no form object, only what was typed in the errors.
        model.addAttribute("storedName", organizations.get(id).name());
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            organizations.update(id, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/organizations/" + id;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageCode()));
            return form(model, id);
        } catch (ConcurrentEditException e) {
            // Keep what the user typed, show what is stored now, and let them save again on purpose.
            Organization stored = organizations.get(id);
            OrganizationForm again = new OrganizationForm(form.name(), form.shortName(), form.kind(), form.parentId(),
                    form.unitId(), form.validFrom(), form.validTo(), form.note(), stored.version());
            BindingResult conflict = new BeanPropertyBindingResult(again, "form");
            conflict.reject("organization.conflict");
            model.addAttribute("form", again);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", conflict);
            model.addAttribute("stored", stored);
            return form(model, id);
        }
    }

    private String form(Model model, @Nullable Long id) {
        model.addAttribute("id", id);
        model.addAttribute("parents", organizations.all().stream().filter(o -> id == null || o.id() != id).toList());
        addReferenceData(model);
        return "admin/organizations/form";
    }

    private void addReferenceData(Model model) {
        List<AdministrativeUnit> units = places.all(null).stream()
                .sorted(Comparator.comparing(AdministrativeUnit::unitSet).reversed()
                        .thenComparing(AdministrativeUnit::nameAscii)).toList();
        model.addAttribute("units", units);
        model.addAttribute("unitNames", unitNames());
    }

    /** "Thành phố Hồ Chí Minh (63)": which list a unit is from matters when both have the name. */
    private Map<Long, String> unitNames() {
        return places.all(null).stream().collect(Collectors.toMap(AdministrativeUnit::id,
                u -> u.fullNameVi() + (u.beforeReform() ? " (63)" : " (34)")));
    }
}
