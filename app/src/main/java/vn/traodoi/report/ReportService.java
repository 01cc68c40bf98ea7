package vn.traodoi.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.OrganizationRules;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.delegation.DelegationStatus;
import vn.traodoi.delegation.TripReportApproved;
import vn.traodoi.notice.NoticeRequested;
import vn.traodoi.people.People;
import vn.traodoi.people.Person;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.task.FollowUpLines;
import vn.traodoi.task.FollowUpRequested;
import vn.traodoi.text.VietnameseText;

/**
 * Members' reports and the trip report of a delegation. Members report once the visit is over (COMPLETED), each only
 * their own; the organizer's staff compile the trip report from them, every part attributed; an approver approves
 * it, which makes the delegation REPORTED and keeps each lesson as a lesson record.
 */
@Service
public class ReportService {

    private final OrganizationRules rules;

    /** A member's report. */
    public record MemberReport(long id, long memberId, @Nullable Long authorId, String learned, @Nullable String proposals,
            int version, OffsetDateTime submittedAt) {
    }

    /** The compiled report: results, lessons (one a line, "topic: lesson"), proposals; DRAFT → SUBMITTED → APPROVED. */
    public record TripReport(long delegationId, @Nullable String results, @Nullable String lessons,
            @Nullable String proposals, @Nullable String appendices, String status, @Nullable String returnReason,
            int version) {
    }

    /** A member entry of the delegation with its report, if filed. */
    public record MemberRow(Delegation.Member member, @Nullable String name, @Nullable MemberReport report,
            boolean mine) {
    }

    private final JdbcClient jdbc;
    private final DelegationService delegations;
    private final AccountService accounts;
    private final People people;
    private final AuditLog audit;
    private final FollowUpLines followUps;
    private final SearchIndex index;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int dueDays;

    ReportService(JdbcClient jdbc, DelegationService delegations, AccountService accounts, People people, AuditLog audit,
            FollowUpLines followUps, SearchIndex index, ApplicationEventPublisher events, Clock clock,
            @Value("${traodoi.reports.due-days:15}") int dueDays, OrganizationRules rules) {
        this.rules = rules;
        this.events = events;
        this.clock = clock;
        this.followUps = followUps;
        this.index = index;
        this.jdbc = jdbc;
        this.delegations = delegations;
        this.accounts = accounts;
        this.people = people;
        this.audit = audit;
        this.dueDays = dueDays;
    }

    /** Reports are due this many days after the visit ends. */
    public @Nullable LocalDate dueDate(Delegation d) {
        return d.endDate() == null ? null : d.endDate().plusDays(dueDays);
    }

    public List<MemberRow> members(CurrentUser user, Delegation d) {
        Long me = personOf(user);
        Map<Long, MemberReport> reports = new HashMap<>();
        jdbc.sql("SELECT * FROM member_reports WHERE delegation_id = ?").param(d.id()).query(MemberReport.class).list()
                .forEach(r -> reports.put(r.memberId(), r));
        Map<Long, Person> named = people.byIds(d.members().stream().map(Delegation.Member::personId)
                .filter(Objects::nonNull).toList());
        List<MemberRow> rows = new ArrayList<>();
        for (Delegation.Member m : d.members()) {
            Person person = m.personId() == null ? null : named.get(m.personId());
            String name = m.personId() == null ? m.groupDescription() : person == null ? null : person.fullName();
            rows.add(new MemberRow(m, name, reports.get(m.id()), mine(user, me, m)));
        }
        return rows;
    }

    /**
     * Whether the user files this member's report: their own (their account linked to the member's person), or a
     * group's of their organization ("Đại diện lãnh đạo Ban Dân vận Thành ủy"), whichever body organized the visit.
     */
    private static boolean mine(CurrentUser user, @Nullable Long person, Delegation.Member m) {
        return m.personId() != null ? m.personId().equals(person)
                : m.organizationId() != null && m.organizationId() == user.orgId();
    }

    /** The report filed for a member entry, if any. */
    Optional<MemberReport> reportOf(long memberId) {
        return jdbc.sql("SELECT * FROM member_reports WHERE member_id = ?").param(memberId).query(MemberReport.class)
                .optional();
    }

    /** What a report says on each topic (topic id → text). */
    Map<Long, String> topicTexts(long reportId) {
        Map<Long, String> texts = new HashMap<>();
        jdbc.sql("SELECT topic_id, content FROM member_report_topics WHERE member_report_id = ?").param(reportId)
                .query((rs, n) -> texts.put(rs.getLong(1), rs.getString(2))).list();
        return texts;
    }

    /** The text the user's own report gives each topic (topic id → text), for the form. */
    public Map<Long, String> myTopicTexts(CurrentUser user, long delegationId) {
        Delegation d = delegations.get(user, delegationId);
        Long me = personOf(user);
        Map<Long, String> texts = new HashMap<>();
        Long[] mine = d.members().stream().filter(m -> mine(user, me, m)).map(Delegation.Member::id)
                .toArray(Long[]::new);
        jdbc.sql("""
                        SELECT t.topic_id, t.content FROM member_report_topics t JOIN member_reports r ON r.id = t.member_report_id
                        WHERE r.delegation_id = ? AND r.member_id = ANY (?)""")
                .params(d.id(), mine).query((rs, n) -> texts.put(rs.getLong(1), rs.getString(2))).list();
        return texts;
    }

    public Optional<TripReport> trip(CurrentUser user, long delegationId) {
        delegations.get(user, delegationId);
        return jdbc.sql("SELECT * FROM trip_reports WHERE delegation_id = ?").param(delegationId).query(TripReport.class)
                .optional();
    }

    /** What the member learned, in general and on each of the delegation's topics ({@code byTopic}: topic id → text). */
    @Transactional
    public void file(CurrentUser user, long delegationId, long memberId, String learned, @Nullable String proposals,
            Map<Long, String> byTopic) {
        Delegation d = delegations.get(user, delegationId);
        if (d.status() != DelegationStatus.COMPLETED) {
            throw new StateConflictException("report.delegation.notCompleted", d.status());
        }
        Delegation.Member member = d.members().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new NotFoundException("member", memberId));
        if (!mine(user, personOf(user), member)) {
            throw new InvalidInputException("memberId", "report.notYours");
        }
        store(d, member, user.userId(), null, learned, proposals, byTopic);
    }

    /**
     * Stores a member's report, as its author (an account) or through a personal link: the delegation must be over,
     * the topics its own. The caller has checked that this member's report is the author's to file.
     */
    void store(Delegation d, Delegation.Member member, @Nullable Long authorId, MemberReportLinks.@Nullable Link link,
            @Nullable String learned, @Nullable String proposals, Map<Long, String> byTopic) {
        Long linkId = link == null ? null : link.id();
        long delegationId = d.id();
        long memberId = member.id();
        if (d.status() != DelegationStatus.COMPLETED) {
            throw new StateConflictException("report.delegation.notCompleted", d.status());
        }
        for (long topicId : byTopic.keySet()) {
            if (d.topics().stream().noneMatch(t -> t.id() == topicId)) {
                throw new NotFoundException("topic", topicId);
            }
        }
        String text = VietnameseText.normalize(Objects.requireNonNullElse(learned, ""));
        if (text.isEmpty()) {
            throw new InvalidInputException("learned", "validation.required");
        }
        String before = jdbc.sql("SELECT learned FROM member_reports WHERE member_id = ?").param(memberId)
                .query(String.class).optional().orElse(null);
        jdbc.sql("""
                        INSERT INTO member_reports (delegation_id, member_id, author_id, link_id, learned, proposals)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (member_id) DO UPDATE SET learned = EXCLUDED.learned, proposals = EXCLUDED.proposals,
                            author_id = EXCLUDED.author_id, link_id = EXCLUDED.link_id,
                            version = member_reports.version + 1, updated_at = now()""")
                .params(delegationId, memberId, authorId, linkId, text, blankToNull(proposals)).update();
        long reportId = jdbc.sql("SELECT id FROM member_reports WHERE member_id = ?").param(memberId).query(Long.class).single();
        jdbc.sql("DELETE FROM member_report_topics WHERE member_report_id = ?").param(reportId).update();
        for (Delegation.Topic topic : d.topics()) {
            String part = blankToNull(byTopic.get(topic.id()));
            if (part != null) {
                jdbc.sql("INSERT INTO member_report_topics (member_report_id, topic_id, content) VALUES (?, ?, ?)")
                        .params(reportId, topic.id(), part).update();
            }
        }
        String summary = text.length() > 80 ? text.substring(0, 80) : text;
        Map<String, String> was = before == null ? null : Map.of("learned", before);
        if (link == null) {
            audit.record("MEMBER_REPORT_FILED", "delegation", delegationId, summary, was, Map.of("learned", text));
        } else {
            audit.recordAs(null, "link:" + link.holderName(), null, "MEMBER_REPORT_FILED", "delegation", delegationId,
                    summary, was, Map.of("learned", text, "through", "link " + link.id()));
        }
    }

    /** The secretary's first draft: every member's report, attributed, merged into results and proposals. */
    @Transactional
    public TripReport compile(CurrentUser user, long delegationId) {
        Delegation d = delegations.get(user, delegationId);
        requireOrganizerStaff(user, d);
        if (d.status() != DelegationStatus.COMPLETED) {
            throw new StateConflictException("report.delegation.notCompleted", d.status());
        }
        Optional<TripReport> existing = trip(user, delegationId);
        if (existing.isPresent() && !existing.get().status().equals("DRAFT")) {
            throw new StateConflictException("report.trip.notDraft");
        }
        List<MemberRow> rows = members(user, d);
        Map<Long, String> names = new HashMap<>();
        rows.stream().filter(r -> r.report() != null).forEach(r -> names.put(r.report().id(), r.name()));
        Map<Long, List<String>> partsByTopic = new HashMap<>();
        jdbc.sql("""
                        SELECT t.topic_id, t.member_report_id, t.content FROM member_report_topics t
                        JOIN member_reports r ON r.id = t.member_report_id
                        WHERE r.delegation_id = ? ORDER BY r.member_id""").param(delegationId)
                .query((rs, n) -> partsByTopic.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add("- " + names.get(rs.getLong(2)) + ": " + rs.getString(3)))
                .list();
        Compilation.Draft draft = Compilation.of(d.topics(), partsByTopic, rows);
        String results = draft.results();
        String proposals = draft.proposals();
        jdbc.sql("""
                        INSERT INTO trip_reports (delegation_id, results, proposals, compiled_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (delegation_id) DO UPDATE SET results = EXCLUDED.results, proposals = EXCLUDED.proposals,
                            version = trip_reports.version + 1, updated_at = now()""")
                .params(delegationId, results, proposals, user.userId()).update();
        TripReport compiled = trip(user, delegationId).orElseThrow();
        audit.record("TRIP_REPORT_COMPILED", "delegation", delegationId, d.title(), existing.orElse(null), compiled);
        index.refresh(SearchKind.TRIP_REPORT, delegationId);
        return compiled;
    }

    @Transactional
    public TripReport edit(CurrentUser user, long delegationId, @Nullable String results, @Nullable String lessons,
            @Nullable String proposals, @Nullable String appendices, int version, boolean submit) {
        Delegation d = delegations.get(user, delegationId);
        requireOrganizerStaff(user, d);
        TripReport before = trip(user, delegationId).orElseThrow(() -> new StateConflictException("report.trip.none"));
        if (!before.status().equals("DRAFT")) {
            throw new StateConflictException("report.trip.notDraft");
        }
        if (submit && (results == null || results.isBlank())) {
            throw new InvalidInputException("results", "report.trip.resultsRequired");
        }
        if (jdbc.sql("""
                        UPDATE trip_reports SET results = ?, lessons = ?, proposals = ?, appendices = ?, status = ?,
                            submitted_by = ?, return_reason = NULL, version = version + 1, updated_at = now()
                        WHERE delegation_id = ? AND version = ?""")
                .params(blankToNull(results), blankToNull(lessons), blankToNull(proposals), blankToNull(appendices),
                        submit ? "SUBMITTED" : "DRAFT", submit ? user.userId() : null, delegationId, version)
                .update() != 1) {
            throw new ConcurrentEditException("trip report", delegationId);
        }
        TripReport after = trip(user, delegationId).orElseThrow();
        audit.record(submit ? "TRIP_REPORT_SUBMITTED" : "TRIP_REPORT_EDITED", "delegation", delegationId, d.title(),
                before, after);
        if (submit) {
            events.publishEvent(NoticeRequested.toStaff("trip-report:" + delegationId + ":SUBMITTED:" + after.version(),
                    "tripReportSubmitted", "/delegations/" + delegationId + "/reports", Set.of(d.organizerId()),
                    Set.of(Role.APPROVER), user.userId(), d.title(), user.fullName()));
        }
        index.refresh(SearchKind.TRIP_REPORT, delegationId);
        return after;
    }

    /**
     * Whether approving the trip report would have {@code user} approve what they submitted themselves, which separation
     * of duties forbids unless the organization allows it (a report submitted before this was kept is not known).
     */
    public boolean approvesOwnSubmission(CurrentUser user, Delegation d) {
        Long submittedBy = jdbc.sql("SELECT submitted_by FROM trip_reports WHERE delegation_id = ?").param(d.id())
                .query((rs, n) -> (Long) rs.getObject(1)).optional().orElse(null);
        return submittedBy != null && submittedBy == user.userId() && !rules.allowsSelfApproval(d.organizerId());
    }

    /** The outcome of a decision: the report, and on approval the proposals that did not become tasks. */
    public record Decision(TripReport report, List<String> unresolvedProposals) {
    }

    /**
     * Approve (the delegation becomes REPORTED, the lessons are kept, each proposal with a known lead organization and
     * a valid deadline becomes a follow-up task) or return with a reason.
     */
    @Transactional
    public Decision decide(CurrentUser user, long delegationId, boolean approve, @Nullable String reason, int version) {
        Delegation d = delegations.get(user, delegationId);
        if (d.organizerId() != user.orgId() || !user.has(Role.APPROVER)) {
            throw new AccessDeniedException("approvers of the organizer decide on the trip report");
        }
        TripReport before = trip(user, delegationId).orElseThrow(() -> new StateConflictException("report.trip.none"));
        if (!before.status().equals("SUBMITTED")) {
            throw new StateConflictException("report.trip.notSubmitted");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "delegation.reason.required");
        }
        if (approve && approvesOwnSubmission(user, d)) {
            throw new StateConflictException("report.trip.ownSubmission");
        }
        if (jdbc.sql("""
                        UPDATE trip_reports SET status = ?, return_reason = ?, approved_by = ?, approved_at = ?,
                            version = version + 1, updated_at = now()
                        WHERE delegation_id = ? AND version = ?""")
                .params(approve ? "APPROVED" : "DRAFT", approve ? null : reason.strip(), approve ? user.userId() : null,
                        approve ? OffsetDateTime.now(clock) : null, delegationId, version).update() != 1) {
            throw new ConcurrentEditException("trip report", delegationId);
        }
        List<String> unresolved = List.of();
        if (approve) {
            LocalDate today = LocalDate.now(clock);
            // The proposals were made after the trip: a trip recorded years later may propose deadlines that have
            // passed since, which become overdue tasks (or are marked done), not refused ones.
            LocalDate tripEnd = d.endDate() != null ? d.endDate() : d.startDate();
            LocalDate proposedAfter = tripEnd != null && tripEnd.isBefore(today) ? tripEnd : today;
            unresolved = followUps.unresolved(user, before.proposals(), delegationId, proposedAfter);
            events.publishEvent(new TripReportApproved(delegationId, d.organizerId(), user.userId()));
            if (before.proposals() != null && !before.proposals().isBlank()) {
                events.publishEvent(FollowUpRequested.of(user.userId(), delegationId, null,
                        "Đề xuất của báo cáo chuyến công tác: " + d.title(), before.proposals(), proposedAfter));
            }
        }
        TripReport after = trip(user, delegationId).orElseThrow();
        audit.record(approve ? "TRIP_REPORT_APPROVED" : "TRIP_REPORT_RETURNED", "delegation", delegationId, d.title(),
                before, after);
        events.publishEvent(NoticeRequested.toStaff("trip-report:" + delegationId + ":" + after.status() + ":"
                        + after.version(), approve ? "tripReportApproved" : "tripReportReturned",
                "/delegations/" + delegationId + "/reports", Set.of(d.organizerId()), Set.of(Role.ORGANIZER),
                user.userId(), d.title(), approve ? user.fullName() : Objects.requireNonNullElse(reason, "").strip()));
        index.refresh(SearchKind.TRIP_REPORT, delegationId);
        return new Decision(after, unresolved);
    }

    private @Nullable Long personOf(CurrentUser user) {
        return accounts.personOf(user.userId()).orElse(null);
    }

    private static void requireOrganizerStaff(CurrentUser user, Delegation d) {
        if (d.organizerId() != user.orgId() || !user.has(Role.ORGANIZER)) {
            throw new AccessDeniedException("the organizer's staff compile the trip report");
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
