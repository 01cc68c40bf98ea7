package vn.traodoi.index;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException;

/**
 * Chỉ số and Gợi ý điểm đến: the indices and their editions, one edition's table, a unit's history with a chart, the
 * import of figures and the topics mapping (administrators), and the destination advice with one click to a plan.
 */
@Controller
class IndexPages {

    private final Indices indices;
    private final IndexImport imports;
    private final DestinationAdvice advice;
    private final AdvicePlan plans;
    private final PlaceLookup places;

    private final Clock clock;


    IndexPages(Indices indices, IndexImport imports, DestinationAdvice advice, AdvicePlan plans, PlaceLookup places, Clock clock) {

        this.clock = clock;
        this.indices = indices;
        this.imports = imports;
        this.advice = advice;
        this.plans = plans;
        this.places = places;
    }

    /** Short names for the codes the figures carry: PAR_INDEX → "PAR Index". */
    @ModelAttribute
    void names(Model model) {
        model.addAttribute("indexNames", indices.indices().stream()
                .collect(Collectors.toMap(GovernanceIndex::code, GovernanceIndex::shortName)));
    }

    @GetMapping("/indices")
    String overview(Model model) {
        model.addAttribute("indices", indices.indices());
        model.addAttribute("editions", indices.editions().stream()
                .collect(Collectors.groupingBy(Indices.Edition::indexCode, Collectors.toList())));
        model.addAttribute("topics", indices.topics());
        model.addAttribute("units", places.all("old63"));
        return "indices/overview";
    }

    @GetMapping("/indices/{code}/{year}")
    String table(@PathVariable String code, @PathVariable int year, Model model) {
        model.addAttribute("index", indices.index(code));
        model.addAttribute("year", year);
        model.addAttribute("edition", indices.edition(code, year).orElse(null));
        model.addAttribute("figures", indices.table(code, year));
        model.addAttribute("groups", indices.groups(code));
        return "indices/table";
    }

    @GetMapping("/indices/units/{unitId}")
    String unit(@PathVariable long unitId, Model model) {
        model.addAttribute("unit", places.unit(unitId));
        List<Indices.History> history = indices.history(unitId);
        model.addAttribute("history", history);
        model.addAttribute("indices", indices.indices());
        model.addAttribute("charts", history.stream().collect(Collectors.toMap(Indices.History::unitId,
                h -> RankChart.of(h.figures(), indices.indices()), (a, b) -> a, LinkedHashMap::new)));
        return "indices/unit";
    }

    @GetMapping("/indices/import")
    String importForm(@AuthenticationPrincipal CurrentUser me) {
        requireAdmin(me);
        return "indices/import";
    }

    @PostMapping("/indices/import")
    String importFile(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable MultipartFile file,
            Model model, HttpServletResponse response) throws IOException {
        IndexImport.Report report = imports.importFile(me, file == null ? null : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes());
        if (!report.done()) {
            response.setStatus(422);
        }
        model.addAttribute("report", report);
        return "indices/import";
    }

    @GetMapping("/indices/topics")
    String topics(@AuthenticationPrincipal CurrentUser me, Model model) {
        requireAdmin(me);
        model.addAttribute("topics", indices.topics());
        model.addAttribute("indices", indices.indices());
        return "indices/topics";
    }

    @PostMapping("/indices/topics/{id}")
    String updateTopic(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) @Nullable String keywords,
            @RequestParam(name = "indices", required = false) @Nullable List<String> codes, Model model,
            RedirectAttributes redirect) {
        try {
            indices.updateTopic(me, id, keywords, codes);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/indices/topics";
        } catch (InvalidInputException e) {
            model.addAttribute("topicError", e.problems().getFirst().messageCode());
            model.addAttribute("failedTopic", id);
            return topics(me, model);
        }
    }

    @GetMapping("/advice")
    String advice(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long topic, @RequestParam(required = false) @Nullable String date,
            @RequestParam(defaultValue = "3") int years, Model model) {
        LocalDate typed = date == null ? null : Days.parse(date).orElse(null);
        if (typed == null && date != null && !date.isBlank()) {
            model.addAttribute("dateError", true);
            model.addAttribute("typedDate", date);
        }
        return advice(me, unit, topic, typed, years, model);
    }

    private String advice(CurrentUser me, @Nullable Long unit, @Nullable Long topic, @Nullable LocalDate date, int years,
            Model model) {
        Long home = unit != null ? unit : advice.homeUnitOf(me).orElse(null);
        LocalDate when = date == null ? LocalDate.now(clock) : date;
        int window = Math.max(0, Math.min(years, 20));
        model.addAttribute("units", places.all(null));
        model.addAttribute("topics", indices.topics());
        model.addAttribute("unit", home);
        model.addAttribute("topic", topic);
        model.addAttribute("date", when);
        model.addAttribute("years", window);
        if (home != null && topic != null && !model.containsAttribute("dateError")) {
            model.addAttribute("advice", advice.advise(me, home, topic, when, window));
        }
        return "indices/advice";
    }

    @PostMapping("/advice/plan")
    String plan(@AuthenticationPrincipal CurrentUser me, @RequestParam long topic,
            @RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate date,
            @RequestParam(name = "units", required = false) @Nullable List<Long> units,
            @RequestParam(required = false) @Nullable String evidence, @RequestParam long home,
            @RequestParam(defaultValue = "3") int years, Model model) {
        try {
            return "redirect:/delegations/" + plans.start(me, topic, date, units == null ? List.of() : units,
                    evidence == null ? "" : evidence);
        } catch (InvalidInputException e) {
            model.addAttribute("planError", e.problems().getFirst().messageCode());
            return advice(me, home, topic, date, years, model);
        }
    }

    private static void requireAdmin(CurrentUser me) {
        if (!me.has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators only");
        }
    }

}
