package vn.traodoi.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.document.IssuedType;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.CsvWriter;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.Page;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.system.XlsxWriter;

/**
 * Sổ văn bản đi: the organization's register by year and type, searched by words of the summary or the number, as CSV
 * and Excel with the same filters, and the cancellation of a number with its note. Without a year in the address the
 * list is of this year; {@code year=} (empty) is every year.
 */
@Controller
@RequestMapping("/registers")
class RegisterPages {

    static final int PAGE_SIZE = 50;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final RegisterQueries queries;
    private final DocumentRegister register;
    private final MessageSource messages;
    private final Clock clock;

    RegisterPages(RegisterQueries queries, DocumentRegister register, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.register = register;
        this.messages = messages;
        this.clock = clock;
    }

    /** The filters as they come in the address. */
    record ListParams(@Nullable String year, @Nullable IssuedType type, RegisterQueries.@Nullable Status status,
            @Nullable String q, @Nullable Integer page) {

        int pageOrFirst() {
            return page == null ? 1 : page;
        }
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("params") ListParams params, Model model) {
        @Nullable Integer year;
        try {
            year = year(params);
        } catch (InvalidInputException e) {
            model.addAttribute("yearError", e.problems().getFirst().messageCode());
            year = LocalDate.now(clock).getYear();
        }
        RegisterQueries.Filter filter = new RegisterQueries.Filter(year, params.type(), params.status(), params.q());
        Page<RegisterQueries.Row> result = queries.list(me, filter, params.pageOrFirst(), PAGE_SIZE);
        TreeSet<Integer> years = new TreeSet<>(queries.years(me));
        years.add(LocalDate.now(clock).getYear());
        model.addAttribute("result", result);
        model.addAttribute("counts", queries.counts(me, filter));
        model.addAttribute("years", years.descendingSet());
        model.addAttribute("yearValue", year == null ? "" : year.toString());
        model.addAttribute("types", IssuedType.values());
        model.addAttribute("statuses", RegisterQueries.Status.values());
        model.addAttribute("abbreviationMissing", register.abbreviation(me.orgId()).isEmpty());
        return "registers/list";
    }

    /** The list with its filters as CSV; the column names are stable identifiers for the programs that read it. */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser me, @ModelAttribute ListParams params,
            Locale locale) {
        return CsvWriter.download("so-van-ban-di.csv", exported(me, params, locale));
    }

    /** The same lines, the same columns, as an Excel workbook: the issue date a date cell, the number a number. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@AuthenticationPrincipal CurrentUser me, @ModelAttribute ListParams params,
            Locale locale) {
        return XlsxWriter.download("so-van-ban-di.xlsx", label("registers.title", locale), exported(me, params, locale));
    }

    /** Cancels a number with its note; on a problem the list is shown again with the note as typed beside its field. */
    @PostMapping("/{id}/cancel")
    String cancel(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable String note, @RequestParam int version,
            @ModelAttribute("params") ListParams params, Model model, RedirectAttributes redirect) {
        try {
            register.cancel(me, id, note == null ? "" : note, version);
            redirect.addFlashAttribute("cancelled", register.entry(id).map(RegisterEntry::full).orElse(""));
            return back(params, redirect);
        } catch (InvalidInputException e) {
            model.addAttribute("cancelError", id);
            model.addAttribute("cancelErrorCode", e.problems().getFirst().messageCode());
            model.addAttribute("cancelErrorArgument", e.problems().getFirst().arguments().stream().findFirst().orElse(null));
        } catch (ConcurrentEditException e) {
            model.addAttribute("cancelError", id);
            model.addAttribute("cancelErrorCode", "register.cancel.conflict");
            
        } catch (StateConflictException e) {
            model.addAttribute("cancelError", id);
            model.addAttribute("cancelErrorCode", e.messageCode());
            model.addAttribute("cancelErrorArgument", e.arguments().length == 0 ? null : e.arguments()[0]);
        }
        model.addAttribute("typedNote", note);
        return list(me, params, model);
    }

    private List<List<Object>> exported(CurrentUser me, ListParams params, Locale locale) {
        RegisterQueries.Filter filter = new RegisterQueries.Filter(year(params), params.type(), params.status(),
                params.q());
        Page<RegisterQueries.Row> result = queries.list(me, filter, 1, 1_000_000);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("so_ky_hieu", "so", "ky_hieu", "ngay_ban_hanh", "nam", "loai", "trich_yeu", "nguoi_ban_hanh",
                "ho_so", "trang_thai", "ngay_huy", "nguoi_huy", "ly_do_huy"));
        for (RegisterQueries.Row r : result.items()) {
            RegisterEntry e = r.entry();
            rows.add(Arrays.asList(e.full(), e.number(), e.symbol(), e.issuedOn(), e.year(),
                    label("register.type." + e.type(), locale), e.summary(), r.issuedByName(), e.recordLink(),
                    label(e.cancelled() ? "register.status.CANCELLED" : "register.status.ISSUED", locale),
                    r.cancelledOn(),
                    r.cancelledByName(), e.cancelNote()));
        }
        return rows;
    }

    /** The year of the filter: this year when the address has none, every year ({@code null}) when it is empty. */
    private @Nullable Integer year(ListParams params) {
        if (params.year() == null) {
            return LocalDate.now(clock).getYear();
        }
        String text = params.year().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!YEAR.matcher(text).matches() || Integer.parseInt(text) < 1900) {
            throw new InvalidInputException("year", "register.filter.year.invalid");
        }
        return Integer.parseInt(text);
    }

    /** The list the cancellation came from, with its filters. */
    private static String back(ListParams params, RedirectAttributes redirect) {
        if (params.year() != null) {
            redirect.addAttribute("year", params.year());
        }
        if (params.type() != null) {
            redirect.addAttribute("type", params.type().name());
        }
        if (params.status() != null) {
            redirect.addAttribute("status", params.status().name());
        }
        if (params.q() != null && !params.q().isBlank()) {
            redirect.addAttribute("q", params.q());
        }
        if (params.page() != null && params.page() > 1) {
            redirect.addAttribute("page", params.page());
        }
        return "redirect:/registers";
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
