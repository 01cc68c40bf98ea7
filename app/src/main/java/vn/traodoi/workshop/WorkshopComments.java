package vn.traodoi.workshop;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.notice.NoticeRequested;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;

/**
 * Comments on a workshop's draft and the responses to them. Participants comment in the app, the secretary enters
 * what the minutes record, invited experts comment through their link. A comment names a section of the latest
 * version, or the whole draft. The holder's organizers answer one by one or many at once ({@link ResponseTemplates}
 * supply reusable answers; {@link WorkshopInvitations} the experts' links).
 */
@Service
public class WorkshopComments {

    static final int MAX_COMMENT = 10_000;

    private final JdbcClient jdbc;
    private final Workshops workshops;
    private final WorkshopDrafts drafts;
    private final WorkshopInvitations invitations;
    private final AuditLog audit;
    private final SearchIndex index;

    private final ApplicationEventPublisher events;

    WorkshopComments(JdbcClient jdbc, Workshops workshops, WorkshopDrafts drafts, WorkshopInvitations invitations,
            AuditLog audit, SearchIndex index, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.workshops = workshops;
        this.drafts = drafts;
        this.invitations = invitations;
        this.audit = audit;
        this.index = index;
    }

    /**
     * A comment by a participant (its author is the user) or, with {@code authorName}, one the holder's secretary
     * enters from the minutes.
     */
    @Transactional
    public Comment add(CurrentUser user, long workshopId, @Nullable Long draftId, @Nullable Long sectionId,
            @Nullable String content, @Nullable String authorName, @Nullable String authorOrganization) {
        Workshop w = workshops.get(user, workshopId);
        boolean fromMinutes = authorName != null && !authorName.isBlank();
        if (fromMinutes && !Workshops.canEdit(user, w)) {
            throw new AccessDeniedException("only the holder enters comments from the minutes");
        }
        if (!w.open()) {
            throw new StateConflictException("workshop.closed");
        }
        String name = fromMinutes ? Workshops.text(authorName) : user.fullName();
        String organization = fromMinutes ? Workshops.text(authorOrganization) : user.organizationName();
        long id = insert(workshopId, draftId, sectionId, content, fromMinutes ? Comment.Channel.MINUTES : Comment.Channel.APP,
                name, organization, user.userId(), null, user.userId());
        Comment added = get(id);
        audit.record("WORKSHOP_COMMENT_ADDED", "workshop_comment", id, added.author(), null, added);
        index.refresh(SearchKind.COMMENT, id);
        return added;
    }

    /** A comment through an invitation link: the expert is the invited one, the workshop the invitation's. */
    @Transactional
    public Comment addByInvitation(String token, @Nullable Long draftId, @Nullable Long sectionId, @Nullable String content) {
        WorkshopInvitations.Invited invited = invitations.invited(token);
        if (!invited.workshop().open()) {
            throw new StateConflictException("workshop.closed");
        }
        Invitation i = invited.invitation();
        long id = insert(i.workshopId(), draftId, sectionId, content, Comment.Channel.INVITATION, i.expertName(),
                i.organization(), null, i.id(), null);
        Comment added = get(id);
        audit.recordAs(null, "invitation:" + i.id(), null, "WORKSHOP_COMMENT_ADDED", "workshop_comment", id,
                added.author(), null, added);
        index.refresh(SearchKind.COMMENT, id);
        return added;
    }

    private long insert(long workshopId, @Nullable Long draftId, @Nullable Long sectionId, @Nullable String content,
            Comment.Channel channel, @Nullable String authorName, @Nullable String authorOrganization,
            @Nullable Long authorUserId, @Nullable Long invitationId, @Nullable Long createdBy) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = Workshops.lines(content);
        if (text == null) {
            problems.add(new FieldProblem("content", "validation.required"));
        } else if (text.length() > MAX_COMMENT) {
            problems.add(new FieldProblem("content", "validation.tooLong"));
        }
        if (authorName == null) {
            problems.add(new FieldProblem("authorName", "validation.required"));
        }
        // A version or a section of another workshop, or a section of another version than the one named: 404.
        if (draftId != null && drafts.versions(workshopId).stream().noneMatch(v -> v.id() == draftId)) {
            throw new NotFoundException("draft", draftId);
        }
        Long sectionDraft = sectionId == null ? null : drafts.draftOfSection(workshopId, sectionId)
                .orElseThrow(() -> new NotFoundException("section", sectionId));
        if (sectionDraft != null && draftId != null && !sectionDraft.equals(draftId)) {
            throw new NotFoundException("section", sectionId);
        }
        Optional<DraftVersion> latest = drafts.latest(workshopId);
        if (draftId != null && latest.orElseThrow().id() != draftId) {
            problems.add(new FieldProblem("sectionId", "workshop.comment.oldVersion"));
        } else if (sectionDraft != null && latest.orElseThrow().id() != sectionDraft) {
            problems.add(new FieldProblem("sectionId", "workshop.comment.otherDraft"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return jdbc.sql("""
                        INSERT INTO workshop_comments (workshop_id, draft_id, section_id, channel, author_name,
                            author_organization, author_user_id, invitation_id, content, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(workshopId, draftId == null ? latest.map(DraftVersion::id).orElse(null) : draftId, sectionId,
                        channel.name(), authorName, authorOrganization, authorUserId, invitationId, text, createdBy)
                .query(Long.class).single();
    }

    /** The comments, in the order of the draft (the whole draft first), then as they came; {@code unanswered} filters. */
    public List<Comment> list(CurrentUser user, long workshopId, boolean unanswered) {
        workshops.get(user, workshopId);
        return query(jdbc, "c.workshop_id = ?" + (unanswered ? " AND c.status = 'RECEIVED'" : ""), workshopId);
    }

    /** The comments made through one invitation, for the expert's own page. */
    public List<Comment> ofInvitation(String token) {
        WorkshopInvitations.Invited invited = invitations.invited(token);
        return query(jdbc, "c.invitation_id = ?", invited.invitation().id());
    }

    /**
     * The same response to every chosen comment: ABSORBED with the changed text (or a response saying where), EXPLAINED
     * or RESERVED with the reason. {@code versions} holds the version of each comment as the page showed it; one that
     * changed since makes the whole answer 409, so nothing is overwritten unseen.
     */
    @Transactional
    public int respond(CurrentUser user, long workshopId, Map<Long, Integer> versions, @Nullable CommentStatus kind,
            @Nullable String response, @Nullable String changedText) {
        Workshop workshop = workshops.open(user, workshopId);
        Map<Long, Comment> chosen = new LinkedHashMap<>();
        for (long id : versions.keySet()) {
            Comment c = get(id);
            if (c.workshopId() != workshopId) {
                throw new NotFoundException("comment", id);
            }
            chosen.put(id, c);
        }
        String reason = Workshops.lines(response);
        String changed = Workshops.lines(changedText);
        List<FieldProblem> problems = Answers.problems(versions.size(), kind, reason, changed);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (Map.Entry<Long, Integer> e : versions.entrySet()) {
            Comment before = chosen.get(e.getKey());
            if (jdbc.sql("""
                            UPDATE workshop_comments SET status = ?, response = ?, changed_text = ?,
                                absorbed_in_draft_id = CASE WHEN ? = 'ABSORBED' THEN absorbed_in_draft_id END,
                                responded_by = ?, responded_at = now(), version = version + 1
                            WHERE id = ? AND workshop_id = ? AND version = ?""")
                    .params(kind.name(), reason, kind == CommentStatus.ABSORBED ? changed : null, kind.name(),
                            user.userId(), e.getKey(), workshopId, e.getValue()).update() != 1) {
                throw new ConcurrentEditException("comment", e.getKey());
            }
            audit.record("WORKSHOP_COMMENT_ANSWERED", "workshop_comment", e.getKey(), before.author(), before, get(e.getKey()));
            Optional<Long> author = jdbc.sql("""
                            SELECT author_user_id FROM workshop_comments WHERE id = ? AND author_user_id IS NOT NULL""")
                    .param(e.getKey()).query(Long.class).optional();
            if (author.isPresent()) {
                events.publishEvent(new NoticeRequested("comment:" + e.getKey() + ":ANSWERED:" + (e.getValue() + 1),
                        "commentAnswered." + kind.name(), List.of(workshop.title()), "/workshops/" + workshopId + "#comments",
                        Set.of(), Set.of(), Set.of(author.get()), user.userId(), true));
            }
        }
        index.refresh(SearchKind.COMMENT, versions.keySet());
        return versions.size();
    }

    Comment get(long id) {
        return query(jdbc, "c.id = ?", id).stream().findFirst().orElseThrow(() -> new NotFoundException("comment", id));
    }

    /**
     * Comments matching a condition on {@code c}, in the order of the draft: comments on the whole draft first, then by
     * the section's place in the latest version that has it (else in its own version), then as they came.
     */
    static List<Comment> query(JdbcClient jdbc, String where, Object parameter) {
        return jdbc.sql("""
                        SELECT c.id, c.workshop_id, c.draft_id, c.section_id, c.channel, c.author_name,
                               c.author_organization, c.content, c.status, c.response, c.changed_text, c.version,
                               c.created_at, d.number AS draft_number, s.label AS section_label, s.heading AS section_heading,
                               a.number AS absorbed_number, coalesce(ls.ordinal, s.ordinal) AS place
                        FROM workshop_comments c
                        LEFT JOIN workshop_drafts d ON d.id = c.draft_id
                        LEFT JOIN draft_sections s ON s.id = c.section_id
                        LEFT JOIN workshop_drafts a ON a.id = c.absorbed_in_draft_id
                        LEFT JOIN LATERAL (SELECT ld.id FROM workshop_drafts ld WHERE ld.workshop_id = c.workshop_id
                                           ORDER BY ld.number DESC LIMIT 1) latest ON true
                        LEFT JOIN draft_sections ls ON ls.draft_id = latest.id AND lower(ls.label) = lower(s.label)
                        WHERE """ + " " + where + " ORDER BY c.section_id IS NOT NULL, place NULLS LAST, c.created_at, c.id")
                .param(parameter)
                .query((rs, n) -> new Comment(rs.getLong("id"), rs.getLong("workshop_id"), (Long) rs.getObject("draft_id"),
                        (Integer) rs.getObject("draft_number"), (Long) rs.getObject("section_id"),
                        rs.getString("section_label"), rs.getString("section_heading"),
                        Comment.Channel.valueOf(rs.getString("channel")), rs.getString("author_name"),
                        rs.getString("author_organization"), rs.getString("content"),
                        CommentStatus.valueOf(rs.getString("status")), rs.getString("response"),
                        (Integer) rs.getObject("absorbed_number"), rs.getString("changed_text"), rs.getInt("version"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }
}
