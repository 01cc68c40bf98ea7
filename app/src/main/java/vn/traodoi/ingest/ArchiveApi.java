package vn.traodoi.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.system.InvalidInputException;

/**
 * Archive imports for integrations and the command line: POST a .zip (or several .txt/.html files) as multipart
 * {@code file} parts and get 202 with the archive's address at once; GET it for the progress; page through its
 * review queue ({@code ?state=PROPOSED&after=<id>}); accept, reject or merge each entry, or accept or reject many at
 * once. Errors are problem+json: 422 for an archive that cannot be read (with the reason) or a proposal that cannot
 * be accepted as it is (with each field), 409 for an entry reviewed already or a control the archive's state does not
 * allow, 404 for an archive or entry of another organization.
 */
@RestController
@RequestMapping("/api/v1/archives")
@Tag(name = "Nhập kho bài viết / Archive imports")
class ArchiveApi {

    private final ArchiveService archives;
    private final ArchiveQueue queue;
    private final MessageSource messages;

    ArchiveApi(ArchiveService archives, ArchiveQueue queue, MessageSource messages) {
        this.archives = archives;
        this.queue = queue;
        this.messages = messages;
    }

    /** An archive and where its reading stands; {@code counts} per entry state, {@code perSecond} the recent pace. */
    record ArchiveView(long id, String name, String status, int total, long read, long waiting, long toReview,
            Map<String, Long> counts, double perSecond, @Nullable Long secondsLeft, OffsetDateTime createdAt,
            @Nullable OffsetDateTime finishedAt, String self, String items) {

        static ArchiveView of(ArchiveService.Progress p) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (ArchiveItem.State s : ArchiveItem.State.values()) {
                counts.put(s.name(), p.count(s));
            }
            ArchiveImport a = p.archive();
            return new ArchiveView(a.id(), a.name(), a.status().name(), a.total(), p.read(), p.waiting(), p.toReview(),
                    counts, Math.round(p.perSecond() * 10) / 10.0, p.secondsLeft(), a.createdAt(), a.finishedAt(),
                    "/api/v1/archives/" + a.id(), "/api/v1/archives/" + a.id() + "/items");
        }
    }

    /** A record on file that the entry's visit may be. */
    record CandidateView(long id, String title, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
            boolean sameOrganizer, boolean sharedHost, boolean datesClose, int titleSimilarity) {
    }

    /** An entry and its proposal's summary; {@code failure} a message code with its message in the caller's language. */
    record ItemView(long id, long archiveId, int position, String entryName, String state, @Nullable String failure,
            @Nullable String failureMessage, @Nullable String headline, @Nullable String kind,
            @Nullable LocalDate startDate, @Nullable LocalDate endDate, boolean monthOnly, @Nullable String organizer,
            @Nullable String hosts, @Nullable String head, int facts, int lessons, @Nullable Long articleImportId,
            @Nullable Long delegationId, @Nullable Long workshopId, @Nullable String reviewNote,
            List<CandidateView> candidates, String self, @Nullable String importPage) {
    }

    /** A page of a queue; pass {@code nextAfter} as {@code after} for the next one (absent on the last page). */
    record ItemsPage(List<ItemView> items, long total, @Nullable Long nextAfter) {
    }

    record RejectRequest(@Nullable String reason) {
    }

    record MergeRequest(@Nullable Long delegationId) {
    }

    record BulkRequest(@Nullable List<Long> items, @Nullable String reason) {
    }

    /** The record an entry's acceptance made. */
    record AcceptedView(long itemId, @Nullable Long delegationId, @Nullable Long workshopId, List<String> unresolved,
            @Nullable String record) {
    }

    record Problem(String field, String message) {
    }

    record BulkItem(long itemId, boolean done, @Nullable Long delegationId, @Nullable Long workshopId,
            List<Problem> problems) {
    }

    record BulkResponse(int done, int refused, List<BulkItem> items) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập một kho bài viết (.zip, hoặc nhiều tệp .txt/.html) / Import an archive of articles",
            description = "Multipart parts named file. 202 at once with the archive's address; the articles are read "
                    + "in the background (GET the archive for the progress). 422 when the archive cannot be read.")
    ResponseEntity<ArchiveView> upload(@AuthenticationPrincipal CurrentUser me,
            @RequestPart("file") List<MultipartFile> files) throws IOException {
        ArchiveImport archive = archives.upload(me, uploads(files));
        ArchiveView body = ArchiveView.of(archives.progress(me, archive.id()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(body.self())).body(body);
    }

    static List<ArchiveEntries.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<ArchiveEntries.Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue;
            }
            uploads.add(new ArchiveEntries.Upload(f.getOriginalFilename() == null ? "" : f.getOriginalFilename(),
                    f.getBytes()));
        }
        return uploads;
    }

    @GetMapping
    @Operation(summary = "Các kho bài viết đã nhập / The organization's archives")
    List<ArchiveView> list(@AuthenticationPrincipal CurrentUser me) {
        return archives.recent(me).stream().map(p -> ArchiveView.of(archives.progress(me, p.archive().id()))).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Tiến độ đọc một kho bài viết / An archive's progress")
    ArchiveView get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return ArchiveView.of(archives.progress(me, id));
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Tạm dừng việc đọc / Pause the reading", description = "409 unless the archive is being read.")
    ArchiveView pause(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        archives.control(me, id, ArchiveImport.Control.PAUSE);
        return ArchiveView.of(archives.progress(me, id));
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Tiếp tục việc đọc / Resume the reading", description = "409 unless the archive is paused.")
    ArchiveView resume(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        archives.control(me, id, ArchiveImport.Control.RESUME);
        return ArchiveView.of(archives.progress(me, id));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Hủy phần chưa đọc / Cancel what is not read",
            description = "The entries read stay for review; 409 when the archive is read or cancelled already.")
    ArchiveView cancel(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        archives.control(me, id, ArchiveImport.Control.CANCEL);
        return ArchiveView.of(archives.progress(me, id));
    }

    @GetMapping("/{id}/items")
    @Operation(summary = "Danh sách bài của một kho, để duyệt / An archive's review queue",
            description = "state: PENDING, FAILED, DUPLICATE, PROPOSED, ACCEPTED, MERGED, REJECTED, CANCELLED; kind: "
                    + "SURVEY, STUDY, EXCHANGE, WORKING or WORKSHOP; after: the nextAfter of the previous page.")
    ItemsPage items(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) ArchiveItem.@Nullable State state,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable Long after,
            @RequestParam(defaultValue = "50") int limit, Locale locale) {
        return page(me, new Archives.Query(id, state, kind(kind), after, null, limit), locale);
    }

    @GetMapping("/items")
    @Operation(summary = "Bài chờ duyệt của mọi kho / The review queue across the organization's archives")
    ItemsPage allItems(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(required = false) ArchiveItem.@Nullable State state,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable Long after,
            @RequestParam(defaultValue = "50") int limit, Locale locale) {
        return page(me, new Archives.Query(null, state, kind(kind), after, null, limit), locale);
    }

    private ItemsPage page(CurrentUser me, Archives.Query q, Locale locale) {
        ArchiveQueue.QueuePage page = queue.queue(me, q);
        return new ItemsPage(page.rows().stream().map(r -> view(r.item(), r.candidates(), locale)).toList(), page.total(),
                page.hasNext() ? page.last() : null);
    }

    private static @Nullable String kind(@Nullable String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        String k = kind.strip().toUpperCase(Locale.ROOT);
        if (!k.equals(ArchiveItem.WORKSHOP) && Arrays.stream(DelegationKind.values())
                .noneMatch(d -> d.name().equals(k))) {
            throw new InvalidInputException("kind", "import.archive.kind.unknown");
        }
        return k;
    }

    @GetMapping("/{id}/items/{itemId}")
    @Operation(summary = "Một bài của kho, đề xuất và các hồ sơ có thể trùng / One entry, its proposal and the records "
            + "it may duplicate")
    ItemView item(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long itemId,
            Locale locale) {
        ArchiveItem item = queue.item(me, id, itemId);
        return view(item, queue.candidates(me, item), locale);
    }

    @PostMapping("/{id}/items/{itemId}/accept")
    @Operation(summary = "Chấp nhận đề xuất như hiện có / Accept the proposal as it is",
            description = "201 with the draft made; 422 with each field when the proposal cannot be accepted as it is "
                    + "(correct it on the import page); 409 when the entry was reviewed already.")
    ResponseEntity<AcceptedView> accept(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @PathVariable long itemId) {
        ArchiveQueue.Accepted a = queue.accept(me, id, itemId);
        String record = a.delegationId() != null ? "/api/v1/delegations/" + a.delegationId() : null;
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.CREATED);
        if (record != null) {
            answer.location(URI.create(record));
        }
        return answer.body(new AcceptedView(itemId, a.delegationId(), a.workshopId(), a.unresolved(), record));
    }

    @PostMapping("/{id}/items/{itemId}/reject")
    @Operation(summary = "Từ chối, có thể kèm lý do / Reject, with a reason if any")
    ItemView reject(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long itemId,
            @RequestBody(required = false) @Nullable RejectRequest request, Locale locale) {
        queue.reject(me, id, itemId, request == null ? null : request.reason());
        return item(me, id, itemId, locale);
    }

    @PostMapping("/{id}/items/{itemId}/merge")
    @Operation(summary = "Gộp vào hồ sơ có sẵn / Merge into a record on file",
            description = "{\"delegationId\": 12}: a delegation the organization may see, else 404; nothing is made.")
    ItemView merge(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long itemId,
            @RequestBody(required = false) @Nullable MergeRequest request, Locale locale) {
        if (request == null || request.delegationId() == null) {
            throw new InvalidInputException("delegationId", "validation.required");
        }
        queue.merge(me, id, itemId, request.delegationId());
        return item(me, id, itemId, locale);
    }

    @PostMapping("/{id}/items/accept")
    @Operation(summary = "Chấp nhận nhiều bài / Accept many entries",
            description = "{\"items\": [1, 2]}: each entry on its own; the answer says which were accepted and why the "
                    + "others were not.")
    BulkResponse acceptMany(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestBody(required = false) @Nullable BulkRequest request, Locale locale) {
        return bulk(me, id, ArchiveQueue.BulkAction.ACCEPT, request, locale);
    }

    @PostMapping("/{id}/items/reject")
    @Operation(summary = "Từ chối nhiều bài / Reject many entries",
            description = "{\"items\": [1, 2], \"reason\": \"…\"}: each entry on its own.")
    BulkResponse rejectMany(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestBody(required = false) @Nullable BulkRequest request, Locale locale) {
        return bulk(me, id, ArchiveQueue.BulkAction.REJECT, request, locale);
    }

    private BulkResponse bulk(CurrentUser me, long id, ArchiveQueue.BulkAction action, @Nullable BulkRequest request,
            Locale locale) {
        archives.get(me, id);
        List<Long> items = request == null || request.items() == null ? List.of() : request.items();
        List<ArchiveQueue.BulkResult> results = queue.bulk(me, id, items, action,
                request == null ? null : request.reason());
        List<BulkItem> out = results.stream().map(r -> new BulkItem(r.itemId(), r.done(),
                r.accepted() == null ? null : r.accepted().delegationId(),
                r.accepted() == null ? null : r.accepted().workshopId(),
                r.problems().stream().map(p -> new Problem(p.field(), message(p.messageCode(), locale,
                        p.arguments().toArray()))).toList())).toList();
        int done = (int) out.stream().filter(BulkItem::done).count();
        return new BulkResponse(done, out.size() - done, out);
    }

    private ItemView view(ArchiveItem i, List<Lookalikes.Candidate> candidates, Locale locale) {
        return new ItemView(i.id(), i.archiveId(), i.position() + 1, i.entryName(), i.state().name(), i.failure(),
                i.failure() == null ? null : message(i.failure(), locale, ArticleText.MAX_BYTES / 1024 / 1024),
                i.headline(), i.kind(), i.startDate(), i.endDate(), i.monthOnly(), i.organizer(), i.hosts(), i.head(),
                i.facts(), i.lessons(), i.articleImportId(), i.delegationId(), i.workshopId(), i.reviewNote(),
                candidates.stream().map(c -> new CandidateView(c.id(), c.title(), c.startDate(), c.endDate(),
                        c.sameOrganizer(), c.sharedHost(), c.datesClose(), c.titleSimilarity())).toList(),
                "/api/v1/archives/" + i.archiveId() + "/items/" + i.id(),
                i.articleImportId() == null ? null : "/api/v1/imports/" + i.articleImportId());
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
