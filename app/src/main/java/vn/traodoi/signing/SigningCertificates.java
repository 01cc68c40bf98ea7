package vn.traodoi.signing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
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
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.Upload;

/**
 * Each organization's certificate for signing, installed, replaced and removed by an administrator, every change
 * audited with what the certificate says (never its key nor its password). The PKCS#12 is kept in the database as
 * uploaded, since the nodes share the database and not a disk; its password sealed by {@link SigningKey}.
 */
@Service
class SigningCertificates {

    /** A PKCS#12 of a certificate, its chain and its key is a few kilobytes. */
    static final long MAX_BYTES = 256 * 1024;

    /** The installed certificate of an organization, as the page shows it. */
    record Installed(long organizationId, CertificateFacts facts, String keyAlias, Instant installedAt, long installedBy) {
    }

    /** What the audit log keeps of a certificate: what it says, nothing that signs. */
    record Audited(String subject, String issuer, String serialNumber, String validFrom, String validTo, String sha256) {

        static Audited of(CertificateFacts facts, Clock clock) {
            return new Audited(facts.subject(), facts.issuer(), facts.serialNumber(), day(facts.notBefore(), clock),
                    day(facts.notAfter(), clock), facts.sha256());
        }

        private static String day(Instant instant, Clock clock) {
            return Days.SHOWN.format(LocalDate.ofInstant(instant, clock.getZone()));
        }
    }

    private static final String COLUMNS = """
            organization_id, key_alias, subject, common_name, subject_org, issuer, serial_number, not_before, not_after,
            sha256, key_algorithm, installed_at, installed_by""";

    private final JdbcClient jdbc;
    private final OrganizationService organizations;
    private final SigningKey key;
    private final AuditLog audit;
    private final Clock clock;

    SigningCertificates(JdbcClient jdbc, OrganizationService organizations, SigningKey key, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.key = key;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organization's certificate, for an administrator; a missing organization is not found. */
    Optional<Installed> of(CurrentUser user, long organizationId) {
        requireAdmin(user);
        organizations.get(organizationId);
        return find(organizationId);
    }

    /** Whether this node's signing key opens the installed certificate's password (false: another key sealed it). */
    boolean opens(Installed installed) {
        return sealedPassword(installed.organizationId()).map(sealed -> {
            try {
                Arrays.fill(key.open(sealed, context(installed.organizationId())), (byte) 0);
                return true;
            } catch (SigningKey.WrongKeyException e) {
                return false;
            }
        }).orElse(false);
    }

    /**
     * Installs the organization's certificate from a PKCS#12 and its password, or replaces the one installed, which
     * {@code expectedSha256} names ("" when none was): another administrator's change meanwhile answers 409. A file
     * that is no PKCS#12, a wrong password, no private key, a key other than RSA or EC, a certificate expired or not yet
     * valid today are each refused beside their field.
     */
    @Transactional
    Installed install(CurrentUser user, long organizationId, Upload file, String password, String expectedSha256) {
        requireAdmin(user);
        Organization organization = organizations.get(organizationId);
        byte[] bytes = file.bytes();
        if (bytes.length == 0) {
            throw new InvalidInputException(Pkcs12.FILE, "signing.certificate.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(Pkcs12.FILE, "signing.certificate.tooLarge");
        }
        char[] secret = password.toCharArray();
        try {
            Pkcs12.Contents contents = Pkcs12.read(bytes, secret);
            CertificateFacts facts = CertificateFacts.of(contents.certificate());
            Instant now = clock.instant();
            if (now.isAfter(facts.notAfter())) {
                throw new InvalidInputException(Pkcs12.FILE, "signing.certificate.expired", day(facts.notAfter()));
            }
            if (now.isBefore(facts.notBefore())) {
                throw new InvalidInputException(Pkcs12.FILE, "signing.certificate.notYetValid", day(facts.notBefore()));
            }
            Optional<Installed> before = find(organizationId);
            if (!before.map(i -> i.facts().sha256()).orElse("").equals(expectedSha256.strip())) {
                throw new ConcurrentEditException("signing certificate", organizationId);
            }
            byte[] plain = utf8(secret);
            byte[] sealed = key.seal(plain, context(organizationId));
            Arrays.fill(plain, (byte) 0);
            jdbc.sql("""
                            INSERT INTO signing_certificates (organization_id, pkcs12, password_sealed, key_alias, subject,
                                common_name, subject_org, issuer, serial_number, not_before, not_after, sha256,
                                key_algorithm, installed_by, installed_at)
                            VALUES (:org, :pkcs12, :sealed, :alias, :subject, :cn, :o, :issuer, :serial, :notBefore,
                                :notAfter, :sha256, :algorithm, :user, :now)
                            ON CONFLICT (organization_id) DO UPDATE SET pkcs12 = :pkcs12, password_sealed = :sealed,
                                key_alias = :alias, subject = :subject, common_name = :cn, subject_org = :o,
                                issuer = :issuer, serial_number = :serial, not_before = :notBefore, not_after = :notAfter,
                                sha256 = :sha256, key_algorithm = :algorithm, installed_by = :user, installed_at = :now""")
                    .param("org", organizationId).param("pkcs12", bytes).param("sealed", sealed)
                    .param("alias", contents.alias()).param("subject", facts.subject()).param("cn", facts.commonName())
                    .param("o", facts.organization()).param("issuer", facts.issuer())
                    .param("serial", facts.serialNumber()).param("notBefore", utc(facts.notBefore()))
                    .param("notAfter", utc(facts.notAfter())).param("sha256", facts.sha256())
                    .param("algorithm", facts.keyAlgorithm()).param("user", user.userId()).param("now", utc(now))
                    .update();
            audit.record(before.isPresent() ? "SIGNING_CERTIFICATE_REPLACED" : "SIGNING_CERTIFICATE_INSTALLED",
                    "organization", organizationId, organization.name(),
                    before.map(i -> Audited.of(i.facts(), clock)).orElse(null), Audited.of(facts, clock));
            return find(organizationId).orElseThrow();
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Removes the organization's certificate (the one {@code expectedSha256} names): it signs nothing more. */
    @Transactional
    void remove(CurrentUser user, long organizationId, String expectedSha256) {
        requireAdmin(user);
        Organization organization = organizations.get(organizationId);
        Installed before = find(organizationId)
                .filter(i -> i.facts().sha256().equals(expectedSha256.strip()))
                .orElseThrow(() -> new ConcurrentEditException("signing certificate", organizationId));
        jdbc.sql("DELETE FROM signing_certificates WHERE organization_id = ? AND sha256 = ?")
                .params(organizationId, before.facts().sha256()).update();
        audit.record("SIGNING_CERTIFICATE_REMOVED", "organization", organizationId, organization.name(),
                Audited.of(before.facts(), clock), null);
    }

    /** The installed certificate of an organization, without a check of who asks (for signing). */
    Optional<Installed> find(long organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM signing_certificates WHERE organization_id = ?")
                .param(organizationId)
                .query((rs, n) -> new Installed(rs.getLong("organization_id"),
                        new CertificateFacts(rs.getString("subject"), rs.getString("common_name"),
                                rs.getString("subject_org"), rs.getString("issuer"), rs.getString("serial_number"),
                                instant(rs.getObject("not_before", OffsetDateTime.class)),
                                instant(rs.getObject("not_after", OffsetDateTime.class)), rs.getString("sha256"),
                                rs.getString("key_algorithm")),
                        rs.getString("key_alias"), instant(rs.getObject("installed_at", OffsetDateTime.class)),
                        rs.getLong("installed_by")))
                .optional();
    }

    /**
     * The key and chain to sign with, opened with this node's signing key; an {@link InvalidInputException} when none
     * is installed or another key sealed its password.
     */
    Pkcs12.Contents material(long organizationId) {
        record Stored(byte[] pkcs12, byte[] sealed, String alias) {
        }
        Stored stored = jdbc.sql("SELECT pkcs12, password_sealed, key_alias FROM signing_certificates WHERE organization_id = ?")
                .param(organizationId)
                .query((rs, n) -> new Stored(rs.getBytes(1), rs.getBytes(2), rs.getString(3)))
                .optional()
                .orElseThrow(() -> new InvalidInputException("certificate", "signing.noCertificate"));
        byte[] plain;
        try {
            plain = key.open(stored.sealed(), context(organizationId));
        } catch (SigningKey.WrongKeyException e) {
            throw new InvalidInputException("certificate", "signing.certificate.otherKey");
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
        char[] password = Arrays.copyOf(chars.array(), chars.limit());
        Arrays.fill(plain, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        try {
            return Pkcs12.reread(stored.pkcs12(), password, stored.alias());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private Optional<byte[]> sealedPassword(long organizationId) {
        return jdbc.sql("SELECT password_sealed FROM signing_certificates WHERE organization_id = ?")
                .param(organizationId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Binds a sealed password to its organization. */
    private static String context(long organizationId) {
        return "signing_certificates.password:" + organizationId;
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = Arrays.copyOf(buffer.array(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    private String day(Instant instant) {
        return Days.SHOWN.format(LocalDate.ofInstant(instant, clock.getZone()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(@Nullable OffsetDateTime time) {
        return Objects.requireNonNull(time, "a NOT NULL column").toInstant();
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators install an organization's certificate");
        }
    }
}
