package vn.traodoi.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.delegation.DelegationForm;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.delegation.DocumentForm;
import vn.traodoi.delegation.DocumentType;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.text.VietnameseText;
import vn.traodoi.text.extract.ArticleExtractor;
import vn.traodoi.text.extract.DateMention;
import vn.traodoi.text.extract.DocumentReference;
import vn.traodoi.text.extract.EventKind;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.text.extract.Fact;
import vn.traodoi.text.extract.PersonMention;

/**
 * Imports articles for the user's organization: stores the text once (the same article again finds the earlier
 * import), extracts its facts, proposes a draft delegation, and creates it when the user confirms.
 */
@Service
public class ImportService {

    /** What the import page proposes; the user corrects it before confirming. */
    record Proposal(DelegationKind kind, @Nullable String title, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
            boolean monthOnly, @Nullable Integer declaredMemberCount, @Nullable Long organizerId) {
    }

    /** The confirmed choices: the draft's fields and which extracted facts to keep, with each member's role. */
    record Confirmation(DelegationForm form, long organizerId, List<Integer> documents, List<Integer> topics,
            Map<Integer, MemberRole> members) {
    }

    record Submitted(ArticleImport articleImport, boolean existing) {
    }

    private final JdbcClient jdbc;
    private final DelegationService delegations;
    private final OrganizationService organizations;
    private final AuditLog audit;

    ImportService(JdbcClient jdbc, DelegationService delegations, OrganizationService organizations, AuditLog audit) {
        this.jdbc = jdbc;
        this.delegations = delegations;
        this.organizations = organizations;
        this.audit = audit;
    }

    @Transactional
    Submitted submit(CurrentUser user, String rawText, @Nullable String sourceName) {
        requireOrganizer(user);
        String text = ArticleExtractor.normalize(rawText);
        if (text.isBlank()) {
            throw new InvalidInputException("text", "import.text.empty");
        }
        String hash = vn.traodoi.system.Hashes.sha256Hex(text);
        Optional<ArticleImport> earlier = jdbc.sql("SELECT * FROM article_imports WHERE organization_id = ? AND content_hash = ?")
                .params(user.orgId(), hash).query(ArticleImport.class).optional();
        if (earlier.isPresent()) {
            return new Submitted(earlier.get(), true);
        }
        ExtractedRecord record = ArticleExtractor.standard().extract(text, LocalDate.now());
        long id = jdbc.sql("""
                        INSERT INTO article_imports (organization_id, content_hash, source_name, article_text, headline, created_by)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(user.orgId(), hash, sourceName, text, record.headline(), user.userId()).query(Long.class).single();
        audit.record("ARTICLE_IMPORTED", "article_import", id, record.headline(), null,
                Map.of("sourceName", String.valueOf(sourceName), "hash", hash));
        return new Submitted(get(user, id), false);
    }

    ArticleImport get(CurrentUser user, long id) {
        return jdbc.sql("SELECT * FROM article_imports WHERE id = ? AND organization_id = ?").params(id, user.orgId())
                .query(ArticleImport.class).optional().orElseThrow(() -> new NotFoundException("article import", id));
    }

    List<ArticleImport> recent(CurrentUser user) {
        return jdbc.sql("SELECT * FROM article_imports WHERE organization_id = ? ORDER BY created_at DESC, id DESC LIMIT 50")
                .param(user.orgId()).query(ArticleImport.class).list();
    }

    ExtractedRecord extract(ArticleImport articleImport) {
        return ArticleExtractor.standard().extract(articleImport.articleText(), articleImport.createdAt().toLocalDate());
    }

    Proposal propose(CurrentUser user, ExtractedRecord record) {
        String folded = VietnameseText.fold(record.headline() == null ? record.text() : record.headline() + " "
                + record.text().substring(0, Math.min(record.text().length(), 400)));
        DelegationKind kind = folded.contains("khao sat") ? DelegationKind.SURVEY
                : folded.contains("hoc tap") || folded.contains("nghien cuu") ? DelegationKind.STUDY
                : folded.contains("trao doi") ? DelegationKind.EXCHANGE : DelegationKind.WORKING;
        List<LocalDate> documentDates = record.documents().stream().map(d -> d.value().issuedOn())
                .filter(java.util.Objects::nonNull).toList();
        Optional<DateMention.Days> visit = record.dates().stream().map(Fact::value)
                .filter(DateMention.Days.class::isInstance).map(DateMention.Days.class::cast)
                .filter(d -> !documentDates.contains(d.start()) && !d.start().equals(record.publishedOn()))
                .max(Comparator.comparingLong(d -> d.end().toEpochDay() - d.start().toEpochDay()));
        Optional<DateMention.Month> month = record.dates().stream().map(Fact::value)
                .filter(DateMention.Month.class::isInstance).map(DateMention.Month.class::cast).findFirst();
        LocalDate start = visit.map(DateMention.Days::start).orElse(month.map(m -> m.month().atDay(1)).orElse(null));
        LocalDate end = visit.map(DateMention.Days::end).orElse(month.map(m -> m.month().atEndOfMonth()).orElse(null));
        Integer count = record.memberCounts().isEmpty() ? null : record.memberCounts().getFirst().value();
        Long organizer = record.eventKind().value() == EventKind.INCOMING_DELEGATION ? guessVisitor(record).orElse(null)
                : Long.valueOf(user.orgId());
        return new Proposal(kind, record.headline(), start, end, visit.isEmpty() && month.isPresent(), count, organizer);
    }

    /** The visiting organization of an incoming article: the first known organization after "Đoàn … của". */
    private Optional<Long> guessVisitor(ExtractedRecord record) {
        String head = record.headline() == null ? "" : record.headline();
        int of = head.indexOf(" của ");
        String after = of < 0 ? head : head.substring(of + 5);
        return organizations.all().stream()
                .filter(o -> matches(after, o.name()))
                .max(Comparator.comparingInt(o -> o.name().length())).map(Organization::id);
    }

    private static boolean matches(String text, String name) {
        String t = VietnameseText.fold(expand(text));
        String n = VietnameseText.fold(expand(name));
        return t.startsWith(n) || t.equals(n);
    }

    private static String expand(String s) {
        return s.replace("UBND", "Ủy ban nhân dân").replace("HĐND", "Hội đồng nhân dân").replace("TP.HCM", "Thành phố Hồ Chí Minh");
    }

    @Transactional
    long confirm(CurrentUser user, long id, Confirmation confirmation) {
        ArticleImport stored = get(user, id);
        if (stored.delegationId() != null) {
            return stored.delegationId();
        }
        ExtractedRecord record = extract(stored);
        List<DocumentForm> documents = new ArrayList<>();
        for (int i : confirmation.documents()) {
            if (i >= 0 && i < record.documents().size()) {
                DocumentReference d = record.documents().get(i).value();
                documents.add(new DocumentForm(documentType(d.type()), d.symbol(), d.issuedOn(), null, null, d.issuer(),
                        null, 0));
            }
        }
        List<String> topics = confirmation.topics().stream().filter(i -> i >= 0 && i < record.topics().size())
                .map(i -> record.topics().get(i).value()).toList();
        List<DelegationService.ImportedMember> members = new ArrayList<>();
        confirmation.members().forEach((i, role) -> {
            if (i >= 0 && i < record.people().size()) {
                PersonMention p = record.people().get(i).value();
                members.add(new DelegationService.ImportedMember(role,
                        p.name() + (p.titles().isEmpty() ? "" : ", " + p.titles().getLast())));
            }
        });
        Delegation created = delegations.importDraft(user, new DelegationService.ImportedDraft(confirmation.form(),
                confirmation.organizerId(), documents, topics, members),
                "Nhập từ bài viết" + (stored.sourceName() == null ? "" : " “" + stored.sourceName() + "”")
                        + " ngày " + vn.traodoi.system.Days.SHOWN.format(stored.createdAt()) + ".");
        jdbc.sql("UPDATE article_imports SET delegation_id = ? WHERE id = ?").params(created.id(), id).update();
        return created.id();
    }

    static DocumentType documentType(String word) {
        return switch (VietnameseText.fold(word).toLowerCase(Locale.ROOT)) {
            case "ke hoach" -> DocumentType.KE_HOACH;
            case "cong van" -> DocumentType.CONG_VAN;
            case "quyet dinh" -> DocumentType.QUYET_DINH;
            case "nghi quyet" -> DocumentType.NGHI_QUYET;
            case "thong bao" -> DocumentType.THONG_BAO;
            case "chi thi" -> DocumentType.CHI_THI;
            case "ket luan" -> DocumentType.KET_LUAN;
            case "to trinh" -> DocumentType.TO_TRINH;
            case "bao cao" -> DocumentType.BAO_CAO;
            case "luat" -> DocumentType.LUAT;
            case "nghi dinh" -> DocumentType.NGHI_DINH;
            case "thong tu" -> DocumentType.THONG_TU;
            default -> DocumentType.KHAC;
        };
    }

    private static void requireOrganizer(CurrentUser user) {
        if (!user.has(Role.ORGANIZER)) {
            throw new AccessDeniedException("organizers import articles");
        }
    }

}
