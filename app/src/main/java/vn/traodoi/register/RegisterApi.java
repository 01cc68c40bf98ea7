package vn.traodoi.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.document.IssuedType;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.Page;

/**
 * The register of outgoing documents for integrations (an e-office system reading the numbers issued): the caller's
 * organization's lines only, for its organizers and approvers (404 otherwise); a cancellation takes the version the
 * caller saw (409 when stale) and a note (422 without one).
 */
@RestController
@RequestMapping("/api/v1/registers")
@Tag(name = "Sổ văn bản đi / Register of outgoing documents")
class RegisterApi {

    private final RegisterQueries queries;
    private final DocumentRegister register;

    RegisterApi(RegisterQueries queries, DocumentRegister register) {
        this.queries = queries;
        this.register = register;
    }

    /** A line of the register as the API gives it. */
    record Line(long id, String numberAndSymbol, int number, String symbol, IssuedType type, int year,
            LocalDate issuedOn, String summary, String issuedBy, String recordLink, @Nullable OffsetDateTime cancelledAt,
            @Nullable String cancelledBy, @Nullable String cancelNote, int version) {

        static Line of(RegisterQueries.Row row) {
            RegisterEntry e = row.entry();
            return new Line(e.id(), e.full(), e.number(), e.symbol(), e.type(), e.year(), e.issuedOn(), e.summary(),
                    row.issuedByName(), e.recordLink(), e.cancelledAt(), row.cancelledByName(), e.cancelNote(),
                    e.version());
        }
    }

    /** Cancel with a note, at the version the caller saw. */
    record CancelRequest(@Nullable String note, int version) {
    }

    @GetMapping
    @Operation(summary = "Sổ văn bản đi / The organization's register",
            description = "every year unless year is given; newest first; 50 a page")
    Page<Line> list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable IssuedType type,
            @RequestParam(required = false) RegisterQueries.@Nullable Status status,
            @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") int page) {
        Page<RegisterQueries.Row> rows = queries.list(me, new RegisterQueries.Filter(year, type, status, q), page,
                RegisterPages.PAGE_SIZE);
        return new Page<>(rows.items().stream().map(Line::of).toList(), rows.total(), rows.page(), rows.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một số văn bản / One line of the register")
    Line get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return line(me, id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Hủy số / Cancel a document, keeping its number",
            description = "the note is required; 409 when the version is stale or the line is already cancelled")
    ResponseEntity<Line> cancel(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestBody CancelRequest request) {
        register.cancel(me, id, request.note() == null ? "" : request.note(), request.version());
        return ResponseEntity.ok(line(me, id));
    }

    private Line line(CurrentUser me, long id) {
        return queries.row(me, id).map(Line::of).orElseThrow(() -> new NotFoundException("register entry", id));
    }
}
