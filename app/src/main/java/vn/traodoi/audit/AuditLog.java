package vn.traodoi.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.traodoi.system.AuditActor;

/**
 * Records every state change in the caller's transaction, so that a change and its audit entry are
 * committed or rolled back together.
 *
 * <pre>
 * audit.record("ORGANIZATION_UPDATED", "organization", 12, "Sở Nội vụ …", before, after);
 * </pre>
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, @Nullable Object entityId, @Nullable String summary,
            @Nullable Object before, @Nullable Object after) {
        AuditActor actor = currentActor();
        recordAs(actor == null ? null : actor.userId(), actor == null ? "system" : actor.username(),
                actor == null ? null : actor.organizationId(), action, entityType, entityId, summary, before, after);
    }

    /** For events without a signed-in user yet, such as a login or the first administrator's creation. */
    @Transactional
    public void recordAs(@Nullable Long actorId, String actorUsername, @Nullable Long organizationId, String action,
            String entityType, @Nullable Object entityId, @Nullable String summary, @Nullable Object before,
            @Nullable Object after) {
        jdbc.sql("""
                        INSERT INTO audit_events (actor_id, actor_username, organization_id, action, entity_type,
                            entity_id, summary, before_state, after_state, remote_addr)
                        VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)""")
                .params(actorId, actorUsername, organizationId, action, entityType,
                        entityId == null ? null : entityId.toString(), summary, toJson(before), toJson(after),
                        remoteAddress())
                .update();
    }

    public Optional<AuditEvent> find(long id) {
        return jdbc.sql("SELECT * FROM audit_events WHERE id = ?").param(id).query(AuditEvent.class).optional();
    }

    /** Newest first; every filter is optional. */
    public List<AuditEvent> search(AuditQuery query, int offset, int limit) {
        return jdbc.sql("SELECT * FROM audit_events WHERE " + AuditQuery.WHERE
                        + " ORDER BY occurred_at DESC, id DESC OFFSET :offset LIMIT :limit")
                .params(query.parameters()).param("offset", offset).param("limit", limit)
                .query(AuditEvent.class).list();
    }

    public long count(AuditQuery query) {
        return jdbc.sql("SELECT count(*) FROM audit_events WHERE " + AuditQuery.WHERE)
                .params(query.parameters()).query(Long.class).single();
    }

    public List<String> entityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM audit_events ORDER BY 1").query(String.class).list();
    }

    /** Filters of the audit log page. */
    public record AuditQuery(@Nullable String actor, @Nullable String entityType, @Nullable String entityId,
            @Nullable LocalDate from, @Nullable LocalDate to) {

        static final String WHERE = """
                (CAST(:actor AS text) IS NULL OR actor_username = :actor)
                AND (CAST(:entityType AS text) IS NULL OR entity_type = :entityType)
                AND (CAST(:entityId AS text) IS NULL OR entity_id = :entityId)
                AND (CAST(:from AS date) IS NULL OR occurred_at >= CAST(:from AS date) AT TIME ZONE 'Asia/Ho_Chi_Minh')
                AND (CAST(:to AS date) IS NULL OR occurred_at < (CAST(:to AS date) + 1) AT TIME ZONE 'Asia/Ho_Chi_Minh')""";

        Map<String, @Nullable Object> parameters() {
            Map<String, @Nullable Object> p = new HashMap<>();
            p.put("actor", blankToNull(actor));
            p.put("entityType", blankToNull(entityType));
            p.put("entityId", blankToNull(entityId));
            p.put("from", from);
            p.put("to", to);
            return p;
        }

        private static @Nullable String blankToNull(@Nullable String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    private @Nullable String toJson(@Nullable Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static @Nullable AuditActor currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AuditActor actor ? actor : null;
    }

    private static @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
