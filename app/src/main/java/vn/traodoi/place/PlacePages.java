package vn.traodoi.place;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.traodoi.system.Days;
import vn.traodoi.system.XlsxWriter;

/**
 * The list of administrative units with a diacritic-insensitive search and a "what was this place on
 * that date" lookup, and one page per unit with its predecessors or successor. Public: reference data.
 */
@Controller
class PlacePages {

    private final PlaceLookup places;
    private final Clock clock;
    private final MessageSource messages;

    PlacePages(PlaceLookup places, Clock clock, MessageSource messages) {
        this.clock = clock;
        this.places = places;
        this.messages = messages;
    }

    @GetMapping("/places")
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String set,
            @RequestParam(required = false) @Nullable String at, HtmxRequest htmx, Model model) {
        LocalDate parsed = parseDate(at);
        model.addAttribute("atText", at == null ? "" : at);
        model.addAttribute("atInvalid", at != null && !at.isBlank() && parsed == null);
        String unitSet = "old63".equals(set) || "new34".equals(set) ? set : null;
        List<AdministrativeUnit> units = places.search(q, unitSet);
        LocalDate date = parsed == null ? LocalDate.now(clock) : parsed;
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("set", unitSet == null ? "" : unitSet);
        model.addAttribute("date", date);
        model.addAttribute("units", units);
        model.addAttribute("byId", places.all(null).stream()
                .collect(Collectors.toMap(AdministrativeUnit::id, u -> u)));
        model.addAttribute("matches", q == null || q.isBlank() ? List.of() : places.resolve(q, date));
        return htmx.isHtmxRequest() ? "places/list :: results" : "places/list";
    }

    /** dd/MM/yyyy as officials write it (09/8/2022 too); null when empty or not a date. */
    static @Nullable LocalDate parseDate(@Nullable String text) {
        return text == null ? null : Days.parse(text).orElse(null);
    }

    @GetMapping("/places.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String set) {
        return CsvWriter.download("dia-ban-hanh-chinh.csv", exported(q, set));
    }

    /** The same list, the same columns, as an Excel workbook with real date cells. */
    @GetMapping("/places.xlsx")
    ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String set, Locale locale) {
        return XlsxWriter.download("dia-ban-hanh-chinh.xlsx", messages.getMessage("menu.places", null, locale),
                exported(q, set));
    }

    private List<List<Object>> exported(@Nullable String q, @Nullable String set) {
        String unitSet = "old63".equals(set) || "new34".equals(set) ? set : null;
        Map<Long, AdministrativeUnit> byId = places.all(null).stream()
                .collect(Collectors.toMap(AdministrativeUnit::id, u -> u));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("danh_muc", "ma", "ten", "loai", "hieu_luc_tu", "hieu_luc_den", "ten_truoc_day",
                "tu_01_07_2025_thuoc", "ten_tieng_anh", "iso_3166_2"));
        for (AdministrativeUnit u : places.search(q, unitSet)) {
            AdministrativeUnit successor = u.successorId() == null ? null : byId.get(u.successorId());
            rows.add(Arrays.asList(u.unitSet(), u.gsoCode(), u.fullNameVi(), u.unitTypeVi(),
                    u.validFrom(), u.validTo(), u.formerFullNameVi(),
                    successor == null ? null : successor.fullNameVi(), u.fullNameEn(), u.iso31662()));
        }
        return rows;
    }

    @GetMapping("/places/{id}")
    String show(@PathVariable long id, Model model) {
        AdministrativeUnit unit = places.unit(id);
        model.addAttribute("unit", unit);
        AdministrativeUnit successor = places.successor(unit).orElse(null);
        model.addAttribute("successor", successor);
        model.addAttribute("successorMerged", successor != null && places.predecessors(successor).size() > 1);
        model.addAttribute("predecessors", places.predecessors(unit));
        model.addAttribute("variants", places.variants(unit));
        return "places/show";
    }
}
