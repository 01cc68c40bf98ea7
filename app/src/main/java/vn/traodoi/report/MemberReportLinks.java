package vn.traodoi.report;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.delegation.DelegationFacts;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.system.Hashes;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.text.VietnameseText;

/**
 * Personal links ({@code bc_…}) through which a member without an account files their report: made by the
 * organizer's staff for one member entry (a named person, or whoever reports for a group), sent by e-mail, working
 * for 1 to 90 days until revoked. Only the link's hash is stored; the link itself is shown once.
 */
@Service
public class MemberReportLinks {

    /** A link as the organizer sees it (never the token). */
    public record Link(long id, long delegationId, long memberId, String holderName, @Nullable String email,
            Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt, Instant createdAt) {

        public boolean usable(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    /** A new link with its token, shown once. */
    public record NewLink(Link link, String token) {
    }

    /** What a link opens: the link, its delegation and member entry, and the report filed so far (if any). */
    public record Opened(Link link, Delegation delegation, Delegation.Member member,
            ReportService.@Nullable MemberReport report, Map<Long, String> byTopic) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "bc_";

    private final JdbcClient jdbc;
    private final DelegationService delegations;
    private final DelegationFacts facts;
    private final ReportService reports;
    private final AuditLog audit;
    private final Clock clock;

    MemberReportLinks(JdbcClient jdbc, DelegationService delegations, DelegationFacts facts, ReportService reports,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.delegations = delegations;
        this.facts = facts;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    /** A link for one member entry of the organizer's delegation, valid {@code days} days (1 to 90). */
    @Transactional
    public NewLink create(CurrentUser user, long delegationId, long memberId, @Nullable String holderName,
            @Nullable String email, int days) {
        Delegation d = organizersOwn(user, delegationId);
        if (d.members().stream().noneMatch(m -> m.id() == memberId)) {
            throw new NotFoundException("member", memberId);
        }
        String name = holderName == null ? "" : VietnameseText.normalize(holderName);
        String mail = email == null || email.isBlank() ? null : email.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("holderName", "validation.required"));
        }
        if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("email", "report.link.email"));
        }
        if (days < 1 || days > 90) {
            problems.add(new FieldProblem("days", "report.link.days"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = jdbc.sql("""
                        INSERT INTO member_report_links (delegation_id, member_id, token_hash, holder_name, email,
                            expires_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(delegationId, memberId, Hashes.sha256Hex(token), name, mail,
                        OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofDays(days)), clock.getZone()),
                        user.userId())
                .query(Long.class).single();
        Link created = find(id);
        audit.record("MEMBER_REPORT_LINK_CREATED", "delegation", delegationId, name, null, created);
        return new NewLink(created, token);
    }

    /** Revokes a link of the organizer's delegation; a revoked link stays revoked. */
    @Transactional
    public void revoke(CurrentUser user, long delegationId, long linkId) {
        organizersOwn(user, delegationId);
        Link before = find(linkId);
        if (before.delegationId() != delegationId) {
            throw new NotFoundException("link", linkId);
        }
        if (before.revokedAt() == null) {
            jdbc.sql("UPDATE member_report_links SET revoked_at = now() WHERE id = ?").param(linkId).update();
            audit.record("MEMBER_REPORT_LINK_REVOKED", "delegation", delegationId, before.holderName(), before,
                    find(linkId));
        }
    }

    /** The links of a delegation the user may see, newest first (for its organizer's staff; none for others). */
    public List<Link> of(CurrentUser user, Delegation d) {
        if (d.organizerId() != user.orgId()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM member_report_links WHERE delegation_id = ? ORDER BY id DESC").param(d.id())
                .query((rs, n) -> link(rs)).list();
    }

    /**
     * What a token opens: 404 for one never given, {@link LinkUnusableException} (410) for one expired or revoked.
     */
    public Opened open(@Nullable String token) {
        Link link = byToken(token);
        Delegation d = facts.forMemberLink(link.delegationId()).orElseThrow(() -> new NotFoundException("link", "?"));
        Delegation.Member member = d.members().stream().filter(m -> m.id() == link.memberId()).findFirst()
                .orElseThrow(() -> new NotFoundException("link", "?"));
        ReportService.MemberReport report = reports.reportOf(member.id()).orElse(null);
        return new Opened(link, d, member, report, report == null ? Map.of() : reports.topicTexts(report.id()));
    }

    /** Files (or corrects) the report of the link's member entry. */
    @Transactional
    public void file(@Nullable String token, @Nullable String learned, @Nullable String proposals,
            Map<Long, String> byTopic) {
        Opened opened = open(token);
        reports.store(opened.delegation(), opened.member(), null, opened.link(), learned, proposals, byTopic);
        jdbc.sql("UPDATE member_report_links SET last_used_at = now() WHERE id = ?").param(opened.link().id()).update();
    }

    private Link byToken(@Nullable String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            throw new NotFoundException("link", "?");
        }
        Link link = jdbc.sql("SELECT * FROM member_report_links WHERE token_hash = ?").param(Hashes.sha256Hex(token))
                .query((rs, n) -> link(rs)).optional().orElseThrow(() -> new NotFoundException("link", "?"));
        if (link.revokedAt() != null) {
            throw new LinkUnusableException("report.link.revoked");
        }
        if (!link.usable(clock.instant())) {
            throw new LinkUnusableException("report.link.expired");
        }
        return link;
    }

    private Delegation organizersOwn(CurrentUser user, long delegationId) {
        Delegation d = delegations.get(user, delegationId);
        if (d.organizerId() != user.orgId() || !user.has(Role.ORGANIZER)) {
            throw new AccessDeniedException("the organizer's staff send members' links");
        }
        return d;
    }

    private Link find(long id) {
        return jdbc.sql("SELECT * FROM member_report_links WHERE id = ?").param(id).query((rs, n) -> link(rs)).optional()
                .orElseThrow(() -> new NotFoundException("link", id));
    }

    private static Link link(ResultSet rs) throws SQLException {
        return new Link(rs.getLong("id"), rs.getLong("delegation_id"), rs.getLong("member_id"), rs.getString("holder_name"),
                rs.getString("email"), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                instant(rs, "revoked_at"), instant(rs, "last_used_at"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A link that was given but no longer works: expired, or revoked. */
    public static class LinkUnusableException extends RuntimeException {

        private final String messageCode;

        LinkUnusableException(String messageCode) {
            super(messageCode);
            this.messageCode = messageCode;
        }

        public String messageCode() {
            return messageCode;
        }
    }
}
