package vn.traodoi.workshop;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;

/**
 * Mẫu trả lời: the responses an organization reuses when it answers comments ("Nội dung này đã được quy định tại văn
 * bản khác" as EXPLAINED), kept by its organizers and approvers, seen by no other organization.
 */
@Service
class ResponseTemplates {

    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ResponseTemplates(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<ResponseTemplate> templates(CurrentUser user) {
        return jdbc.sql("SELECT id, kind, text FROM response_templates WHERE owner_id = ? ORDER BY kind, text")
                .param(user.orgId())
                .query((rs, n) -> new ResponseTemplate(rs.getLong("id"), CommentStatus.valueOf(rs.getString("kind")),
                        rs.getString("text"))).list();
    }

    /** One of the user's organization's templates; 404 for another organization's. */
    public ResponseTemplate template(CurrentUser user, long id) {
        return templates(user).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("response_template", id));
    }

    /** Adds a template; the same kind and text twice is one template. */
    @Transactional
    public void addTemplate(CurrentUser user, @Nullable CommentStatus kind, @Nullable String text) {
        requireKeeper(user);
        String t = Workshops.lines(text);
        if (kind == null || kind == CommentStatus.RECEIVED) {
            throw new InvalidInputException("templateKind", "validation.required");
        }
        if (t == null) {
            throw new InvalidInputException("templateText", "validation.required");
        }
        if (t.length() > MAX_TEXT) {
            throw new InvalidInputException("templateText", "validation.tooLong");
        }
        Long id = jdbc.sql("""
                        INSERT INTO response_templates (owner_id, kind, text) VALUES (?, ?, ?)
                        ON CONFLICT (owner_id, kind, text) DO NOTHING RETURNING id""")
                .params(user.orgId(), kind.name(), t).query(Long.class).optional().orElse(null);
        if (id != null) {
            audit.record("RESPONSE_TEMPLATE_CREATED", "response_template", id, t, null, new ResponseTemplate(id, kind, t));
        }
    }

    @Transactional
    public void deleteTemplate(CurrentUser user, long id) {
        ResponseTemplate t = template(user, id);
        requireKeeper(user);
        if (jdbc.sql("DELETE FROM response_templates WHERE id = ? AND owner_id = ?").params(id, user.orgId()).update() != 1) {
            throw new NotFoundException("response_template", id);
        }
        audit.record("RESPONSE_TEMPLATE_DELETED", "response_template", id, t.text(), t, null);
    }

    private static void requireKeeper(CurrentUser user) {
        if (!user.has(Role.ORGANIZER) && !user.has(Role.APPROVER)) {
            throw new AccessDeniedException("organizers keep templates");
        }
    }
}
