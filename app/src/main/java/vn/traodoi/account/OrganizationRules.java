package vn.traodoi.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.ConcurrentEditException;

/**
 * An organization's own rules, set by an administrator, each change audited. Today one: whether who submitted a plan
 * or a trip report may approve it too (separation of duties holds unless the organization allows it, for a small body
 * with one leader). An organization never set has the defaults.
 */
@Service
public class OrganizationRules {

    /** The rules of one organization; {@code version} 0 while they were never set. */
    public record Rules(long organizationId, boolean selfApproval, int version) {
    }

    private final JdbcClient jdbc;
    private final OrganizationService organizations;
    private final AuditLog audit;

    OrganizationRules(JdbcClient jdbc, OrganizationService organizations, AuditLog audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
    }

    public Rules of(long organizationId) {
        return jdbc.sql("SELECT organization_id, self_approval, version FROM organization_settings WHERE organization_id = ?")
                .param(organizationId)
                .query((rs, n) -> new Rules(rs.getLong(1), rs.getBoolean(2), rs.getInt(3)))
                .optional().orElse(new Rules(organizationId, false, 0));
    }

    /** Whether who submitted a plan or a trip report of the organization may approve it too. */
    public boolean allowsSelfApproval(long organizationId) {
        return of(organizationId).selfApproval();
    }

    /** Sets the rules, by an administrator; a stale {@code version} answers 409. */
    @Transactional
    public Rules update(CurrentUser user, long organizationId, boolean selfApproval, int version) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators set an organization's rules");
        }
        Organization organization = organizations.get(organizationId);
        Rules before = of(organizationId);
        if (before.version() != version || jdbc.sql("""
                        INSERT INTO organization_settings AS s (organization_id, self_approval, version, updated_by)
                        VALUES (:org, :self, 1, :user)
                        ON CONFLICT (organization_id) DO UPDATE
                        SET self_approval = :self, version = s.version + 1, updated_by = :user, updated_at = now()
                        WHERE s.version = :version""")
                .param("org", organizationId).param("self", selfApproval).param("user", user.userId())
                .param("version", version).update() != 1) {
            throw new ConcurrentEditException("organization settings", organizationId);
        }
        Rules after = of(organizationId);
        audit.record("ORGANIZATION_SETTINGS_UPDATED", "organization", organizationId, organization.name(), before, after);
        return after;
    }
}
