package vn.traodoi.workshop;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.Hashes;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;

/**
 * Comments on a workshop's draft and the responses to them. Participants comment in the app, the secretary enters
 * what the minutes record, invited experts comment through their link. A comment names a section of the latest
 * version, or the whole draft. The holder's organizers answer one by one or many at once, with reusable templates.
 */
@Service
public class WorkshopComments {

    /** Where an expert's link leads: the invitation and its workshop. */
    public record Invited(Invitation invitation, Workshop workshop) {
    }

    /** A new invitation with its token, shown once. */
    public record NewInvitation(Invitation invitation, String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MAX_COMMENT = 10_000;

    private final JdbcClient jdbc;
    private final Workshops workshops;
    private final WorkshopDrafts drafts;
    private final AuditLog audit;
    private final Clock clock;
    private final vn.traodoi.system.ReminderMail mail;
    private final SearchIndex index;

    WorkshopComments(JdbcClient jdbc, Workshops workshops, WorkshopDrafts drafts, AuditLog audit, Clock clock,
            vn.traodoi.system.ReminderMail mail, SearchIndex index) {
        this.index = index;
        this.jdbc = jdbc;
        this.workshops = workshops;
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
        this.mail = mail;
    }

    /** How sending the link by e-mail went: not asked (no address), no SMTP server, sent, or failed. */
    public enum Mailing {
        NO_ADDRESS, NO_SMTP, SENT, FAILED
    }

    /**
     * Sends the invitation link to the expert's address, when one was given and an SMTP server is configured; the
     * link is shown to the secretary in any case, so a failure loses nothing.
     */
    public Mailing mail(NewInvitation created, String link) {
        Invitation i = created.invitation();
        if (i.email() == null) {
            return Mailing.NO_ADDRESS;
        }
        if (!mail.configured()) {
            return Mailing.NO_SMTP;
        }
        Workshop w = workshops.find(i.workshopId()).orElseThrow();
        String until = vn.traodoi.system.Days.SHOWN
                .format(i.expiresAt().atZone(clock.getZone()).toLocalDate());
        String draft = vn.traodoi.text.VietnameseText.fold(w.projectTitle()).startsWith("du thao") ? w.projectTitle()
                : "dự thảo " + w.projectTitle();
        try {
            mail.send(List.of(i.email()), vn.traodoi.system.ReminderMail.shorten("Mời góp ý " + draft),
                    "Kính gửi " + i.expertName() + ",\n\n" + w.ownerName() + " trân trọng đề nghị cho ý kiến góp ý đối với "
                            + draft + " (" + w.title() + ").\n\nĐọc dự thảo và góp ý theo từng mục tại: " + link
                            + "\nĐường dẫn có hiệu lực đến hết ngày " + until + "; không cần tài khoản.\n\nTrân trọng cảm ơn.\n"
                            + w.ownerName());
            return Mailing.SENT;
        } catch (RuntimeException e) {
            return Mailing.FAILED;
        }
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
            throw new org.springframework.security.access.AccessDeniedException("only the holder enters comments from the minutes");
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
        Invited invited = invited(token);
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
        Invited invited = invited(token);
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
        workshops.open(user, workshopId);
        Map<Long, Comment> chosen = new java.util.LinkedHashMap<>();
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
        }
        index.refresh(SearchKind.COMMENT, versions.keySet());
        return versions.size();
    }

    public List<ResponseTemplate> templates(CurrentUser user) {
        return jdbc.sql("SELECT id, kind, text FROM response_templates WHERE owner_id = ? ORDER BY kind, text")
                .param(user.orgId())
                .query((rs, n) -> new ResponseTemplate(rs.getLong("id"), CommentStatus.valueOf(rs.getString("kind")),
                        rs.getString("text"))).list();
    }

    @Transactional
    public void addTemplate(CurrentUser user, @Nullable CommentStatus kind, @Nullable String text) {
        if (!user.has(Role.ORGANIZER) && !user.has(Role.APPROVER)) {
            throw new org.springframework.security.access.AccessDeniedException("organizers keep templates");
        }
        String t = Workshops.lines(text);
        if (kind == null || kind == CommentStatus.RECEIVED) {
            throw new InvalidInputException("templateKind", "validation.required");
        }
        if (t == null) {
            throw new InvalidInputException("templateText", "validation.required");
        }
        if (t.length() > 2000) {
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
        ResponseTemplate t = templates(user).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("response_template", id));
        if (!user.has(Role.ORGANIZER) && !user.has(Role.APPROVER)) {
            throw new org.springframework.security.access.AccessDeniedException("organizers keep templates");
        }
        if (jdbc.sql("DELETE FROM response_templates WHERE id = ? AND owner_id = ?").params(id, user.orgId()).update() != 1) {
            throw new NotFoundException("response_template", id);
        }
        audit.record("RESPONSE_TEMPLATE_DELETED", "response_template", id, t.text(), t, null);
    }

    /** A link for an outside expert, valid for {@code days} days (1 to 90); the token is returned only now. */
    @Transactional
    public NewInvitation invite(CurrentUser user, long workshopId, @Nullable String expertName,
            @Nullable String organization, @Nullable String email, int days) {
        workshops.open(user, workshopId);
        String name = Workshops.text(expertName);
        String mail = Workshops.text(email);
        List<FieldProblem> problems = Invitation.requestProblems(name, mail, days);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = "gy_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = jdbc.sql("""
                        INSERT INTO workshop_invitations (workshop_id, token_hash, expert_name, organization, email,
                            expires_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(workshopId, Hashes.sha256Hex(token), name, Workshops.text(organization), mail,
                        OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofDays(days)), clock.getZone()),
                        user.userId())
                .query(Long.class).single();
        Invitation created = invitations(workshopId).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
        audit.record("WORKSHOP_INVITATION_CREATED", "workshop", workshopId, created.expertName(), null, created);
        return new NewInvitation(created, token);
    }

    @Transactional
    public void revoke(CurrentUser user, long workshopId, long invitationId) {
        workshops.editable(user, workshopId);
        Invitation before = invitations(workshopId).stream().filter(i -> i.id() == invitationId).findFirst()
                .orElseThrow(() -> new NotFoundException("invitation", invitationId));
        if (before.revokedAt() != null) {
            return;
        }
        if (jdbc.sql("UPDATE workshop_invitations SET revoked_at = now() WHERE id = ? AND workshop_id = ?")
                .params(invitationId, workshopId).update() != 1) {
            throw new NotFoundException("invitation", invitationId);
        }
        Invitation after = invitations(workshopId).stream().filter(i -> i.id() == invitationId).findFirst().orElseThrow();
        audit.record("WORKSHOP_INVITATION_REVOKED", "workshop", workshopId, before.expertName(), before, after);
    }

    public List<Invitation> invitations(long workshopId) {
        return jdbc.sql("SELECT * FROM workshop_invitations WHERE workshop_id = ? ORDER BY id").param(workshopId)
                .query((rs, n) -> invitation(rs)).list();
    }

    /**
     * The invitation of a token and its workshop: 404 for a token that was never given, 410 (with the reason) for one
     * that expired or was revoked.
     */
    public Invited invited(@Nullable String token) {
        if (!Invitation.tokenShaped(token)) {
            throw new NotFoundException("invitation", "?");
        }
        Invitation i = jdbc.sql("SELECT * FROM workshop_invitations WHERE token_hash = ?").param(Hashes.sha256Hex(token))
                .query((rs, n) -> invitation(rs)).optional().orElseThrow(() -> new NotFoundException("invitation", "?"));
        if (i.revokedAt() != null) {
            throw new InvitationUnusableException("workshop.invitation.revokedLink");
        }
        if (!i.usable(clock.instant())) {
            throw new InvitationUnusableException("workshop.invitation.expiredLink");
        }
        return new Invited(i, workshops.find(i.workshopId()).orElseThrow());
    }

    public Instant now() {
        return clock.instant();
    }

    Comment get(long id) {
        return query(jdbc, "c.id = ?", id).stream().findFirst().orElseThrow(() -> new NotFoundException("comment", id));
    }

    private static Invitation invitation(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new Invitation(rs.getLong("id"), rs.getLong("workshop_id"), rs.getString("expert_name"),
                rs.getString("organization"), rs.getString("email"),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(), revoked == null ? null : revoked.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
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
