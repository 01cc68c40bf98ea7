package vn.traodoi.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;

/**
 * Ký hiệu văn bản: the abbreviation of an organization's name in its symbols ("SNV") and the division a công văn is
 * drafted by when the issue names none ("CCVC"), set by an administrator, each change audited. Never set, they are
 * unknown, and no number is taken: a suggestion from the name is offered on the form, never saved by itself.
 */
@Service
class RegisterSettings {

    /** The settings of one organization; {@code version} 0 and no abbreviation while they were never set. */
    record Settings(long organizationId, @Nullable String issuer, @Nullable String division, int version) {
    }

    private final JdbcClient jdbc;
    private final OrganizationService organizations;
    private final AuditLog audit;

    RegisterSettings(JdbcClient jdbc, OrganizationService organizations, AuditLog audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
    }

    Settings of(long organizationId) {
        return jdbc.sql("""
                        SELECT organization_id, issuer_abbreviation AS issuer, division_abbreviation AS division, version
                        FROM register_settings WHERE organization_id = ?""")
                .param(organizationId).query(Settings.class).optional()
                .orElse(new Settings(organizationId, null, null, 0));
    }

    /** The abbreviation suggested from the organization's name, for the administrator to accept or correct. */
    Optional<String> suggestion(Organization organization) {
        return Abbreviations.suggest(organization.name());
    }

    /** Sets both abbreviations, by an administrator; the issuer's is required, a stale {@code version} answers 409. */
    @Transactional
    Settings update(CurrentUser user, long organizationId, @Nullable String issuer, @Nullable String division,
            int version) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators set an organization's symbols");
        }
        Organization organization = organizations.get(organizationId);
        String cleanIssuer = Abbreviations.normalize(issuer);
        String cleanDivision = Abbreviations.normalize(division);
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanIssuer == null) {
            problems.add(new FieldProblem("issuer", "register.settings.issuer.required"));
        } else if (!Abbreviations.valid(cleanIssuer)) {
            problems.add(new FieldProblem("issuer", "register.abbreviation.invalid"));
        }
        if (cleanDivision != null && !Abbreviations.valid(cleanDivision)) {
            problems.add(new FieldProblem("division", "register.abbreviation.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Settings before = of(organizationId);
        if (before.version() != version || jdbc.sql("""
                        INSERT INTO register_settings AS s
                            (organization_id, issuer_abbreviation, division_abbreviation, version, updated_by)
                        VALUES (:org, :issuer, :division, 1, :user)
                        ON CONFLICT (organization_id) DO UPDATE
                        SET issuer_abbreviation = :issuer, division_abbreviation = :division, version = s.version + 1,
                            updated_by = :user, updated_at = now()
                        WHERE s.version = :version""")
                .param("org", organizationId).param("issuer", cleanIssuer).param("division", cleanDivision)
                .param("user", user.userId()).param("version", version).update() != 1) {
            throw new ConcurrentEditException("register settings", organizationId);
        }
        Settings after = of(organizationId);
        audit.record("REGISTER_SETTINGS_UPDATED", "register_settings", organizationId, organization.name(),
                before.version() == 0 ? null : before, after);
        return after;
    }
}
