package vn.traodoi.workshop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.task.FollowUpTask;

/**
 * Workshops on draft projects for integrations. Every call sees only the workshops the caller's organization holds or
 * takes part in (404 otherwise); a change takes the {@code version} the caller saw and answers 409 when it is stale.
 */
@RestController
@RequestMapping("/api/v1/workshops")
@Tag(name = "Hội thảo góp ý / Workshops")
class WorkshopApi {

    private final Workshops workshops;
    private final WorkshopConclusions conclusions;
    private final WorkshopComments comments;

    WorkshopApi(Workshops workshops, WorkshopComments comments, WorkshopConclusions conclusions) {
        this.conclusions = conclusions;
        this.workshops = workshops;
        this.comments = comments;
    }

    /** A workshop with what the list shows beside it. */
    record Summary(Workshop workshop, long comments, long unanswered, boolean ours) {
    }

    record StatusRequest(@NotNull(message = "{validation.required}") Workshop.@Nullable Status status, int version) {
    }

    /** A comment of the caller's organization, on the whole draft or on one of its sections. */
    record CommentRequest(@Nullable Long draftId, @Nullable Long sectionId, @Nullable String content) {
    }

    /** The same answer to the chosen comments: comment id → the version the caller saw. */
    record ResponseRequest(Map<Long, Integer> versions, @Nullable CommentStatus kind, @Nullable String response,
            @Nullable String changedText) {
    }

    /** Conclusions to assign, one a line: "nhiệm vụ | đơn vị chủ trì | thời hạn". */
    record ConclusionsRequest(@Nullable String lines) {
    }

    @GetMapping
    @Operation(summary = "Danh sách hội thảo / The workshops held or taken part in, newest first")
    List<Summary> list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String q) {
        return workshops.list(me, q).stream().map(r -> new Summary(r.workshop(), r.comments(), r.unanswered(), r.ours()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một hội thảo / One workshop")
    Workshop get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return workshops.get(me, id);
    }

    @PostMapping
    @Operation(summary = "Tạo hội thảo / Create a workshop")
    ResponseEntity<Workshop> create(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody WorkshopForm form) {
        Workshop created = workshops.get(me, workshops.create(me, form));
        return ResponseEntity.created(URI.create("/api/v1/workshops/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa hội thảo / Update a workshop")
    Workshop update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @Valid @RequestBody WorkshopForm form) {
        return workshops.update(me, id, form);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Mở hoặc đóng việc nhận góp ý / Open or close the collection of comments")
    Workshop status(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @RequestBody StatusRequest request) {
        return workshops.setStatus(me, id, Objects.requireNonNull(request.status()), request.version());
    }

    @GetMapping("/{id}/participants")
    @Operation(summary = "Thành phần tham dự / Participants")
    List<Participant> participants(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        workshops.get(me, id);
        return workshops.participants(id);
    }

    @GetMapping("/{id}/comments")
    @Operation(summary = "Ý kiến góp ý / Comments, in the order of the draft")
    List<Comment> comments(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean unanswered) {
        return comments.list(me, id, unanswered);
    }

    @PostMapping("/{id}/comments")
    @Operation(summary = "Gửi ý kiến góp ý / Comment on the draft or on one section")
    ResponseEntity<Comment> comment(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestBody CommentRequest request) {
        Comment added = comments.add(me, id, request.draftId(), request.sectionId(), request.content(), null, null);
        return ResponseEntity.created(URI.create("/api/v1/workshops/" + id + "/comments#" + added.id())).body(added);
    }

    @PostMapping("/{id}/responses")
    @Operation(summary = "Tiếp thu, giải trình / Answer the chosen comments",
            description = "kind: ABSORBED (with the changed text or a response), EXPLAINED or RESERVED (with the reason); "
                    + "409 when one of the comments changed since the caller read it")
    Map<String, Integer> respond(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestBody ResponseRequest request) {
        return Map.of("answered", comments.respond(me, id, request.versions() == null ? Map.of() : request.versions(),
                request.kind(), request.response(), request.changedText()));
    }

    @GetMapping("/{id}/tasks")
    @Operation(summary = "Nhiệm vụ sau hội thảo / The follow-up tasks of the workshop")
    List<FollowUpTask> tasks(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return conclusions.tasks(me, id);
    }

    @PostMapping("/{id}/tasks")
    @Operation(summary = "Giao nhiệm vụ từ kết luận / Assign the conclusions as tasks",
            description = "lines: one a line, \"nhiệm vụ | đơn vị chủ trì | thời hạn\" (31/08/2027, 8/2027 or "
                    + "2026-2030); answers the lines that could not become a task, as written. The others become tasks "
                    + "as soon as the assignment is committed, within a moment (GET /{id}/tasks)")
    Map<String, List<String>> assign(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestBody ConclusionsRequest request) {
        return Map.of("unassigned", conclusions.assignConclusions(me, id, request.lines()));
    }
}
