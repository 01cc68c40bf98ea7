package vn.traodoi.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.traodoi.account.CurrentUser;

/**
 * Searches, with one folded full-text query (so "chinh quyen do thi" finds "chính quyền đô thị" and "123/QĐ-UBND"
 * stays one word), only what the user's organization may see: its lessons; the delegations it organizes or hosts
 * (title, purpose, topics, sessions' topics); the workshops it holds or takes part in, and their comments and responses; the tasks it
 * assigned or was given; its own articles and the published articles of every portal. Best matches first. A
 * delegation is found by its title, purpose, topics and the topics of its sessions (where an imported article's
 * agenda goes).
 */
@Service
public class KnowledgeSearch {

    /** One hit: what it is, its title, a line of context, where it leads, and its date when known. */
    public record Hit(String kind, String title, @Nullable String context, String link, @Nullable LocalDate date) {
    }

    static final int PER_KIND = 20;

    private final JdbcClient jdbc;

    KnowledgeSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The hits by kind (LESSON, DELEGATION, WORKSHOP, COMMENT, TASK, NEWS), each list best first. */
    public Map<String, List<Hit>> search(CurrentUser user, @Nullable String q) {
        Map<String, List<Hit>> out = new LinkedHashMap<>();
        if (q == null || q.isBlank() || q.strip().length() > 200) {
            return out;
        }
        String query = q.strip();
        out.put("LESSON", hits("""
                        SELECT 'LESSON' AS kind, coalesce(l.topic, d.title) AS title, l.content AS context,
                               '/lessons?q=' || :raw AS link, d.start_date AS date,
                               ts_rank(public.vn_tsvector(coalesce(l.topic, '') || ' ' || l.content), q) AS rank
                        FROM lessons l JOIN delegations d ON d.id = l.delegation_id, public.vn_tsquery(:q) q
                        WHERE l.organization_id = :org AND public.vn_tsvector(coalesce(l.topic, '') || ' ' || l.content) @@ q""", user, query));
        out.put("DELEGATION", hits("""
                        SELECT 'DELEGATION' AS kind, d.title, d.purpose AS context, '/delegations/' || d.id AS link,
                               d.start_date AS date,
                               ts_rank(public.vn_tsvector(d.title || ' ' || coalesce(d.purpose, '') || ' ' || coalesce(
                                   (SELECT string_agg(t.content, ' ') FROM delegation_topics t WHERE t.delegation_id = d.id), '')
                                   || ' ' || coalesce((SELECT string_agg(st.content, ' ') FROM delegation_stops s
                                       JOIN delegation_sessions ss ON ss.stop_id = s.id JOIN session_topics st ON st.session_id = ss.id
                                       WHERE s.delegation_id = d.id), '')), q) AS rank
                        FROM delegations d, public.vn_tsquery(:q) q
                        WHERE (d.organizer_id = :org OR (d.host_requested_at IS NOT NULL AND EXISTS (
                                   SELECT 1 FROM delegation_stops s WHERE s.delegation_id = d.id AND s.host_organization_id = :org)))
                          AND public.vn_tsvector(d.title || ' ' || coalesce(d.purpose, '') || ' ' || coalesce(
                                   (SELECT string_agg(t.content, ' ') FROM delegation_topics t WHERE t.delegation_id = d.id), '')
                                   || ' ' || coalesce((SELECT string_agg(st.content, ' ') FROM delegation_stops s
                                       JOIN delegation_sessions ss ON ss.stop_id = s.id JOIN session_topics st ON st.session_id = ss.id
                                       WHERE s.delegation_id = d.id), '')) @@ q""",
                user, query));
        out.put("WORKSHOP", hits("""
                        SELECT 'WORKSHOP' AS kind, w.title, w.project_title AS context, '/workshops/' || w.id AS link,
                               w.held_on AS date,
                               ts_rank(public.vn_tsvector(w.title || ' ' || w.project_title || ' ' || coalesce(w.conclusions, '')), q) AS rank
                        FROM workshops w, public.vn_tsquery(:q) q
                        WHERE (w.owner_id = :org OR EXISTS (SELECT 1 FROM workshop_participants p
                                                           WHERE p.workshop_id = w.id AND p.organization_id = :org))
                          AND public.vn_tsvector(w.title || ' ' || w.project_title || ' ' || coalesce(w.conclusions, '')) @@ q""",
                user, query));
        out.put("COMMENT", hits("""
                        SELECT 'COMMENT' AS kind, w.title, c.author_name || ': ' || c.content
                                   || coalesce(' — ' || c.response, '') AS context,
                               '/workshops/' || w.id || '#comment-' || c.id AS link, w.held_on AS date,
                               ts_rank(c.search_vector, q) AS rank
                        FROM workshop_comments c JOIN workshops w ON w.id = c.workshop_id, public.vn_tsquery(:q) q
                        WHERE (w.owner_id = :org OR EXISTS (SELECT 1 FROM workshop_participants p
                                                           WHERE p.workshop_id = w.id AND p.organization_id = :org))
                          AND c.search_vector @@ q""", user, query));
        out.put("TASK", hits("""
                        SELECT 'TASK' AS kind, t.task AS title, t.source AS context, '/tasks/' || t.id AS link,
                               t.deadline_date AS date, ts_rank(public.vn_tsvector(t.task || ' ' || coalesce(t.source, '')), q) AS rank
                        FROM follow_up_tasks t, public.vn_tsquery(:q) q
                        WHERE (t.owner_id = :org OR EXISTS (SELECT 1 FROM follow_up_task_assignees a
                                                           WHERE a.task_id = t.id AND a.organization_id = :org))
                          AND public.vn_tsvector(t.task || ' ' || coalesce(t.source, '')) @@ q""", user, query));
        out.put("NEWS", hits("""
                        SELECT 'NEWS' AS kind, a.title, a.lead AS context,
                               CASE WHEN a.organization_id = :org THEN '/news/' || a.id ELSE '/tin/' || s.slug || '/' || a.slug END AS link,
                               CAST(a.publish_at AS date) AS date,
                               ts_rank(public.vn_tsvector(a.title || ' ' || coalesce(a.lead, '') || ' '
                                   || regexp_replace(a.body_html, '<[^>]*>', ' ', 'g')), q) AS rank
                        FROM news_articles a JOIN news_sites s ON s.organization_id = a.organization_id, public.vn_tsquery(:q) q
                        WHERE (a.organization_id = :org OR (a.status = 'PUBLISHED' AND a.publish_at <= now()))
                          AND public.vn_tsvector(a.title || ' ' || coalesce(a.lead, '') || ' '
                                   || regexp_replace(a.body_html, '<[^>]*>', ' ', 'g')) @@ q""", user, query));
        out.values().removeIf(List::isEmpty);
        return out;
    }

    private List<Hit> hits(String sql, CurrentUser user, String q) {
        return jdbc.sql("SELECT kind, title, context, link, date FROM (" + sql + ") x ORDER BY rank DESC, date DESC NULLS LAST LIMIT :limit")
                .param("org", user.orgId()).param("q", q)
                .param("raw", java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                .param("limit", PER_KIND)
                .query((rs, n) -> new Hit(rs.getString("kind"), rs.getString("title"), rs.getString("context"),
                        rs.getString("link"), rs.getObject("date", LocalDate.class)))
                .list();
    }
}
