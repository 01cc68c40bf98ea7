-- The search before the index (KnowledgeSearch at b3f5f57), for bench/search: its six statements, one per kind, each
-- over the features' own tables, as it ran them (each wrapped in the same ORDER BY rank, date and LIMIT). Parameters:
-- :org, :q (the query), :raw (the query URL-encoded), :limit (20).

SELECT kind, title, context, link, date FROM (
SELECT 'LESSON' AS kind, coalesce(l.topic, d.title) AS title, l.content AS context,
       '/lessons?q=' || :raw AS link, d.start_date AS date,
       ts_rank(public.vn_tsvector(coalesce(l.topic, '') || ' ' || l.content), q) AS rank
FROM lessons l JOIN delegations d ON d.id = l.delegation_id, public.vn_tsquery(:q) q
WHERE l.organization_id = :org AND public.vn_tsvector(coalesce(l.topic, '') || ' ' || l.content) @@ q
) x ORDER BY rank DESC, date DESC NULLS LAST LIMIT :limit;

SELECT kind, title, context, link, date FROM (
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
               WHERE s.delegation_id = d.id), '')) @@ q
) x ORDER BY rank DESC, date DESC NULLS LAST LIMIT :limit;

SELECT kind, title, context, link, date FROM (
SELECT 'WORKSHOP' AS kind, w.title, w.project_title AS context, '/workshops/' || w.id AS link,
       w.held_on AS date,
       ts_rank(public.vn_tsvector(w.title || ' ' || w.project_title || ' ' || coalesce(w.conclusions, '')), q) AS rank
FROM workshops w, public.vn_tsquery(:q) q
WHERE (w.owner_id = :org OR EXISTS (SELECT 1 FROM workshop_participants p
                                   WHERE p.workshop_id = w.id AND p.organization_id = :org))
  AND public.vn_tsvector(w.title || ' ' || w.project_title || ' ' || coalesce(w.conclusions, '')) @@ q
) x ORDER BY rank DESC, date DESC NULLS LAST LIMIT :limit;

SELECT kind, title, context, link, date FROM (
SELECT 'COMMENT' AS kind, w.title, c.author_name || ': ' || c.content
           || coalesce(' — ' || c.response, '') AS context,
       '/workshops/' || w.id || '#comment-' || c.id AS link, w.held_on AS date,
       ts_rank(c.search_vector, q) AS rank
FROM workshop_comments c JOIN workshops w ON w.id = c.workshop_id, public.vn_tsquery(:q) q
WHERE (w.owner_id = :org OR EXISTS (SELECT 1 FROM workshop_participants p
                                   WHERE p.workshop_id = w.id AND p.organization_id = :org))
  AND c.search_vector @@ q
) x ORDER BY rank DESC, date DESC NULLS LAST LIMIT :limit;

SELECT kind, title, context, link, date FROM (
SELECT 'TASK' AS kind, t.task AS title, t.source AS context, '/tasks/' || t.id AS link,
       t.deadline_date AS date, ts_rank(public.vn_tsvector(t.task || ' ' || coalesce(t.source, '')), q) AS rank
FROM follow_up_tasks t, public.vn_tsquery(:q) q
WHERE (t.owner_id = :org OR EXISTS (SELECT 1 FROM follow_up_task_assignees a
                                   WHERE a.task_id = t.id AND a.organization_id = :org))
  AND public.vn_tsvector(t.task || ' ' || coalesce(t.source, '')) @@ q
) x ORDER BY rank DESC, date DESC NULLS LAST LIMIT :limit;

SELECT kind, title, context, link, date FROM (
SELECT 'NEWS' AS kind, a.title, a.lead AS context,
       CASE WHEN a.organization_id = :org THEN '/news/' || a.id ELSE '/tin/' || s.slug || '/' || a.slug END AS link,
       CAST(a.publish_at AS date) AS date,
       ts_rank(public.vn_tsvector(a.title || ' ' || coalesce(a.lead, '') || ' '
           || regexp_replace(a.body_html, '<[^>]*>', ' ', 'g')), q) AS rank
FROM news_articles a JOIN news_sites s ON s.organization_id = a.organization_id, public.vn_tsquery(:q) q
WHERE (a.organization_id = :org OR (a.status = 'PUBLISHED' AND a.publish_at <= now()))
  AND public.vn_tsvector(a.title || ' ' || coalesce(a.lead, '') || ' '
           || regexp_replace(a.body_html, '<[^>]*>', ' ', 'g')) @@ q
) x ORDER BY rank DESC, date DESC NULLS LAST LIMIT :limit;
