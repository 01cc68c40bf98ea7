package vn.traodoi.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.text.extract.EventKind;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.text.extract.Fact;

/**
 * Article imports for integrations and the bulk import command: POST an article, get its import with the draft it
 * proposes and the records on file that look like the same visit (the same article again answers the earlier import
 * with {@code existing: true}); then confirm the draft, corrected or as proposed, or link the article to one of those
 * records with {@code "linkTo": id}. Errors are problem+json: 422 with each field of the draft, 409 when the import was
 * confirmed already, 404 for an import or a record the caller's organization may not see.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Nhập bài viết / Article imports")
class ImportApi {

    private final ImportService imports;
    private final MessageSource messages;

    ImportApi(ImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** An article: its text (plain or HTML) and where it came from. */
    record ImportRequest(@Nullable String text, @Nullable String sourceName) {
    }

    /** The year note in the caller's language, beside its parts. */
    record YearNoteView(int year, String source, @Nullable String from, String message) {
    }

    /** A delegation on file that may be the same visit, and why it looks so. */
    record CandidateView(long id, String title, String organizer, @Nullable String hosts, @Nullable LocalDate startDate,
            @Nullable LocalDate endDate, String status, boolean sameOrganizer, boolean sharedHost, boolean datesClose,
            int titleSimilarity, String link) {

        static CandidateView of(Lookalikes.Candidate c) {
            return new CandidateView(c.id(), c.title(), c.organizerName(), c.hosts(), c.startDate(), c.endDate(),
                    c.status().name(), c.sameOrganizer(), c.sharedHost(), c.datesClose(), c.titleSimilarity(),
                    "/api/v1/delegations/" + c.id());
        }
    }

    /**
     * What was stored, the facts found (each as written in the text), the proposed draft, the note on a year the
     * article did not write, and the candidates; {@code delegationId} once confirmed ({@code linked}: to a record that
     * was on file).
     */
    record ImportResponse(long id, boolean existing, @Nullable String headline, String event, List<String> dates,
            List<String> documents, List<String> people, List<String> organizations, @Nullable Long delegationId,
            @Nullable Long workshopId, boolean linked, Draft proposal, @Nullable YearNoteView yearNote,
            List<CandidateView> candidates) {
    }

    /** Confirming: {@code linkTo} a delegation on file, or the corrected {@code draft} (the proposal when absent). */
    record ConfirmRequest(@Nullable Long linkTo, @Nullable Draft draft) {
    }

    /** The delegation made (201) or linked to (200). */
    record Confirmed(long importId, long delegationId, boolean linked, String delegation) {
    }

    @PostMapping
    @Operation(summary = "Nhập một bài viết / Import an article",
            description = "201 for a new import; 200 with existing=true when the same article was imported before.")
    ResponseEntity<ImportResponse> submit(@AuthenticationPrincipal CurrentUser me, @RequestBody ImportRequest request,
            Locale locale) {
        ImportService.Submitted submitted = imports.submit(me, ArticleText.fromPaste(request.text() == null ? "" : request.text()),
                request.sourceName());
        ImportResponse body = response(me, submitted.articleImport(), submitted.existing(), locale);
        return submitted.existing() ? ResponseEntity.ok(body)
                : ResponseEntity.created(URI.create("/api/v1/imports/" + body.id())).body(body);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một bài đã nhập, bản nháp đề xuất và các hồ sơ có thể trùng / One import, its draft and "
            + "the records that may be the same visit")
    ImportResponse get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Locale locale) {
        return response(me, imports.get(me, id), false, locale);
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Xác nhận: lập hồ sơ đoàn, hoặc gắn vào hồ sơ đã có / Confirm: create the delegation, or link "
            + "to one on file", description = "{\"linkTo\": 12} links (200); {\"draft\": {...}} or {} creates (201). "
            + "409 when the import was confirmed already; 422 lists each field of the draft.")
    ResponseEntity<Confirmed> confirm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestBody(required = false) @Nullable ConfirmRequest request) {
        ArticleImport stored = imports.get(me, id);
        if (request != null && request.linkTo() != null) {
            long linked = imports.link(me, id, request.linkTo());
            return ResponseEntity.ok(new Confirmed(id, linked, true, "/api/v1/delegations/" + linked));
        }
        Draft draft = request != null && request.draft() != null ? request.draft() : imports.propose(me, stored);
        long created = imports.confirm(me, id, draft);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/delegations/" + created))
                .body(new Confirmed(id, created, false, "/api/v1/delegations/" + created));
    }

    private ImportResponse response(CurrentUser me, ArticleImport stored, boolean existing, Locale locale) {
        ExtractedRecord r = imports.extract(stored);
        Draft proposal = imports.propose(me, r, stored.createdAt().toLocalDate());
        YearNoteView note = proposal.yearNote() == null ? null : new YearNoteView(proposal.yearNote().year(),
                proposal.yearNote().source().name(), proposal.yearNote().from(),
                messages.getMessage(proposal.yearNote().messageCode(),
                        new Object[] {String.valueOf(proposal.yearNote().year()), proposal.yearNote().from()}, locale));
        List<CandidateView> candidates = stored.confirmed() || r.eventKind().value() == EventKind.WORKSHOP ? List.of()
                : imports.candidates(me, proposal).stream().map(CandidateView::of).toList();
        return new ImportResponse(stored.id(), existing, r.headline(), r.eventKind().value().name(),
                r.dates().stream().map(f -> f.value().key()).toList(),
                r.documents().stream().map(f -> f.value().type() + " " + f.value().symbol()).toList(),
                r.people().stream().map(f -> f.value().name()).toList(),
                r.organizations().stream().map(Fact::value).toList(), stored.delegationId(), stored.workshopId(),
                stored.linked(), proposal, note, candidates);
    }
}
