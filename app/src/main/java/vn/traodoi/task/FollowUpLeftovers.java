package vn.traodoi.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.text.VietnameseText;

/**
 * The lines of proposals or conclusions that did not become tasks as written ({@link FollowUpLines.Unresolved}): kept
 * with their reason for the organization that decided them, until a task is given for the line by hand (or the line
 * is given again, corrected, with the same content) or someone records why it is no task. Only that organization
 * sees them; for another one they do not exist.
 */
@Service
public class FollowUpLeftovers {

    /** Where a leftover line stands. */
    public enum Status {
        OPEN, ASSIGNED, DISMISSED
    }

    /**
     * A line that did not become a task: as written and in its columns, the reason (a message key, with the unknown
     * name as its argument), the day before which its deadline may not fall, and what became of it.
     */
    public record Leftover(long id, long ownerId, @Nullable Long delegationId, @Nullable Long workshopId, String source,
            String written, String content, @Nullable String lead, String deadline, @Nullable String proposedBy,
            LocalDate notBefore, String reason, @Nullable String reasonArgument, Status status, @Nullable Long taskId,
            @Nullable String closingNote, int version, OffsetDateTime createdAt) {

        /** The source a task given for this line names: the decision, and who proposed the line. */
        public String taskSource() {
            return proposedBy == null ? source : source + " (" + proposedBy + ")";
        }
    }

    private static final String COLUMNS = """
            SELECT id, owner_id, delegation_id, workshop_id, source, written, content, lead_name, deadline, proposed_by,
                   not_before, reason, reason_argument, status, task_id, closing_note, version, created_at
            FROM follow_up_leftovers
            """;

    private static final RowMapper<Leftover> ROW = (rs, n) -> new Leftover(rs.getLong("id"), rs.getLong("owner_id"),
            (Long) rs.getObject("delegation_id"), (Long) rs.getObject("workshop_id"), rs.getString("source"),
            rs.getString("written"), rs.getString("content"), rs.getString("lead_name"), rs.getString("deadline"),
            rs.getString("proposed_by"), rs.getObject("not_before", LocalDate.class), rs.getString("reason"),
            rs.getString("reason_argument"), Status.valueOf(rs.getString("status")), (Long) rs.getObject("task_id"),
            rs.getString("closing_note"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TaskService tasks;

    FollowUpLeftovers(JdbcClient jdbc, AuditLog audit, TaskService tasks) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.tasks = tasks;
    }

    /**
     * Keeps the lines of a request that did not become tasks, and closes the open lines of the same record that the
     * request gave again as tasks (same content, folded): a line corrected and given again is no longer left over.
     */
    void keep(FollowUpRequested request, CurrentUser user, FollowUpLines.Outcome outcome) {
        Map<String, Long> given = new HashMap<>();
        outcome.created().forEach(t -> given.putIfAbsent(VietnameseText.fold(t.task()), t.id()));
        for (Leftover open : openOf(user.orgId(), request.delegationId(), request.workshopId())) {
            Long task = given.get(VietnameseText.fold(open.content()));
            if (task != null) {
                close(user, open, Status.ASSIGNED, task, null);
            }
        }
        for (FollowUpLines.Unresolved u : outcome.unresolved()) {
            ProposalLines.Line line = u.line();
            long id = jdbc.sql("""
                            INSERT INTO follow_up_leftovers (request_id, owner_id, delegation_id, workshop_id, source,
                                written, content, lead_name, deadline, proposed_by, not_before, reason, reason_argument)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(request.id(), user.orgId(), request.delegationId(), request.workshopId(), request.source(),
                            line.written(), line.content(), line.lead(), line.deadline(), line.proposedBy(),
                            request.notBefore(), u.reason(), u.argument())
                    .query(Long.class).single();
            audit.record("FOLLOW_UP_LEFTOVER_KEPT", "follow_up_leftover", id, line.written(), null, find(id));
        }
    }

    /** The open lines of a delegation, for the organization that decided them (none for any other). */
    public List<Leftover> ofDelegation(CurrentUser user, long delegationId) {
        return openOf(user.orgId(), delegationId, null);
    }

    /** The open lines of a workshop, for the organization that decided them (none for any other). */
    public List<Leftover> ofWorkshop(CurrentUser user, long workshopId) {
        return openOf(user.orgId(), null, workshopId);
    }

    /** Every open line of the user's organization, oldest first. */
    public List<Leftover> open(CurrentUser user) {
        return jdbc.sql(COLUMNS + "WHERE owner_id = ? AND status = 'OPEN' ORDER BY created_at, id")
                .param(user.orgId()).query(ROW).list();
    }

    /** One line of the user's organization; 404 for any other. */
    public Leftover get(CurrentUser user, long id) {
        return find(id).filter(l -> l.ownerId() == user.orgId()).orElseThrow(() -> new NotFoundException("leftover", id));
    }

    /**
     * A task given by hand for a line, which it closes, in one transaction: the deadline may not fall before the day
     * the line was decided. A line already closed, or changed since it was read ({@code version}), is a conflict.
     */
    @Transactional
    public FollowUpTask assign(CurrentUser user, long id, int version, TaskForm form) {
        Leftover before = open(user, id, version);
        FollowUpTask task = tasks.createNotBefore(user, form, before.notBefore());
        close(user, before, Status.ASSIGNED, task.id(), null);
        return task;
    }

    /** Records that a line is no task, and why. */
    @Transactional
    public Leftover dismiss(CurrentUser user, long id, int version, @Nullable String note) {
        String why = note == null ? "" : VietnameseText.normalize(note);
        if (why.isEmpty()) {
            throw new InvalidInputException("note", "task.leftover.dismiss.noteRequired");
        }
        Leftover before = open(user, id, version);
        tasks.checkMayAssign(user);
        close(user, before, Status.DISMISSED, null, why);
        return find(id).orElseThrow();
    }

    private Leftover open(CurrentUser user, long id, int version) {
        Leftover before = get(user, id);
        if (before.status() != Status.OPEN) {
            throw new StateConflictException("task.leftover.closed");
        }
        if (before.version() != version) {
            throw new ConcurrentEditException("leftover", id);
        }
        return before;
    }

    private void close(CurrentUser user, Leftover before, Status status, @Nullable Long taskId, @Nullable String note) {
        if (jdbc.sql("""
                        UPDATE follow_up_leftovers SET status = ?, task_id = ?, closing_note = ?, closed_by = ?,
                            closed_at = now(), version = version + 1
                        WHERE id = ? AND version = ? AND status = 'OPEN'""")
                .params(status.name(), taskId, note, user.userId(), before.id(), before.version()).update() != 1) {
            throw new ConcurrentEditException("leftover", before.id());
        }
        audit.record(status == Status.ASSIGNED ? "FOLLOW_UP_LEFTOVER_ASSIGNED" : "FOLLOW_UP_LEFTOVER_DISMISSED",
                "follow_up_leftover", before.id(), before.written(), before, find(before.id()).orElseThrow());
    }

    private List<Leftover> openOf(long ownerId, @Nullable Long delegationId, @Nullable Long workshopId) {
        return jdbc.sql(COLUMNS + """
                        WHERE owner_id = :owner AND status = 'OPEN'
                          AND delegation_id IS NOT DISTINCT FROM :delegation AND workshop_id IS NOT DISTINCT FROM :workshop
                        ORDER BY id""")
                .param("owner", ownerId).param("delegation", delegationId).param("workshop", workshopId)
                .query(ROW).list();
    }

    private Optional<Leftover> find(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(ROW).optional();
    }

}
