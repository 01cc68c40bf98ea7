package vn.traodoi.index;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.InvalidInputException;

/** The index figures and the destination advice for other systems; errors are RFC 9457 problem+json. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Chỉ số và gợi ý điểm đến / Indices and destination advice")
class IndexApi {

    private final Indices indices;
    private final DestinationAdvice advice;
    private final MessageSource messages;

    IndexApi(Indices indices, DestinationAdvice advice, MessageSource messages) {
        this.indices = indices;
        this.advice = advice;
        this.messages = messages;
    }

    record IndexWithEditions(GovernanceIndex index, List<Indices.Edition> editions, List<IndexGroup> groups) {
    }

    @GetMapping("/indices")
    @Operation(summary = "Các chỉ số và các kỳ công bố / The indices and their editions")
    List<IndexWithEditions> indices() {
        List<Indices.Edition> editions = indices.editions();
        return indices.indices().stream().map(i -> new IndexWithEditions(i,
                editions.stream().filter(e -> e.indexCode().equals(i.code())).toList(), indices.groups(i.code()))).toList();
    }

    @GetMapping("/indices/{code}/{year}")
    @Operation(summary = "Số liệu một kỳ / One edition's figures",
            description = "Only the provinces the sources give; a province not listed is unknown, never zero.")
    List<IndexFigure> table(@PathVariable String code, @PathVariable int year) {
        return indices.table(code, year);
    }

    @GetMapping("/units/{id}/indices")
    @Operation(summary = "Chỉ số qua các năm của một địa phương / A province's indices over the years",
            description = "For a unit formed by merging, each former unit's figures, side by side.")
    List<Indices.History> history(@PathVariable long id) {
        return indices.history(id);
    }

    @GetMapping("/topics")
    @Operation(summary = "Chủ đề và chỉ số đo lường / Topics and the indices that measure them")
    List<Topic> topics() {
        return indices.topics();
    }

    @GetMapping("/advice")
    @Operation(summary = "Gợi ý điểm đến / Destination advice",
            description = "The provinces ranked above the home unit on the indices of the topic, in the latest editions "
                    + "published before the date, with figures, sources, the gaps (code, arguments and message in the caller's "
                    + "language) and, per edition, how many provinces have a figure and which lack one.")
    DestinationAdvice.Advice advise(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) @Parameter(description = "mã đơn vị hành chính; mặc định địa phương của cơ quan") @Nullable Long unit,
            @RequestParam long topic,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(description = "yyyy-MM-dd") LocalDate date,
            @RequestParam(defaultValue = "3") int years) {
        Long home = unit != null ? unit : advice.homeUnitOf(me)
                .orElseThrow(() -> new InvalidInputException("unit", "advice.home.required"));
        if (years < 0 || years > 20) {
            throw new InvalidInputException("years", "advice.years.range");
        }
        DestinationAdvice.Advice a = advice.advise(me, home, topic, date, years);
        Locale locale = LocaleContextHolder.getLocale();
        return a.withGaps(a.gaps().stream()
                .map(g -> g.withMessage(messages.getMessage(g.code(), g.arguments().toArray(), locale))).toList());
    }
}
