package vn.traodoi.register;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.document.IssuedType;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;

/**
 * The register of outgoing documents (sổ đăng ký văn bản đi). Issuing a document takes its number here, in the issuing
 * transaction: per organization, year of the issue date and type, from 01 each 1 January (Decree 30/2020 Art. 15),
 * never twice. Only the organization's organizers and approvers take, see and cancel its numbers; anyone else gets 404.
 *
 * <pre>
 * take(clerk, snv, KE_HOACH, 05/01/2026, "Kế hoạch khảo sát …", "/delegations/12", null).full() → "01/KH-SNV"
 * the next plan that year → "02/KH-SNV"; the first of 2027 → "01/KH-SNV" again
 * take(clerk, snv, CONG_VAN, …, "CCVC").full() → "01/SNV-CCVC"
 * </pre>
 */
@Service
public class DocumentRegister {

    static final int LONGEST_SUMMARY = 2000;
    static final int LONGEST_LINK = 500;
    static final int LONGEST_NOTE = 1000;

    private final JdbcClient jdbc;
    private final RegisterSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    DocumentRegister(JdbcClient jdbc, RegisterSettings settings, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Takes the next number of the organization for the type, in the year of {@code issuedOn}, in the caller's
     * transaction: concurrent issuers get consecutive, distinct numbers, and a rolled-back transaction gives its number
     * back (no gap, no duplicate). Refused with {@link InvalidInputException} (each problem by its field) when the
     * organization's abbreviation is not set ({@code register.symbol.missing}), a công văn has no division, given or
     * set by default ({@code register.division.missing}), the summary or the record link is missing or the issue date
     * lies in the future; with {@link StateConflictException} {@code register.alreadyIssued} when the record already has
     * a document of this type that is not cancelled. {@code division} is used by a công văn only.
     *
     * @param recordLink the path of the record the document is issued from, such as {@code /delegations/12}; one
     *                   document of a type a record (a record with several letters gives each its own path)
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public IssuedNumber take(CurrentUser user, long organizationId, IssuedType type, LocalDate issuedOn,
            String summary, String recordLink, @Nullable String division) {
        requireStaff(user, organizationId);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuedOn, "issuedOn");
        List<FieldProblem> problems = new ArrayList<>();
        String cleanSummary = clean(summary);
        if (cleanSummary == null) {
            problems.add(new FieldProblem("summary", "register.summary.required"));
        } else if (cleanSummary.length() > LONGEST_SUMMARY) {
            problems.add(new FieldProblem("summary", "register.summary.tooLong", List.of(LONGEST_SUMMARY)));
        }
        String link = recordLink == null ? "" : recordLink.strip();
        if (!link.startsWith("/") || link.startsWith("//") || link.contains("\\") || link.length() > LONGEST_LINK
                || link.chars().anyMatch(Character::isWhitespace)) {
            problems.add(new FieldProblem("recordLink", "register.recordLink.invalid"));
        }
        if (issuedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("issuedOn", "register.issuedOn.future"));
        } else if (issuedOn.getYear() < 1900) {
            problems.add(new FieldProblem("issuedOn", "register.issuedOn.invalid"));
        }
        RegisterSettings.Settings symbols = settings.of(organizationId);
        if (symbols.issuer() == null) {
            problems.add(new FieldProblem("abbreviation", "register.symbol.missing"));
        }
        String divisionUsed = null;
        if (type == IssuedType.CONG_VAN) {
            divisionUsed = Abbreviations.normalize(division);
            if (divisionUsed == null) {
                divisionUsed = symbols.division();
            }
            if (divisionUsed == null) {
                problems.add(new FieldProblem("division", "register.division.missing"));
            } else if (!Abbreviations.valid(divisionUsed)) {
                problems.add(new FieldProblem("division", "register.abbreviation.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<IssuedNumber> before = issuedFor(organizationId, type, link);
        if (before.isPresent()) {
            throw new StateConflictException("register.alreadyIssued", before.get().full());
        }
        int year = issuedOn.getYear();
        int number = jdbc.sql("""
                        INSERT INTO register_counters AS c (organization_id, year, type, last_number)
                        VALUES (?, ?, ?, 1)
                        ON CONFLICT (organization_id, year, type) DO UPDATE SET last_number = c.last_number + 1
                        RETURNING last_number""")
                .params(organizationId, year, type.name()).query(Integer.class).single();
        String symbol = type.symbol(Objects.requireNonNull(symbols.issuer()), divisionUsed == null ? "" : divisionUsed);
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO register_entries (organization_id, year, type, number, symbol, summary, issued_on,
                                issued_by, record_link)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            RETURNING id""")
                    .params(organizationId, year, type.name(), number, symbol, cleanSummary, issuedOn, user.userId(), link)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            // Another user issued the same record's document at the same instant and committed first.
            throw new StateConflictException("register.issuedMeanwhile");
        }
        RegisterEntry entry = entry(id).orElseThrow();
        audit.recordAs(user.userId(), user.username(), user.orgId(), "REGISTER_NUMBER_TAKEN", "register_entry", id,
                entry.full() + " " + entry.summary(), null, entry);
        return entry.issued();
    }

    /** The number of the record's document of this type, unless it was cancelled: a document is numbered once. */
    public Optional<IssuedNumber> issuedFor(long organizationId, IssuedType type, String recordLink) {
        return jdbc.sql("SELECT " + RegisterEntry.COLUMNS + " FROM register_entries"
                        + " WHERE organization_id = ? AND type = ? AND record_link = ? AND cancelled_at IS NULL")
                .params(organizationId, type.name(), recordLink.strip()).query(RegisterEntry.class).optional()
                .map(RegisterEntry::issued);
    }

    /**
     * Cancels the document of an entry: the number stays taken (the next one never reuses it) and the line keeps the
     * note, who and when. The note is required ({@code register.cancel.note.required}); a stale {@code version}
     * answers 409; another organization's entry, or a user who is not its organizer or approver, 404.
     */
    @Transactional
    public void cancel(CurrentUser user, long entryId, String note, int version) {
        RegisterEntry before = entry(entryId)
                .filter(e -> isStaff(user, e.organizationId()))
                .orElseThrow(() -> new NotFoundException("register entry", entryId));
        String cleanNote = clean(note);
        if (cleanNote == null) {
            throw new InvalidInputException("note", "register.cancel.note.required");
        }
        if (cleanNote.length() > LONGEST_NOTE) {
            throw new InvalidInputException("note", "register.cancel.note.tooLong", LONGEST_NOTE);
        }
        if (before.cancelled()) {
            throw new StateConflictException("register.alreadyCancelled", before.full());
        }
        if (before.version() != version) {
            throw new ConcurrentEditException("register entry", entryId);
        }
        if (jdbc.sql("""
                        UPDATE register_entries SET cancelled_at = ?, cancelled_by = ?, cancel_note = ?, version = version + 1
                        WHERE id = ? AND version = ? AND cancelled_at IS NULL""")
                .params(OffsetDateTime.now(clock), user.userId(), cleanNote, entryId, version).update() != 1) {
            throw new ConcurrentEditException("register entry", entryId);
        }
        RegisterEntry after = entry(entryId).orElseThrow();
        audit.recordAs(user.userId(), user.username(), user.orgId(), "REGISTER_ENTRY_CANCELLED", "register_entry",
                entryId, before.full() + " " + cleanNote, before, after);
    }

    /** The abbreviation of the organization's name in its symbols ("SNV"), unknown until an administrator sets it. */
    public Optional<String> abbreviation(long organizationId) {
        return Optional.ofNullable(settings.of(organizationId).issuer());
    }

    Optional<RegisterEntry> entry(long id) {
        return jdbc.sql("SELECT " + RegisterEntry.COLUMNS + " FROM register_entries WHERE id = ?")
                .param(id).query(RegisterEntry.class).optional();
    }

    /** Who keeps an organization's register: its organizers and approvers. */
    static boolean isStaff(CurrentUser user, long organizationId) {
        return user.orgId() == organizationId && (user.has(Role.ORGANIZER) || user.has(Role.APPROVER));
    }

    static void requireStaff(CurrentUser user, long organizationId) {
        if (!isStaff(user, organizationId)) {
            throw new NotFoundException("register", organizationId);
        }
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
