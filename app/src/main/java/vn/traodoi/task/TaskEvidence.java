package vn.traodoi.task;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.system.Upload;
import vn.traodoi.system.Uploads;

/** Evidence files of a task: added by the assigner's or the assignees' staff while the task is open, seen by both. */
@Service
class TaskEvidence {

    /** A stored evidence file. */
    public record EvidenceFile(long id, long taskId, String fileName, String contentType, long sizeBytes,
            String storageName, OffsetDateTime uploadedAt) {
    }

    /** A file to send back: where it is and what to call it. */
    public record Download(Path path, String fileName, String contentType) {
    }

    private final TaskService tasks;
    private final EvidenceStore store;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Uploads uploads;

    TaskEvidence(TaskService tasks, EvidenceStore store, JdbcClient jdbc, AuditLog audit, Uploads uploads) {
        this.uploads = uploads;
        this.tasks = tasks;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<EvidenceFile> files(CurrentUser user, long taskId) {
        tasks.get(user, taskId);
        return jdbc.sql("SELECT * FROM task_evidence_files WHERE task_id = ? ORDER BY id").param(taskId)
                .query(EvidenceFile.class).list();
    }

    /** Adds a file that {@link Uploads} accepts (an image among them written anew, without its metadata). */
    @Transactional
    public EvidenceFile add(CurrentUser user, long taskId, Upload file) {
        FollowUpTask task = tasks.get(user, taskId);
        if (!user.has(Role.ORGANIZER) && !user.has(Role.APPROVER)) {
            throw new AccessDeniedException("organizers and approvers add evidence");
        }
        if (task.status() == FollowUpTask.Status.DONE || task.status() == FollowUpTask.Status.DROPPED) {
            throw new StateConflictException("task.closed");
        }
        String name = file.baseName();
        if (name.isEmpty()) {
            throw new InvalidInputException("file", "task.evidence.file.empty");
        }
        Uploads.Checked checked = uploads.check(EvidenceStore.RULE, file);
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        String storage = store.save(checked.bytes());
        long id = jdbc.sql("""
                        INSERT INTO task_evidence_files (task_id, file_name, content_type, size_bytes, storage_name, uploaded_by)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(taskId, name, checked.contentType(), checked.bytes().length, storage, user.userId())
                .query(Long.class).single();
        audit.record("TASK_EVIDENCE_ADDED", "task", taskId, name, null,
                Map.of("file", name, "bytes", checked.bytes().length));
        return jdbc.sql("SELECT * FROM task_evidence_files WHERE id = ?").param(id).query(EvidenceFile.class).single();
    }

    public Download download(CurrentUser user, long taskId, long fileId) {
        EvidenceFile file = files(user, taskId).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> new NotFoundException("evidence file", fileId));
        return new Download(store.path(file.storageName()), file.fileName(), file.contentType());
    }
}
