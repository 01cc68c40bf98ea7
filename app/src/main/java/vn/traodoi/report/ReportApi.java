package vn.traodoi.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.system.NotFoundException;

/**
 * The reports of a delegation for integrations: each member's report, the compiled trip report and the decision on it.
 * The delegation must be visible to the caller's organization (404 otherwise); who may file, compile and decide is the
 * same as on the pages (403), a step the report's state does not allow answers 409 with the reason, and an edit takes
 * the version the caller saw (409 when stale).
 */
@RestController
@RequestMapping("/api/v1/delegations/{id}/report")
@Tag(name = "Báo cáo kết quả chuyến công tác / Trip reports")
class ReportApi {

    private final ReportService reports;
    private final DelegationService delegations;

    ReportApi(ReportService reports, DelegationService delegations) {
        this.reports = reports;
        this.delegations = delegations;
    }

    /** A member's report: what they learned, in general and on each topic (topic id → text), and their proposals. */
    record MemberReportRequest(@Nullable String learned, @Nullable String proposals, @Nullable Map<Long, String> byTopic) {
    }

    /** The secretary's edit of the compiled report; {@code submit} sends it to the approvers. */
    record TripReportRequest(@Nullable String results, @Nullable String lessons, @Nullable String proposals,
            @Nullable String appendices, int version, boolean submit) {
    }

    /** Approve, or return with a reason. */
    record DecisionRequest(boolean approve, @Nullable String reason, int version) {
    }

    @GetMapping
    @Operation(summary = "Báo cáo tổng hợp / The compiled trip report", description = "404 until it is compiled")
    ReportService.TripReport trip(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return reports.trip(me, id).orElseThrow(() -> new NotFoundException("trip report", id));
    }

    @GetMapping("/members")
    @Operation(summary = "Báo cáo của thành viên / Each member with their report, if filed")
    List<ReportService.MemberRow> members(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return reports.members(me, delegations.get(me, id));
    }

    @PostMapping("/members/{memberId}")
    @Operation(summary = "Nộp báo cáo thành viên / File or revise a member's report",
            description = "only once the delegation is completed; a member files their own, the organizer's staff any")
    List<ReportService.MemberRow> file(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @PathVariable long memberId, @RequestBody MemberReportRequest request) {
        reports.file(me, id, memberId, request.learned() == null ? "" : request.learned(), request.proposals(),
                request.byTopic() == null ? Map.of() : request.byTopic());
        return reports.members(me, delegations.get(me, id));
    }

    @PostMapping("/compile")
    @Operation(summary = "Tổng hợp báo cáo / Compile the members' reports into a draft trip report")
    ReportService.TripReport compile(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return reports.compile(me, id);
    }

    @PutMapping
    @Operation(summary = "Sửa hoặc trình báo cáo / Edit the draft trip report, or submit it")
    ReportService.TripReport edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestBody TripReportRequest request) {
        return reports.edit(me, id, request.results(), request.lessons(), request.proposals(), request.appendices(),
                request.version(), request.submit());
    }

    @PostMapping("/decision")
    @Operation(summary = "Duyệt hoặc trả lại báo cáo / Approve the submitted report or return it with a reason",
            description = "on approval the delegation is reported, its lessons kept and its proposals become tasks; "
                    + "the answer lists the proposals that could not")
    ReportService.Decision decide(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestBody DecisionRequest request) {
        return reports.decide(me, id, request.approve(), request.reason(), request.version());
    }
}
