package vn.traodoi.workshop;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.system.FileStore;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.Page;
import vn.traodoi.system.TraodoiProperties;
import vn.traodoi.text.draft.DraftSections;
import vn.traodoi.text.draft.Section;

/**
 * The versions of a workshop's draft: each upload is kept (file and sections), the latest is the one commented on,
 * and any two can be compared section by section. A new version may say which comments it absorbs.
 */
@Service
class WorkshopDrafts {

    /** A stored draft file for download. */
    public record Download(String fileName, String contentType, Path path) {
    }

    /** How many sections a page of a version shows, so that a draft of thousands keeps its page small. */
    public static final int SECTIONS_PER_PAGE = 50;
    /** How much of a section's text such a page shows; the section's own page has all of it. */
    static final int PREVIEW_CHARS = 2_000;
    private static final int PREVIEW_HEADING_CHARS = 500;

    private final JdbcClient jdbc;
    private final Workshops workshops;
    private final AuditLog audit;
    private final FileStore files;

    private final SearchIndex index;
    private final AccountService accounts;

    /** Where the drafts' files are kept: {@code <data-dir>/files/drafts}. */
    static FileStore files(TraodoiProperties properties) {
        return new FileStore(properties, "drafts");
    }

    WorkshopDrafts(JdbcClient jdbc, Workshops workshops, AuditLog audit, TraodoiProperties properties, SearchIndex index,
            AccountService accounts) {
        this.accounts = accounts;
        this.index = index;
        this.jdbc = jdbc;
        this.workshops = workshops;
        this.audit = audit;
        this.files = files(properties);
    }

    /**
     * Stores a new version after reading it (Word, PDF with text, or UTF-8 text; at most 8 MB) and marks the comments
     * it absorbs: each becomes ABSORBED in this version, with the section's new text as the changed text.
     */
    @Transactional
    public DraftVersion upload(CurrentUser user, long workshopId, @Nullable String fileName, byte[] bytes,
            @Nullable String note, @Nullable List<Long> absorbs) {
        workshops.open(user, workshopId);
        DraftReader.Reading reading = DraftReader.read(fileName, bytes);
        List<Section> sections = DraftSections.split(reading.paragraphs());
        List<Long> absorbed = absorbs == null ? List.of() : absorbs.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, Comment> comments = absorbed.isEmpty() ? Map.of() : commentsById(workshopId);
        for (long id : absorbed) {
            Comment c = comments.get(id);
            if (c == null) {
                throw new NotFoundException("comment", id);
            }
            if (c.absorbedInDraftNumber() != null
                    || c.status() != CommentStatus.RECEIVED && c.status() != CommentStatus.ABSORBED) {
                throw new InvalidInputException("absorbs", "workshop.draft.absorbs.invalid");
            }
        }
        jdbc.sql("SELECT id FROM workshops WHERE id = ? FOR UPDATE").param(workshopId).query(Long.class).single();
        int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM workshop_drafts WHERE workshop_id = ?")
                .param(workshopId).query(Integer.class).single();
        String storage = files.save(bytes);
        String given = Objects.requireNonNull(fileName).replace('\\', '/');
        String name = given.substring(given.lastIndexOf('/') + 1).strip();
        long draftId = jdbc.sql("""
                        INSERT INTO workshop_drafts (workshop_id, number, file_name, content_type, size_bytes, storage_name,
                            note, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(workshopId, number, name.length() > 255 ? name.substring(name.length() - 255) : name,
                        reading.contentType(), bytes.length, storage, Workshops.lines(note), user.userId())
                .query(Long.class).single();
        // One statement for all the sections, however many thousands a long draft has.
        jdbc.sql("""
                        INSERT INTO draft_sections (draft_id, ordinal, level, label, heading, body)
                        SELECT ?, * FROM unnest(?::integer[], ?::integer[], ?::text[], ?::text[], ?::text[])""")
                .params(draftId, sections.stream().map(Section::ordinal).toArray(Integer[]::new),
                        sections.stream().map(Section::level).toArray(Integer[]::new),
                        sections.stream().map(Section::label).toArray(String[]::new),
                        sections.stream().map(Section::heading).toArray(String[]::new),
                        sections.stream().map(Section::body).toArray(String[]::new))
                .update();
        DraftVersion version = version(workshopId, number).orElseThrow();
        audit.record("WORKSHOP_DRAFT_UPLOADED", "workshop", workshopId,
                "Dự thảo lần " + number + ": " + version.fileName() + " (" + sections.size() + " mục)", null, version);
        List<DraftSection> now = absorbed.isEmpty() ? List.of() : sections(draftId);
        for (long id : absorbed) {
            Comment before = comments.get(id);
            String changed = before.sectionLabel() == null ? null : DraftComparison.match(before.sectionLabel(), before.sectionHeading(), now)
                    .map(s -> (s.heading() + "\n" + s.body()).strip()).orElse(null);
            String response = before.response() != null ? before.response()
                    : changed == null ? "Đã tiếp thu tại dự thảo lần " + number + "." : null;
            if (jdbc.sql("""
                            UPDATE workshop_comments SET status = 'ABSORBED', absorbed_in_draft_id = ?, changed_text = ?,
                                response = ?, responded_by = ?, responded_at = now(), version = version + 1
                            WHERE id = ? AND workshop_id = ?""")
                    .params(draftId, changed, response, user.userId(), id, workshopId).update() != 1) {
                throw new NotFoundException("comment", id);
            }
            audit.record("WORKSHOP_COMMENT_ANSWERED", "workshop_comment", id, "Tiếp thu tại dự thảo lần " + number,
                    before, WorkshopComments.query(jdbc, "c.id = ?", id).getFirst());
        }
        index.refresh(SearchKind.COMMENT, absorbed);
        return version;
    }

    private Map<Long, Comment> commentsById(long workshopId) {
        return WorkshopComments.query(jdbc, "c.workshop_id = ?", workshopId).stream()
                .collect(Collectors.toMap(Comment::id, c -> c));
    }

    public List<DraftVersion> versions(long workshopId) {
        return named(jdbc.sql(VERSIONS + " WHERE d.workshop_id = ? ORDER BY d.number").param(workshopId)
                .query((rs, n) -> version(rs)).list());
    }

    public Optional<DraftVersion> latest(long workshopId) {
        return named(jdbc.sql(VERSIONS + " WHERE d.workshop_id = ? ORDER BY d.number DESC LIMIT 1").param(workshopId)
                .query((rs, n) -> version(rs)).list()).stream().findFirst();
    }

    Optional<DraftVersion> version(long workshopId, int number) {
        return named(jdbc.sql(VERSIONS + " WHERE d.workshop_id = ? AND d.number = ?").params(workshopId, number)
                .query((rs, n) -> version(rs)).list()).stream().findFirst();
    }

    /** A version as stored, with the account that uploaded it. */
    private record Stored(DraftVersion version, long uploadedBy) {
    }

    /** The versions with their uploaders' names, which the accounts give. */
    private List<DraftVersion> named(List<Stored> stored) {
        Map<Long, String> names = accounts.fullNames(stored.stream().map(Stored::uploadedBy).distinct().toList());
        return stored.stream().map(s -> {
            DraftVersion v = s.version();
            return new DraftVersion(v.id(), v.workshopId(), v.number(), v.fileName(), v.contentType(), v.sizeBytes(),
                    v.note(), names.get(s.uploadedBy()), v.uploadedAt(), v.sectionCount());
        }).toList();
    }

    /** All the sections of a version, whole (to compare versions). */
    public List<DraftSection> sections(long draftId) {
        return jdbc.sql("SELECT *, false AS cut FROM draft_sections WHERE draft_id = ? ORDER BY ordinal").param(draftId)
                .query((rs, n) -> section(rs)).list();
    }

    /**
     * One page of a version's sections ({@link #SECTIONS_PER_PAGE}; a page past the last is the last), each heading and
     * text cut to its beginning when long.
     */
    public Page<DraftSection> sectionPage(DraftVersion version, int page) {
        int pages = Math.max(1, (version.sectionCount() + SECTIONS_PER_PAGE - 1) / SECTIONS_PER_PAGE);
        int current = Math.min(Math.max(page, 1), pages);
        List<DraftSection> sections = jdbc.sql("""
                        SELECT id, draft_id, ordinal, level, label, left(heading, ?) AS heading, left(body, ?) AS body,
                               length(body) > ? OR length(heading) > ? AS cut
                        FROM draft_sections WHERE draft_id = ? ORDER BY ordinal LIMIT ? OFFSET ?""")
                .params(PREVIEW_HEADING_CHARS, PREVIEW_CHARS, PREVIEW_CHARS, PREVIEW_HEADING_CHARS, version.id(),
                        SECTIONS_PER_PAGE, Page.offset(current, SECTIONS_PER_PAGE))
                .query((rs, n) -> section(rs)).list();
        return new Page<>(sections, version.sectionCount(), current, SECTIONS_PER_PAGE);
    }

    /**
     * The page of sections asked for ({@code page} 1 or more), or else the one showing {@code showing} (the section a
     * refused comment was about), or else the first.
     */
    public Page<DraftSection> sectionPage(DraftVersion version, int page, @Nullable Long showing) {
        int asked = page >= 1 ? page : showing == null ? 1 : pageOf(version.id(), showing).orElse(1);
        return sectionPage(version, asked);
    }

    /** The page of {@link #sectionPage} that shows this section of the version, if it is one of its sections. */
    public Optional<Integer> pageOf(long draftId, long sectionId) {
        return jdbc.sql("SELECT ordinal FROM draft_sections WHERE id = ? AND draft_id = ?").params(sectionId, draftId)
                .query(Integer.class).optional().map(WorkshopDrafts::pageOf);
    }

    /** The page of {@link #sectionPage} that shows this section. */
    static int pageOf(DraftSection section) {
        return pageOf(section.ordinal());
    }

    private static int pageOf(int ordinal) {
        return (ordinal - 1) / SECTIONS_PER_PAGE + 1;
    }

    /** A whole section of a version of the workshop's draft, for its own page; 404 when it is none of them. */
    DraftSection section(long workshopId, long sectionId) {
        return jdbc.sql("""
                        SELECT s.*, false AS cut FROM draft_sections s JOIN workshop_drafts d ON d.id = s.draft_id
                        WHERE s.id = ? AND d.workshop_id = ?""")
                .params(sectionId, workshopId).query((rs, n) -> section(rs)).optional()
                .orElseThrow(() -> new NotFoundException("section", sectionId));
    }

    /** A whole section of a version the user may see. */
    public DraftSection section(CurrentUser user, long workshopId, long sectionId) {
        workshops.get(user, workshopId);
        return section(workshopId, sectionId);
    }

    private static DraftSection section(ResultSet rs) throws SQLException {
        return new DraftSection(rs.getLong("id"), rs.getLong("draft_id"), rs.getInt("ordinal"), rs.getInt("level"),
                rs.getString("label"), rs.getString("heading"), rs.getString("body"), rs.getBoolean("cut"));
    }

    /** The number of the version a section belongs to. */
    int number(DraftSection section) {
        return jdbc.sql("SELECT number FROM workshop_drafts WHERE id = ?").param(section.draftId()).query(Integer.class)
                .single();
    }

    /** The version of the workshop's draft that holds the section; empty when the section is not of this workshop. */
    Optional<Long> draftOfSection(long workshopId, long sectionId) {
        return jdbc.sql("""
                        SELECT s.draft_id FROM draft_sections s JOIN workshop_drafts d ON d.id = s.draft_id
                        WHERE s.id = ? AND d.workshop_id = ?""")
                .params(sectionId, workshopId).query(Long.class).optional();
    }

    /** The version a user may see, by its number. */
    public DraftVersion version(CurrentUser user, long workshopId, int number) {
        workshops.get(user, workshopId);
        return version(workshopId, number).orElseThrow(() -> new NotFoundException("draft", number));
    }

    public Download download(CurrentUser user, long workshopId, int number) {
        DraftVersion v = version(user, workshopId, number);
        String storage = jdbc.sql("SELECT storage_name FROM workshop_drafts WHERE id = ?").param(v.id())
                .query(String.class).single();
        return new Download(v.fileName(), v.contentType(), files.path(storage));
    }

    /** Version {@code from} against version {@code to}, in the order of {@code to}; removed sections come last. */
    public List<DraftComparison.SectionChange> compare(CurrentUser user, long workshopId, int from, int to) {
        return DraftComparison.compare(sections(version(user, workshopId, from).id()),
                sections(version(user, workshopId, to).id()));
    }

    private static final String VERSIONS = """
            SELECT d.id, d.workshop_id, d.number, d.file_name, d.content_type, d.size_bytes, d.note, d.uploaded_at,
                   d.uploaded_by,
                   (SELECT count(*) FROM draft_sections s WHERE s.draft_id = d.id) AS section_count
            FROM workshop_drafts d""";

    private static Stored version(ResultSet rs) throws SQLException {
        return new Stored(new DraftVersion(rs.getLong("id"), rs.getLong("workshop_id"), rs.getInt("number"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("note"),
                null, rs.getObject("uploaded_at", OffsetDateTime.class), rs.getInt("section_count")),
                rs.getLong("uploaded_by"));
    }
}
