package vn.traodoi.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.delegation.DocumentForm;
import vn.traodoi.place.Organization;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.system.Days;
import vn.traodoi.system.Hashes;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;
import vn.traodoi.task.FollowUpTask;
import vn.traodoi.task.TaskForm;
import vn.traodoi.task.TaskService;
import vn.traodoi.text.extract.ArticleExtractor;
import vn.traodoi.text.extract.ExtractedRecord;

/**
 * Imports articles for the user's organization: stores the text once (the same article again finds the earlier
 * import), extracts its facts, proposes a draft delegation with the records that look like the same visit, and, when
 * the user confirms, creates the delegation with its stops, members, sessions and tasks, or links the article to the
 * delegation already on record. An import is confirmed once: a second confirmation (two clicks, two clients) is
 * refused (409) and creates nothing.
 */
@Service
class ImportService {

    record Submitted(ArticleImport articleImport, boolean existing) {
    }

    /** What the audit log keeps of an import's state (not its text). */
    record State(@Nullable Long delegationId, @Nullable Long workshopId, boolean linked) {

        static State of(ArticleImport i) {
            return new State(i.delegationId(), i.workshopId(), i.linked());
        }
    }

    private static final Pattern INDEXED = Pattern.compile("^stops\\[(\\d+)]\\.sessions\\[(\\d+)](.*)$");
    private static final Pattern MEMBER = Pattern.compile("^members\\[(\\d+)](.*)$");

    private final JdbcClient jdbc;
    private final ArticleReader reader;
    private final DelegationService delegations;
    private final TaskService tasks;
    private final Directory directory;
    private final Proposals proposals;
    private final Lookalikes lookalikes;
    private final AuditLog audit;
    private final ArchiveReviews archiveReviews;
    private final SearchIndex index;

    private final Clock clock;


    ImportService(JdbcClient jdbc, ArticleReader reader, DelegationService delegations, TaskService tasks,
            Directory directory, Proposals proposals, Lookalikes lookalikes, AuditLog audit,
            ArchiveReviews archiveReviews, SearchIndex index, Clock clock) {

        this.clock = clock;
        this.index = index;
        this.jdbc = jdbc;
        this.reader = reader;
        this.delegations = delegations;
        this.tasks = tasks;
        this.directory = directory;
        this.proposals = proposals;
        this.lookalikes = lookalikes;
        this.audit = audit;
        this.archiveReviews = archiveReviews;
    }

    @Transactional
    Submitted submit(CurrentUser user, String rawText, @Nullable String sourceName) {
        requireOrganizer(user);
        String text = ArticleExtractor.normalize(rawText);
        if (text.isBlank()) {
            throw new InvalidInputException("text", "import.text.empty");
        }
        String hash = Hashes.sha256Hex(text);
        Optional<ArticleImport> earlier = jdbc.sql("SELECT * FROM article_imports WHERE organization_id = ? AND content_hash = ?")
                .params(user.orgId(), hash).query(ArticleImport.class).optional();
        if (earlier.isPresent()) {
            return new Submitted(earlier.get(), true);
        }
        ExtractedRecord record = reader.read(text, LocalDate.now(clock));
        long id = jdbc.sql("""
                        INSERT INTO article_imports (organization_id, content_hash, source_name, article_text, headline, created_by)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(user.orgId(), hash, sourceName, text, record.headline(), user.userId()).query(Long.class).single();
        audit.record("ARTICLE_IMPORTED", "article_import", id, record.headline(), null,
                Map.of("sourceName", String.valueOf(sourceName), "hash", hash));
        index.refresh(SearchKind.IMPORT, id);
        return new Submitted(get(user, id), false);
    }

    /** The import if it is the user's organization's; otherwise 404, as if it did not exist. */
    ArticleImport get(CurrentUser user, long id) {
        return jdbc.sql("SELECT * FROM article_imports WHERE id = ? AND organization_id = ?").params(id, user.orgId())
                .query(ArticleImport.class).optional().orElseThrow(() -> new NotFoundException("article import", id));
    }

    List<ArticleImport> recent(CurrentUser user) {
        // An archive's articles are listed with their archive, not here among the articles imported one by one.
        return jdbc.sql("""
                        SELECT * FROM article_imports a WHERE a.organization_id = ?
                          AND NOT EXISTS (SELECT 1 FROM archive_items i WHERE i.article_import_id = a.id
                                          AND i.state <> 'DUPLICATE')
                        ORDER BY a.created_at DESC, a.id DESC LIMIT 50""")
                .param(user.orgId()).query(ArticleImport.class).list();
    }

    ExtractedRecord extract(ArticleImport articleImport) {
        return reader.read(articleImport.articleText(), articleImport.createdAt().toLocalDate());
    }

    /** The draft the stored article proposes. */
    Draft propose(CurrentUser user, ArticleImport stored) {
        return propose(user, extract(stored), stored.createdAt().toLocalDate());
    }

    Draft propose(CurrentUser user, ExtractedRecord record, LocalDate importedOn) {
        return proposals.propose(user.orgId(), record, importedOn);
    }

    /** The delegations on record, among those the user's organization may see, that look like the draft's visit. */
    List<Lookalikes.Candidate> candidates(CurrentUser user, Draft draft) {
        return lookalikes.of(user, draft);
    }

    /**
     * Creates the delegation the user confirmed, with its tasks, all or nothing; every problem is reported on its
     * field of the draft ({@code tasks[1].assigneeId}, {@code sessions[0].date}).
     */
    @Transactional
    long confirm(CurrentUser user, long id, Draft draft) {
        requireOrganizer(user);
        ArticleImport before = lockUnconfirmed(user, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.organizerId() == null) {
            problems.add(new FieldProblem("organizerId", "import.organizer.required"));
        }
        if (draft.title() != null && draft.title().length() > 500) {
            problems.add(new FieldProblem("title", "validation.tooLong"));
        }
        if (draft.declaredMemberCount() != null && (draft.declaredMemberCount() < 1 || draft.declaredMemberCount() > 100_000)) {
            problems.add(new FieldProblem("declaredMemberCount", "delegation.count.positive"));
        }
        List<DelegationService.ImportedDocument> documents = new ArrayList<>();
        for (Draft.Document d : draft.documents()) {
            LocalDate on = d.issuedOn() != null ? d.issuedOn() : draft.startDate();
            Optional<Organization> issuer = directory.organization(d.issuer(), on);
            documents.add(new DelegationService.ImportedDocument(new DocumentForm(d.type(), d.numberSymbol(), d.issuedOn(),
                    null, issuer.map(Organization::id).orElse(null), issuer.isPresent() ? null : d.issuer(), null, 0),
                    d.legalBasis()));
        }
        List<DelegationService.ImportedMember> members = new ArrayList<>();
        List<Integer> memberRows = new ArrayList<>();
        for (int i = 0; i < draft.members().size(); i++) {
            Draft.Member m = draft.members().get(i);
            if (m.role() == null) {
                continue;
            }
            if (m.name() == null || m.name().isBlank()) {
                problems.add(new FieldProblem("members[" + i + "].name", "validation.required"));
                continue;
            }
            members.add(new DelegationService.ImportedMember(m.role(), m.line()));
            memberRows.add(i);
        }
        List<List<DelegationService.ImportedSession>> sessionsByStop = new ArrayList<>();
        List<List<Integer>> sessionRows = new ArrayList<>();
        draft.stops().forEach(s -> {
            sessionsByStop.add(new ArrayList<>());
            sessionRows.add(new ArrayList<>());
        });
        for (int i = 0; i < draft.sessions().size(); i++) {
            Draft.Session s = draft.sessions().get(i);
            if (s.stop() < 0 || s.stop() >= draft.stops().size()) {
                problems.add(new FieldProblem("sessions[" + i + "].stop", "import.session.stop"));
                continue;
            }
            if (s.kind() == null) {
                problems.add(new FieldProblem("sessions[" + i + "].kind", "validation.required"));
                continue;
            }
            sessionsByStop.get(s.stop()).add(new DelegationService.ImportedSession(s.kind(), s.date(), s.partOfDay(),
                    s.place(), s.visitedOrganizationId(), s.topics()));
            sessionRows.get(s.stop()).add(i);
        }
        List<DelegationService.ImportedStop> stops = new ArrayList<>();
        for (int i = 0; i < draft.stops().size(); i++) {
            Draft.Stop s = draft.stops().get(i);
            stops.add(new DelegationService.ImportedStop(s.hostOrganizationId(), s.unitId(), s.startDate(), s.endDate(),
                    sessionsByStop.get(i)));
        }
        for (int i = 0; i < draft.tasks().size(); i++) {
            Draft.Task t = draft.tasks().get(i);
            if (t.task() == null || t.task().isBlank()) {
                problems.add(new FieldProblem("tasks[" + i + "].task", "validation.required"));
            }
            if (t.assigneeId() == null) {
                problems.add(new FieldProblem("tasks[" + i + "].assigneeId", "import.task.assignee"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String source = "Nhập từ bài viết" + (before.headline() == null ? "" : " “" + before.headline() + "”")
                + (before.sourceName() == null ? "" : " (" + before.sourceName() + ")") + " ngày "
                + Days.SHOWN.format(before.createdAt()) + ".";
        Delegation created;
        try {
            created = delegations.importDraft(user, new DelegationService.ImportedDraft(
                    new DelegationForm(draft.kind(), draft.title(), null, draft.startDate(), draft.endDate(),
                            draft.monthOnly(), draft.declaredMemberCount(), 0),
                    Objects.requireNonNull(draft.organizerId()), documents, draft.topics(), members, stops), source);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldProblem(draftField(p.field(), sessionRows, memberRows), p.messageCode(),
                            p.arguments()))
                    .toList());
        }
        int made = 0;
        for (int i = 0; i < draft.tasks().size(); i++) {
            Draft.Task t = draft.tasks().get(i);
            FollowUpTask.DeadlineKind kind = t.deadlineKind() == null ? FollowUpTask.DeadlineKind.NONE : t.deadlineKind();
            try {
                tasks.createGivenOn(user, new TaskForm(t.task(), List.of(Objects.requireNonNull(t.assigneeId())), kind,
                        t.deadline(), created.id(), source, null, List.of(), null), draft.startDate());
                made++;
            } catch (InvalidInputException e) {
                String row = "tasks[" + i + "].";
                problems.addAll(e.problems().stream().map(p -> new FieldProblem(row
                        + ("assigneeIds".equals(p.field()) ? "assigneeId" : p.field()), p.messageCode(), p.arguments()))
                        .toList());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems); // rolls back the delegation with the tasks made so far
        }
        jdbc.sql("UPDATE article_imports SET delegation_id = ?, linked = false WHERE id = ?").params(created.id(), id)
                .update();
        audit.record("ARTICLE_IMPORT_CONFIRMED", "article_import", id, before.headline(), State.of(before),
                Map.of("delegationId", created.id(), "tasks", made));
        archiveReviews.reviewed(user, before, ArchiveItem.State.ACCEPTED, created.id(), null);
        return created.id();
    }

    /**
     * The article is about a visit already on record: the import is linked to that delegation, which must be one the
     * user's organization may see (else 404); nothing else is created.
     */
    @Transactional
    long link(CurrentUser user, long id, long delegationId) {
        requireOrganizer(user);
        ArticleImport before = lockUnconfirmed(user, id);
        Delegation target = delegations.get(user, delegationId);
        jdbc.sql("UPDATE article_imports SET delegation_id = ?, linked = true WHERE id = ?").params(target.id(), id)
                .update();
        audit.record("ARTICLE_IMPORT_LINKED", "article_import", id, before.headline(), State.of(before),
                new State(target.id(), null, true));
        archiveReviews.reviewed(user, before, ArchiveItem.State.MERGED, target.id(), null);
        return target.id();
    }

    /**
     * The import, locked until the transaction ends, so that two confirmations of it run one after the other; the
     * second finds it confirmed and is refused.
     */
    ArticleImport lockUnconfirmed(CurrentUser user, long id) {
        jdbc.sql("SELECT id FROM article_imports WHERE id = ? AND organization_id = ? FOR UPDATE").params(id, user.orgId())
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("article import", id));
        ArticleImport stored = get(user, id);
        if (stored.delegationId() != null || stored.workshopId() != null) {
            throw new StateConflictException("import.confirmed.again");
        }
        return stored;
    }

    /** A field of the delegation feature's draft as the field of this draft: stops[1].sessions[0] → sessions[3]. */
    private static String draftField(String field, List<List<Integer>> sessionRows, List<Integer> memberRows) {
        Matcher session = INDEXED.matcher(field);
        if (session.matches()) {
            int stop = Integer.parseInt(session.group(1));
            int index = Integer.parseInt(session.group(2));
            if (stop < sessionRows.size() && index < sessionRows.get(stop).size()) {
                return "sessions[" + sessionRows.get(stop).get(index) + "]" + session.group(3);
            }
        }
        Matcher member = MEMBER.matcher(field);
        if (member.matches() && Integer.parseInt(member.group(1)) < memberRows.size()) {
            return "members[" + memberRows.get(Integer.parseInt(member.group(1))) + "]"
                    + (member.group(2).equals(".nameAndTitle") ? ".name" : member.group(2));
        }
        return field;
    }

    static void requireOrganizer(CurrentUser user) {
        if (!user.has(Role.ORGANIZER)) {
            throw new AccessDeniedException("organizers import articles");
        }
    }
}
