package vn.traodoi.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.delegation.DelegationFacts;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.notice.NoticeRequested;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.text.VietnameseText;

/**
 * Follow-up tasks. An organization sees the tasks it assigned and those assigned to it; the assigner and the
 * assignees' staff update status and progress; a finished task needs its evidence, a dropped one its reason.
 */
@Service
public class TaskService {


    private final JdbcClient jdbc;
    private final OrganizationService organizations;
    private final DelegationService delegations;
    private final DelegationFacts delegationQueries;
    private final AuditLog audit;
    private final Clock clock;
    private final SearchIndex index;

    private final ApplicationEventPublisher events;

    TaskService(JdbcClient jdbc, OrganizationService organizations, DelegationService delegations,
            DelegationFacts delegationQueries, AuditLog audit, Clock clock, SearchIndex index,
            ApplicationEventPublisher events) {
        this.events = events;
        this.delegationQueries = delegationQueries;
        this.index = index;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.delegations = delegations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A task of the demo data as a workshop's chair gave it (a deadline "within August 2023" is kept as a month), with
     * its lead and supporting organizations; the audit says the demo made it.
     */
    @Transactional
    public long loadDemo(long workshopId, long ownerId, String source, String text, @Nullable LocalDate endOfMonth,
            List<Long> leads, List<Long> supporting) {
        long id = jdbc.sql("""
                        INSERT INTO follow_up_tasks (owner_id, source, task, deadline_kind, deadline_date, workshop_id)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(ownerId, source, text, endOfMonth == null ? "NONE" : "MONTH", endOfMonth, workshopId)
                .query(Long.class).single();
        for (long lead : leads) {
            jdbc.sql("INSERT INTO follow_up_task_assignees (task_id, organization_id) VALUES (?, ?)").params(id, lead).update();
        }
        for (long s : supporting) {
            jdbc.sql("INSERT INTO follow_up_task_assignees (task_id, organization_id, lead) VALUES (?, ?, false)")
                    .params(id, s).update();
        }
        audit.recordAs(null, "demo", null, "TASK_CREATED", "task", id, text, null, null);
        index.refresh(SearchKind.TASK, id);
        return id;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public FollowUpTask get(CurrentUser user, long id) {
        FollowUpTask task = find(id).orElseThrow(() -> new NotFoundException("task", id));
        if (task.ownerId() != user.orgId() && !task.assigneeIds().contains(user.orgId())) {
            throw new NotFoundException("task", id);
        }
        return task;
    }

    /** The tasks the organization assigned or was assigned, deadline first; {@code filter}: ALL, OVERDUE or a status. */
    public List<FollowUpTask> mine(CurrentUser user, String filter, @Nullable Long delegationId) {
        List<Long> ids = jdbc.sql("""
                        SELECT t.id FROM follow_up_tasks t
                        WHERE (t.owner_id = :org OR EXISTS (SELECT 1 FROM follow_up_task_assignees a
                                                            WHERE a.task_id = t.id AND a.organization_id = :org))
                          AND (CAST(:delegation AS bigint) IS NULL OR t.delegation_id = :delegation)
                        ORDER BY t.deadline_date NULLS LAST, t.id""")
                .param("org", user.orgId()).param("delegation", delegationId).query(Long.class).list();
        LocalDate today = today();
        return load(ids).stream().filter(t -> switch (filter) {
            case "OVERDUE" -> t.overdue(today);
            case "ALL" -> true;
            default -> t.status().name().equals(filter);
        }).toList();
    }

    /** A task given today, or on the day the form names (a task recorded afterwards: not after today). */
    @Transactional
    public FollowUpTask create(CurrentUser user, TaskForm form) {
        if (form.givenOn() != null && form.givenOn().isAfter(today())) {
            throw new InvalidInputException("givenOn", "task.givenOn.future");
        }
        return create(user, form, null, form.givenOn() == null ? today() : form.givenOn());
    }

    /** A task whose deadline may not fall before {@code notBefore} (a line decided on that day), given today. */
    FollowUpTask createNotBefore(CurrentUser user, TaskForm form, LocalDate notBefore) {
        if (form.givenOn() != null && form.givenOn().isAfter(today())) {
            throw new InvalidInputException("givenOn", "task.givenOn.future");
        }
        return create(user, form, null, form.givenOn() != null ? form.givenOn() : notBefore);
    }

    /**
     * A task given at an earlier event, recorded afterwards (an imported article: "giao Sở Nội vụ chủ trì … trước ngày
     * 30/6/2025"): its deadline may not fall before the day it was given ({@code givenOn}; today when not known).
     */
    @Transactional
    public FollowUpTask createGivenOn(CurrentUser user, TaskForm form, @Nullable LocalDate givenOn) {
        return create(user, form.givenOn(givenOn), null, givenOn == null ? today() : givenOn);
    }

    private FollowUpTask create(CurrentUser user, TaskForm form, @Nullable Long workshopId, LocalDate notBefore) {
        return insert(user, form, check(user, form, notBefore), workshopId);
    }

    /** A task form as checked: its text, lead and supporting organizations, and deadline. */
    record Checked(String text, List<Long> assignees, List<Long> support, Deadlines.Deadline deadline) {
    }

    /** Organizers and approvers give tasks (and decide that a line is none). */
    void checkMayAssign(CurrentUser user) {
        if (!user.has(Role.ORGANIZER) && !user.has(Role.APPROVER)) {
            throw new AccessDeniedException("organizers and approvers assign tasks");
        }
    }

    Checked check(CurrentUser user, TaskForm form, LocalDate notBefore) {
        checkMayAssign(user);
        List<FieldProblem> problems = new ArrayList<>();
        String text = VietnameseText.normalize(Objects.requireNonNullElse(form.task(), ""));
        if (text.isEmpty()) {
            problems.add(new FieldProblem("task", "validation.required"));
        }
        // An empty choice in the form ("supportIds=") arrives as a null element: it chooses nothing.
        List<Long> assignees = Objects.requireNonNullElse(form.assigneeIds(), List.<Long>of()).stream()
                .filter(Objects::nonNull).distinct().toList();
        List<Long> support = Objects.requireNonNullElse(form.supportIds(), List.<Long>of()).stream()
                .filter(Objects::nonNull).distinct().filter(s -> !assignees.contains(s)).toList();
        if (support.stream().anyMatch(a -> organizations.find(a).isEmpty())) {
            problems.add(new FieldProblem("supportIds", "task.assignees.unknown"));
        }
        if (assignees.isEmpty()) {
            problems.add(new FieldProblem("assigneeIds", "task.assignees.required"));
        } else if (assignees.stream().anyMatch(a -> organizations.find(a).isEmpty())) {
            problems.add(new FieldProblem("assigneeIds", "task.assignees.unknown"));
        }
        if (form.delegationId() != null) {
            delegations.get(user, form.delegationId());
        }
        if (form.sessionId() != null && form.delegationId() == null) {
            problems.add(new FieldProblem("sessionId", "task.session.unknown"));
        } else if (form.sessionId() != null && sessionLabel(form.delegationId(), form.sessionId()) == null) {
            throw new NotFoundException("session", form.sessionId());
        }
        Deadlines.Checked checked = Deadlines.check(form.deadlineKind(), form.deadline(), notBefore);
        if (checked.problem() != null) {
            problems.add(new FieldProblem("deadline", checked.problem()));
        }
        Deadlines.Deadline deadline = checked.deadline();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(text, assignees, support, deadline);
    }

    FollowUpTask insert(CurrentUser user, TaskForm form, Checked checked, @Nullable Long workshopId) {
        String text = checked.text();
        Deadlines.Deadline deadline = checked.deadline();
        long id = jdbc.sql("""
                        INSERT INTO follow_up_tasks (owner_id, delegation_id, source, task, deadline_kind, deadline_date,
                            period_from, period_to, created_by, session_id, workshop_id, given_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(user.orgId(), form.delegationId(), blankToNull(form.source()), text, deadline.kind().name(),
                        deadline.date(), deadline.from(), deadline.to(), user.userId(), form.sessionId(), workshopId,
                        form.givenOn())
                .query(Long.class).single();
        for (long assignee : checked.assignees()) {
            jdbc.sql("INSERT INTO follow_up_task_assignees (task_id, organization_id) VALUES (?, ?)").params(id, assignee)
                    .update();
        }
        for (long supporting : checked.support()) {
            jdbc.sql("INSERT INTO follow_up_task_assignees (task_id, organization_id, lead) VALUES (?, ?, false)")
                    .params(id, supporting).update();
        }
        FollowUpTask created = find(id).orElseThrow();
        audit.record("TASK_CREATED", "task", id, text, null, created);
        events.publishEvent(NoticeRequested.toStaff("task:" + id + ":ASSIGNED", "taskAssigned", "/tasks/" + id,
                Set.copyOf(checked.assignees()), Set.of(Role.ORGANIZER, Role.APPROVER), user.userId(),
                user.organizationName(), text));
        index.refresh(SearchKind.TASK, id);
        return created;
    }

    /** Status, progress and evidence, by the assigner or an assignee; a stale version answers 409. */
    @Transactional
    public FollowUpTask update(CurrentUser user, long id, FollowUpTask.Status status, int progress,
            @Nullable String evidence, int version) {
        FollowUpTask before = get(user, id);
        if (!user.has(Role.ORGANIZER) && !user.has(Role.APPROVER)) {
            throw new AccessDeniedException("organizers and approvers update tasks");
        }
        if (before.status() == FollowUpTask.Status.DONE || before.status() == FollowUpTask.Status.DROPPED) {
            throw new StateConflictException("task.closed");
        }
        if (progress < 0 || progress > 100) {
            throw new InvalidInputException("progress", "task.progress.range");
        }
        String proof = blankToNull(evidence);
        if (proof == null && (status == FollowUpTask.Status.DROPPED || status == FollowUpTask.Status.DONE
                && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM task_evidence_files WHERE task_id = ?)").param(id)
                        .query(Boolean.class).single())) {
            throw new InvalidInputException("evidence", status == FollowUpTask.Status.DONE ? "task.evidence.required"
                    : "task.reason.required");
        }
        int done = status == FollowUpTask.Status.DONE ? 100 : progress;
        if (jdbc.sql("""
                        UPDATE follow_up_tasks SET status = ?, progress = ?, evidence = coalesce(?, evidence),
                            version = version + 1, updated_at = now()
                        WHERE id = ? AND version = ?""")
                .params(status.name(), done, proof, id, version).update() != 1) {
            throw new ConcurrentEditException("task", id);
        }
        FollowUpTask after = find(id).orElseThrow();
        audit.record("TASK_UPDATED", "task", id, after.task(), before, after);
        index.refresh(SearchKind.TASK, id);
        return after;
    }

    /**
     * How a session of the delegation is named as a task's source: "Kết luận tại buổi làm việc sáng 09/08/2022 với
     * Sở Nội vụ…"; null when the session is not one of the delegation's. The caller has checked the delegation.
     */
    @Nullable String sessionLabel(long delegationId, long sessionId) {
        return delegationQueries.session(delegationId, sessionId).map(x -> {
            String when = x.date() == null ? "" : " " + (x.partOfDay() == null ? "ngày" : switch (x.partOfDay()) {
                case MORNING -> "sáng";
                case AFTERNOON -> "chiều";
                default -> "tối";
            }) + " " + Days.format(x.date());
            return "Kết luận tại buổi làm việc" + when + (x.place() == null ? "" : " – " + x.place());
        }).orElse(null);
    }

    /** The label of a session of a delegation the user can see (404 otherwise), for a new task's form. */
    public @Nullable String sessionSource(CurrentUser user, long delegationId, @Nullable Long sessionId) {
        delegations.get(user, delegationId);
        return sessionId == null ? null : sessionLabel(delegationId, sessionId);
    }

    /** The tasks given at a workshop, deadline first. The caller has checked that the user sees the workshop. */
    public List<FollowUpTask> ofWorkshop(long workshopId) {
        return load(jdbc.sql("SELECT id FROM follow_up_tasks WHERE workshop_id = ? ORDER BY deadline_date NULLS LAST, id")
                .param(workshopId).query(Long.class).list());
    }

    Optional<FollowUpTask> find(long id) {
        return load(List.of(id)).stream().findFirst();
    }

    /** The tasks with these ids, in this order, in two queries whatever their number (unknown ids are left out). */
    List<FollowUpTask> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] array = ids.toArray(Long[]::new);
        Map<Long, List<Long>> assignees = new HashMap<>();
        Map<Long, List<Long>> support = new HashMap<>();
        jdbc.sql("""
                        SELECT task_id, organization_id, lead FROM follow_up_task_assignees WHERE task_id = ANY (?)
                        ORDER BY task_id, organization_id""").param(array)
                .query((rs, n) -> {
                    long task = rs.getLong("task_id");
                    assignees.computeIfAbsent(task, k -> new ArrayList<>()).add(rs.getLong("organization_id"));
                    if (!rs.getBoolean("lead")) {
                        support.computeIfAbsent(task, k -> new ArrayList<>()).add(rs.getLong("organization_id"));
                    }
                    return task;
                }).list();
        Map<Long, FollowUpTask> byId = new HashMap<>();
        jdbc.sql("""
                        SELECT id, owner_id, delegation_id, source, task, deadline_kind, deadline_date, period_from,
                               period_to, status, progress, evidence, version, session_id, workshop_id, given_on
                        FROM follow_up_tasks WHERE id = ANY (?)""")
                .param(array)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new FollowUpTask(id, rs.getLong("owner_id"),
                            (Long) rs.getObject("delegation_id"), rs.getString("source"), rs.getString("task"),
                            FollowUpTask.DeadlineKind.valueOf(rs.getString("deadline_kind")),
                            rs.getObject("deadline_date", LocalDate.class), (Integer) rs.getObject("period_from"),
                            (Integer) rs.getObject("period_to"), FollowUpTask.Status.valueOf(rs.getString("status")),
                            rs.getInt("progress"), rs.getString("evidence"), rs.getInt("version"),
                            assignees.getOrDefault(id, List.of()), (Long) rs.getObject("session_id"),
                            support.getOrDefault(id, List.of()), (Long) rs.getObject("workshop_id"),
                            rs.getObject("given_on", LocalDate.class));
                }).list().forEach(t -> byId.put(t.id(), t));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : VietnameseText.normalize(s);
    }
}
