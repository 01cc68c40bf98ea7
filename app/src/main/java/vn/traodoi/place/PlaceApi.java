package vn.traodoi.place;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/places")
@Tag(name = "Địa bàn hành chính / Administrative units")
class PlaceApi {

    private final PlaceLookup places;

    private final Clock clock;


    PlaceApi(PlaceLookup places, Clock clock) {

        this.clock = clock;
        this.places = places;
    }

    /** One unit as the API shows it, with its name on the date asked. */
    record Unit(long id, String unitSet, String gsoCode, String name, String fullName, String fullNameEn,
            String unitType, @Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable Long successorId) {

        static @Nullable Unit of(@Nullable AdministrativeUnit u, LocalDate date) {
            return u == null ? null : new Unit(u.id(), u.unitSet(), u.gsoCode(), u.nameVi(), u.fullNameAt(date),
                    u.fullNameEn(), u.unitTypeVi(), u.validFrom(), u.validTo(), u.successorId());
        }
    }

    /** A match: the unit the text names, the unit valid on {@code at}, and the unit valid today. */
    record Match(String matchedName, boolean exact, @Nullable Unit named, LocalDate at, @Nullable Unit atDate,
            List<Unit> atDateCandidates, LocalDate today, @Nullable Unit current) {
    }

    @GetMapping
    @Operation(summary = "Tra cứu địa danh tại một ngày / Resolve a place name at a date",
            description = "\"TP.HCM\", \"Thừa Thiên - Huế\", \"da nang\", \"HCMC\" → the unit valid on the date and "
                    + "today's unit. An unknown name gives an empty list.")
    List<Match> resolve(@RequestParam @Parameter(description = "tên địa danh, có hoặc không dấu") String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "ngày (yyyy-MM-dd), mặc định hôm nay") @Nullable LocalDate at) {
        LocalDate date = at == null ? LocalDate.now(clock) : at;
        LocalDate today = LocalDate.now(clock);
        return places.resolve(q, date).stream().map(m -> toMatch(m, today)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một đơn vị hành chính / One administrative unit")
    Unit unit(@PathVariable long id) {
        AdministrativeUnit unit = places.unit(id);
        return Objects.requireNonNull(Unit.of(unit, unit.validTo() == null ? LocalDate.now(clock) : unit.validTo()));
    }

    private static Match toMatch(PlaceMatch m, LocalDate today) {
        return new Match(m.variant(), m.exact(), Unit.of(m.named(), m.date()), m.date(), Unit.of(m.atDate(), m.date()),
                m.atDateCandidates().stream().map(u -> Unit.of(u, m.date())).toList(), today, Unit.of(m.today(), today));
    }
}
