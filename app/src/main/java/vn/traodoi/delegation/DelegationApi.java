package vn.traodoi.delegation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.Page;

/**
 * Delegations for integrations. Every call sees only what the caller's organization may see (404 otherwise);
 * every change takes the delegation's {@code version} and answers 409 when it is stale; an illegal step answers 409
 * with the reason.
 */
@RestController
@RequestMapping("/api/v1/delegations")
@Tag(name = "Đoàn công tác / Delegations")
class DelegationApi {

    private final DelegationQueries queries;
    private final DelegationAccess access;
    private final DelegationViews views;
    private final PlanService plans;
    private final DetailsService details;
    private final ProgrammeService programme;
    private final LifecycleService lifecycle;
    private final HostCoordination hosts;

    DelegationApi(DelegationQueries queries, DelegationAccess access, DelegationViews views, PlanService plans,
            DetailsService details, ProgrammeService programme, LifecycleService lifecycle, HostCoordination hosts) {
        this.queries = queries;
        this.access = access;
        this.views = views;
        this.plans = plans;
        this.details = details;
        this.programme = programme;
        this.lifecycle = lifecycle;
        this.hosts = hosts;
    }

    /** A lifecycle step: the action, a reason where required, and the version the caller saw. */
    record TransitionRequest(@NotNull(message = "{validation.required}") @Nullable Action action, @Nullable String reason,
            int version) {
    }

    /** A host's answer for its stop. */
    record AnswerRequest(boolean confirm, @Nullable LocalDate proposedStart, @Nullable LocalDate proposedEnd,
            @Nullable String note, int version) {
    }

    record TopicRequest(String content, int version) {
    }

    @GetMapping
    @Operation(summary = "Danh sách đoàn / List delegations",
            description = "direction: OUTGOING (đoàn ra), INCOMING (đoàn vào) or ALL; every filter optional")
    Page<DelegationQueries.Row> list(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "ALL") DelegationQueries.Direction direction,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable DelegationKind kind,
            @RequestParam(required = false) @Nullable DelegationStatus status,
            @RequestParam(required = false) @Nullable Long unit, @RequestParam(required = false) @Nullable String topic,
            @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        return queries.list(me, new DelegationQueries.Filter(direction, year, kind, status, unit, topic, q), page,
                Math.min(Math.max(size, 1), 200));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một đoàn, đầy đủ / One delegation with members, stops and sessions")
    Delegation get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return access.get(me, id);
    }

    @PostMapping
    @Operation(summary = "Lập kế hoạch đoàn (dự thảo) / Create a draft delegation")
    ResponseEntity<Delegation> create(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody DelegationForm form) {
        Delegation created = plans.create(me, form);
        return ResponseEntity.created(URI.create("/api/v1/delegations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa thông tin chung / Update the general information")
    Delegation update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @RequestBody DelegationForm form) {
        return plans.update(me, id, form);
    }

    @PostMapping("/{id}/documents")
    @Operation(summary = "Thêm căn cứ / Add a legal-basis document")
    Delegation addDocument(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @RequestBody DocumentForm form) {
        return details.addDocument(me, id, form);
    }

    @PostMapping("/{id}/topics")
    @Operation(summary = "Thêm nội dung làm việc / Add a topic")
    Delegation addTopic(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody TopicRequest topic) {
        return details.addTopic(me, id, topic.content(), topic.version());
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Thêm thành viên / Add a member (person id, \"name, title\", or a group)")
    Delegation addMember(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @RequestBody MemberForm form) {
        return details.addMember(me, id, form);
    }

    @DeleteMapping("/{id}/members/{memberId}")
    @Operation(summary = "Xóa thành viên / Remove a member")
    Delegation removeMember(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long memberId,
            @RequestParam int version) {
        return details.removeMember(me, id, memberId, version);
    }

    @PostMapping("/{id}/stops")
    @Operation(summary = "Thêm điểm đến / Add a stop")
    Delegation addStop(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @Valid @RequestBody StopForm form) {
        return plans.addStop(me, id, form);
    }

    @PostMapping("/{id}/sessions")
    @Operation(summary = "Thêm buổi làm việc (bên cử đoàn hoặc bên tiếp đón) / Add a session (guest or host)")
    Delegation addSession(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @RequestBody SessionForm form) {
        return programme.addSession(me, id, form);
    }

    @DeleteMapping("/{id}/sessions/{sessionId}")
    @Operation(summary = "Xóa buổi làm việc / Remove a session")
    Delegation removeSession(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long sessionId,
            @RequestParam int version) {
        return programme.removeSession(me, id, sessionId, version);
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Chuyển trạng thái / Take a lifecycle step",
            description = "SUBMIT, APPROVE, REJECT (reason), REVISE, REQUEST_HOSTS, START, COMPLETE, CANCEL (reason), "
                    + "POSTPONE (reason), CLOSE. 409 with the reason when the state does not allow it.")
    Delegation transition(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @RequestBody TransitionRequest request) {
        return lifecycle.transition(me, id, request.action(), request.reason(), request.version());
    }

    @PostMapping("/{id}/stops/{stopId}/answer")
    @Operation(summary = "Đơn vị tiếp đón trả lời / The host confirms or proposes other dates")
    Delegation answer(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long stopId,
            @RequestBody AnswerRequest answer) {
        return hosts.answerStop(me, id, stopId, answer.confirm(), answer.proposedStart(), answer.proposedEnd(),
                answer.note(), answer.version());
    }

    @PostMapping("/{id}/stops/{stopId}/accept")
    @Operation(summary = "Đồng ý thời gian đề xuất / Accept the host's proposed dates")
    Delegation accept(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long stopId,
            @RequestParam int version) {
        return hosts.acceptProposal(me, id, stopId, version);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Lịch sử trạng thái / The timeline")
    List<DelegationTransition> history(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return views.timeline(me, id);
    }

}
