package vn.traodoi.delegation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.format.DateTimeFormatter;
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
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.DelegationQueries.Direction;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.CsvWriter;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.Page;
import vn.traodoi.system.XlsxWriter;

/**
 * The delegations: the lists (all, outgoing, incoming) with their CSV export, the record page, and the plan's form
 * for a new delegation and for its general information.
 */
@Controller
@RequestMapping("/delegations")
class DelegationPages {

    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final DelegationQueries queries;
    private final DelegationAccess access;
    private final PlanService plans;
    private final RecordPage record;
    private final PlaceLookup places;
    private final MessageSource messages;

    DelegationPages(DelegationQueries queries, DelegationAccess access, PlanService plans, RecordPage record,
            PlaceLookup places, MessageSource messages) {
        this.queries = queries;
        this.access = access;
        this.plans = plans;
        this.record = record;
        this.places = places;
        this.messages = messages;
    }

    @GetMapping({"", "/outgoing", "/incoming"})
    String list(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request, @ModelAttribute ListParams params,
            Model model) {
        Direction direction = direction(request);
        DelegationQueries.Filter filter = params.filter(direction);
        model.addAttribute("direction", direction);
        model.addAttribute("params", params);
        model.addAttribute("basePath", request.getRequestURI());
        model.addAttribute("result", queries.list(me, filter, params.pageOrFirst(), PAGE_SIZE));
        model.addAttribute("units", places.all(null));
        return "delegations/list";
    }

    /** The list as a spreadsheet; the column names are stable identifiers for the programs that read it. */
    @GetMapping({"/export.csv", "/outgoing/export.csv", "/incoming/export.csv"})
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request,
            @ModelAttribute ListParams params, Locale locale) {
        return CsvWriter.download("doan-cong-tac.csv", exported(me, request, params, locale));
    }

    /** The same list, the same columns, as an Excel workbook: dates as date cells, numbers as numbers. */
    @GetMapping({"/export.xlsx", "/outgoing/export.xlsx", "/incoming/export.xlsx"})
    ResponseEntity<byte[]> exportXlsx(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request,
            @ModelAttribute ListParams params, Locale locale) {
        return XlsxWriter.download("doan-cong-tac.xlsx", label("export.sheet.delegations", locale),
                exported(me, request, params, locale));
    }

    /**
     * The rows of the export with the filters of the list. A trip known only by its month is written "tháng 12/2022"
     * in both date columns, never as the first and last day of the month; the units as named then, and today.
     */
    private List<List<Object>> exported(CurrentUser me, HttpServletRequest request, ListParams params, Locale locale) {
        Page<DelegationQueries.Row> result = queries.list(me, params.filter(direction(request)), 1, 100_000);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("ma", "ten", "loai", "trang_thai", "don_vi_to_chuc", "tu_ngay", "den_ngay", "don_vi_tiep_don",
                "dia_ban", "dia_ban_hien_nay"));
        for (DelegationQueries.Row r : result.items()) {
            Object from = r.startDate();
            Object to = r.endDate();
            if (r.monthOnly() && r.startDate() != null) {
                from = messages.getMessage("date.month", new Object[] {MONTH.format(r.startDate())}, locale);
                to = from;
            }
            rows.add(Arrays.asList(r.id(), r.title(), label("delegation.kind." + r.kind(), locale),
                    label("delegation.status." + r.status(), locale), r.organizerName(), from, to, r.hosts(), r.units(),
                    r.unitsToday()));
        }
        return rows;
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        requireOrganizer(me);
        model.addAttribute("form", DelegationForm.empty());
        return "delegations/form";
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") DelegationForm form,
            BindingResult errors) {
        requireOrganizer(me);
        if (errors.hasErrors()) {
            return "delegations/form";
        }
        try {
            return "redirect:/delegations/" + plans.create(me, form).id();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageCode()));
            return "delegations/form";
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(defaultValue = "general") String tab, Model model) {
        return record.show(me, id, tab, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Delegation d = access.get(me, id);
        model.addAttribute("form", DelegationForm.of(d));
        model.addAttribute("id", id);
        model.addAttribute("storedTitle", d.title());
        return "delegations/form";
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @ModelAttribute("form") DelegationForm form, BindingResult errors, Model model) {
        // A value that cannot be read (a date 31/02/2026) leaves no form object, only what was typed in the errors.
        model.addAttribute("storedTitle", access.get(me, id).title());
        model.addAttribute("id", id);
        if (errors.hasErrors()) {
            return "delegations/form";
        }
        try {
            plans.update(me, id, form);
            return "redirect:/delegations/" + id;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageCode()));
            return "delegations/form";
        } catch (ConcurrentEditException e) {
            Delegation stored = access.get(me, id);
            DelegationForm again = new DelegationForm(form.kind(), form.title(), form.purpose(), form.startDate(),
                    form.endDate(), form.monthOnly(), form.declaredMemberCount(), stored.version());
            BindingResult conflict = new BeanPropertyBindingResult(again, "form");
            conflict.reject("delegation.conflict");
            model.addAttribute("form", again);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", conflict);
            return "delegations/form";
        } catch (IllegalTransitionException e) {
            errors.reject(e.messageCode(), e.arguments(), e.messageCode());
            return "delegations/form";
        }
    }

    private static Direction direction(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.contains("/outgoing") ? Direction.OUTGOING : path.contains("/incoming") ? Direction.INCOMING
                : Direction.ALL;
    }

    private String label(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static void requireOrganizer(CurrentUser me) {
        if (!me.has(Role.ORGANIZER)) {
            throw new AccessDeniedException("organizers create delegations");
        }
    }

    /** The list filters as they come in the address. */
    record ListParams(@Nullable Integer year, @Nullable DelegationKind kind, @Nullable DelegationStatus status,
            @Nullable Long unit, @Nullable String topic, @Nullable String q, @Nullable Integer page) {

        DelegationQueries.Filter filter(Direction direction) {
            return new DelegationQueries.Filter(direction, year, kind, status, unit, topic, q);
        }

        int pageOrFirst() {
            return page == null ? 1 : page;
        }
    }
}
