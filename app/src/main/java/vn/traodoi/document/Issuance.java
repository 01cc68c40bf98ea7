package vn.traodoi.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.document.OfficialText.Authority;
import vn.traodoi.document.OfficialText.Signature;
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;

/**
 * Issuing a document written from a record (phát hành): the signer and their authority are checked, the next number
 * of the issuer's register is taken, the day filled, the Word file and the PDF rendered, the PDF signed when the
 * issuer has a certificate and the user asked for it, and all kept as issued, in one transaction, audited. A record's
 * document of a type is issued once (unless its number was cancelled). The issuer and the organizations it concerns
 * may download it; others get 404.
 */
@Service
public class Issuance {

    private static final String COLUMNS = """
            id, organization_id, type, record_link, number, symbol, issued_on, summary, signer_authority, signer_principal,
            signer_position, signer_name, signed, issued_at""";

    private final JdbcClient jdbc;
    private final OutgoingRegister register;
    private final DocumentSigner signer;
    private final AuditLog audit;
    private final Clock clock;

    Issuance(JdbcClient jdbc, OutgoingRegister register, DocumentSigner signer, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.signer = signer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What to issue: the type, the issuer, the record it comes from and the organizations it concerns, the division of
     * a letter's symbol, and the signer.
     */
    public record Request(IssuedType type, long organizationId, String recordLink, Set<Long> audience,
            @Nullable String division, @Nullable Authority authority, @Nullable String principal,
            @Nullable String position, @Nullable String signerName, boolean sign) {

        public Request {
            audience = Set.copyOf(audience);
        }
    }

    /** The register's abbreviation of the issuer ("SNV"), for the drafts' symbols. */
    public @Nullable String abbreviation(long organizationId) {
        return register.abbreviation(organizationId).orElse(null);
    }

    public boolean canSign(long organizationId) {
        return signer.canSign(organizationId);
    }

    /** The document this record already has of this type, if issued. */
    public @Nullable IssuedDocument issuedFor(long organizationId, IssuedType type, String recordLink) {
        return register.issuedFor(organizationId, type, recordLink).flatMap(e -> jdbc.sql(
                        "SELECT " + COLUMNS + " FROM issued_documents WHERE register_entry_id = ?").param(e.entryId())
                .query(Issuance::map).optional()).orElse(null);
    }

    @Transactional
    public IssuedDocument issue(CurrentUser user, Request request, OfficialText draft) {
        if (user.orgId() != request.organizationId() || !(user.has(Role.ORGANIZER) || user.has(Role.APPROVER))) {
            throw new NotFoundException("record", request.recordLink());
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(request.position())) {
            problems.add(new FieldProblem("position", "document.issue.position.required"));
        }
        if (blank(request.signerName())) {
            problems.add(new FieldProblem("signerName", "document.issue.signer.required"));
        }
        if (request.authority() != null && blank(request.principal())) {
            problems.add(new FieldProblem("principal", "document.issue.principal.required"));
        }
        if (request.authority() != null && !request.type().allows(request.authority())) {
            problems.add(new FieldProblem("authority", "document.issue.authority.notAllowed",
                    List.of(request.authority().abbreviation(), request.type().title())));
        }
        if (request.sign() && !signer.canSign(request.organizationId())) {
            problems.add(new FieldProblem("sign", "document.issue.noCertificate"));
        }
        Signature signature = new Signature(request.authority(), strip(request.principal()), strip(request.position()),
                strip(request.signerName()));
        OfficialText signed = new OfficialText(draft.parentBody(), draft.issuingBody(), draft.number(), draft.symbol(),
                draft.place(), draft.date(), draft.type(), draft.summary(), draft.addressees(), draft.blocks(), signature,
                draft.recipients(), draft.annex());
        String missingGlyphs = uncovered(signed);
        if (!missingGlyphs.isEmpty()) {
            problems.add(new FieldProblem("text", "document.issue.glyphs", List.of(missingGlyphs)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        register.issuedFor(request.organizationId(), request.type(), request.recordLink()).ifPresent(e -> {
            throw new StateConflictException("document.issue.already", e.full(), Days.format(e.issuedOn()));
        });
        LocalDate today = LocalDate.now(clock);
        OutgoingRegister.Entry entry = register.take(user, request.organizationId(), request.type(), today,
                draft.summary() == null ? request.type().title() : draft.summary(), request.recordLink(), request.division());
        OfficialText issued = signed.withSymbol(entry.symbol()).issued(entry.number(), today, signature.name());
        byte[] docx = issued.docx();
        byte[] pdf = issued.pdf();
        if (request.sign()) {
            pdf = signer.sign(request.organizationId(), pdf, signature);
        }
        Set<Long> audience = new LinkedHashSet<>(request.audience());
        audience.add(request.organizationId());
        long id = jdbc.sql("""
                        INSERT INTO issued_documents (organization_id, type, record_link, register_entry_id, number, symbol,
                            issued_on, summary, signer_authority, signer_principal, signer_position, signer_name, signed,
                            audience, docx, pdf, issued_by)
                        VALUES (:org, :type, :link, :entry, :number, :symbol, :day, :summary, :authority, :principal,
                            :position, :name, :signed, :audience, :docx, :pdf, :by)
                        RETURNING id""")
                .param("org", request.organizationId()).param("type", request.type().name())
                .param("link", request.recordLink()).param("entry", entry.entryId()).param("number", entry.number())
                .param("symbol", entry.symbol()).param("day", today).param("summary", draft.summary())
                .param("authority", request.authority() == null ? null : request.authority().name())
                .param("principal", signature.principal()).param("position", signature.position())
                .param("name", signature.name()).param("signed", request.sign())
                .param("audience", audience.toArray(Long[]::new)).param("docx", docx).param("pdf", pdf)
                .param("by", user.userId()).query(Long.class).single();
        IssuedDocument document = find(id);
        audit.record("DOCUMENT_ISSUED", "issued_document", id, document.numberAndSymbol(), null, document);
        return document;
    }

    /** The documents issued from this record that the user's organization may see, newest first. */
    public List<IssuedDocument> ofRecord(CurrentUser user, String recordLink) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM issued_documents WHERE record_link = ? AND ? = ANY (audience)
                        ORDER BY issued_at DESC, id DESC""").params(recordLink, user.orgId()).query(Issuance::map).list();
    }

    /** The issued file, for the issuer and the organizations it concerns; 404 for anyone else. */
    public byte[] file(CurrentUser user, long id, boolean pdf) {
        return jdbc.sql("SELECT " + (pdf ? "pdf" : "docx") + " FROM issued_documents WHERE id = ? AND ? = ANY (audience)")
                .params(id, user.orgId()).query(byte[].class).optional()
                .orElseThrow(() -> new NotFoundException("issued document", id));
    }

    public IssuedDocument get(CurrentUser user, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issued_documents WHERE id = ? AND ? = ANY (audience)")
                .params(id, user.orgId()).query(Issuance::map).optional()
                .orElseThrow(() -> new NotFoundException("issued document", id));
    }

    private IssuedDocument find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issued_documents WHERE id = ?").param(id).query(Issuance::map).single();
    }

    /** The letters of the document the embedded face cannot draw, each once. */
    static String uncovered(OfficialText t) {
        Collection<String> texts = new ArrayList<>();
        add(texts, t.parentBody(), t.issuingBody(), t.place(), t.type(), t.summary(), t.signature().principal(),
                t.signature().position(), t.signature().name());
        texts.addAll(t.addressees());
        texts.addAll(t.recipients());
        t.blocks().forEach(b -> add(texts, b.label(), b.text()));
        if (t.annex() != null) {
            texts.addAll(t.annex().titles());
            texts.addAll(t.annex().headers());
            t.annex().rows().forEach(texts::addAll);
        }
        Set<String> missing = new TreeSet<>();
        for (String text : texts) {
            text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                    .filter(cp -> !OfficialFonts.covers(Character.toString(cp)))
                    .forEach(cp -> missing.add(Character.toString(cp)));
        }
        return String.join(" ", missing);
    }

    private static void add(Collection<String> texts, @Nullable String... values) {
        for (String v : values) {
            if (v != null) {
                texts.add(v);
            }
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static @Nullable String strip(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static IssuedDocument map(ResultSet rs, int n) throws SQLException {
        return new IssuedDocument(rs.getLong("id"), rs.getLong("organization_id"), IssuedType.valueOf(rs.getString("type")),
                rs.getString("record_link"), rs.getString("number"), rs.getString("symbol"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("summary"), rs.getString("signer_authority"),
                rs.getString("signer_principal"), rs.getString("signer_position"), rs.getString("signer_name"),
                rs.getBoolean("signed"), rs.getTimestamp("issued_at").toInstant());
    }
}
