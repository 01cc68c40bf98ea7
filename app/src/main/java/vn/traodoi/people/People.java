package vn.traodoi.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.text.VietnameseText;

/**
 * The directory of people. Officials' names and titles are public, so every signed-in user may read it; people
 * are added inline wherever a name is entered, and an existing person is reused rather than duplicated.
 */
@Service
public class People {

    /** One attendee or chair as typed on one line. */
    public record NameAndTitle(@Nullable String honorific, String name, @Nullable String title) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SearchIndex index;

    People(JdbcClient jdbc, AuditLog audit, SearchIndex index) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.index = index;
    }

    /** Splits "bà Nguyễn Thị Thược, Giám đốc Sở Tư pháp" into its honorific, name and title ({@link NameLines#read}). */
    public static Optional<NameAndTitle> parseLine(String line) {
        return NameLines.read(line);
    }

    public Person get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    public Optional<Person> find(long id) {
        return load(List.of(id)).stream().findFirst();
    }

    /** Diacritic-insensitive search by name, at most {@code limit}, best match first. */
    public List<Person> search(@Nullable String text, int limit) {
        String folded = text == null ? "" : VietnameseText.fold(text);
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM persons
                        WHERE :q = '' OR vn_fold(full_name) LIKE '%' || :q || '%' OR similarity(vn_fold(full_name), :q) > 0.5
                        ORDER BY (vn_fold(full_name) = :q) DESC, similarity(vn_fold(full_name), :q) DESC, full_name
                        LIMIT :limit""")
                .param("q", folded).param("limit", limit).query(Long.class).list();
        return load(ids);
    }

    /** The people of the directory with exactly this name (diacritics and case aside): who a user may say they are. */
    public List<Person> namesakes(String fullName) {
        return load(jdbc.sql("SELECT id FROM persons WHERE vn_fold(full_name) = vn_fold(?) ORDER BY id LIMIT 20")
                .param(fullName).query(Long.class).list());
    }

    /**
     * The people the directory may be naming otherwise (a tone mark, a middle name: "Nguyễn Văn Bá" for "Nguyễn Văn
     * Ba", "Lý Thị Kiều" for "Lý Kiều"), without the exact namesakes, closest first: whom a user may ask to be.
     */
    public List<Person> likely(String fullName) {
        return load(jdbc.sql("""
                        SELECT id FROM persons
                        WHERE vn_fold(full_name) <> vn_fold(:name) AND similarity(vn_fold(full_name), vn_fold(:name)) > 0.45
                        ORDER BY similarity(vn_fold(full_name), vn_fold(:name)) DESC, id LIMIT 10""")
                .param("name", fullName).query(Long.class).list());
    }

    public Map<Long, Person> byIds(List<Long> ids) {
        Map<Long, Person> found = new LinkedHashMap<>();
        load(ids.stream().distinct().toList()).forEach(p -> found.put(p.id(), p));
        return found;
    }

    /**
     * The people with these ids, in this order, in two queries whatever their number (unknown ids are left out): the
     * positions first, then the people, each read whole before the next query runs.
     */
    private List<Person> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] array = ids.toArray(Long[]::new);
        Map<Long, List<Position>> positions = new HashMap<>();
        jdbc.sql("""
                        SELECT p.id, p.person_id, p.title, p.organization_id, o.name AS organization_name, p.valid_from, p.valid_to
                        FROM positions p LEFT JOIN organizations o ON o.id = p.organization_id
                        WHERE p.person_id = ANY (?) ORDER BY p.valid_from NULLS FIRST, p.id""")
                .param(array).query(Position.class).list()
                .forEach(p -> positions.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p));
        Map<Long, Person> byId = new HashMap<>();
        jdbc.sql("SELECT id, full_name, honorific, nationality, note, version FROM persons WHERE id = ANY (?)")
                .param(array)
                .query((rs, n) -> new Person(rs.getLong("id"), rs.getString("full_name"), rs.getString("honorific"),
                        rs.getString("nationality"), rs.getString("note"), rs.getInt("version"),
                        positions.getOrDefault(rs.getLong("id"), List.of())))
                .list().forEach(p -> byId.put(p.id(), p));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Transactional
    public Person create(PersonForm form, @Nullable Long createdByOrganization) {
        String name = VietnameseText.normalize(Objects.requireNonNullElse(form.fullName(), ""));
        if (name.isEmpty()) {
            throw new InvalidInputException("fullName", "validation.required");
        }
        if (form.validFrom() != null && form.validTo() != null && form.validFrom().isAfter(form.validTo())) {
            throw new InvalidInputException("validTo", "person.position.order");
        }
        if (form.organizationId() != null && !organizationExists(form.organizationId())) {
            throw new InvalidInputException("organizationId", "person.organization.unknown");
        }
        long id = jdbc.sql("""
                        INSERT INTO persons (full_name, honorific, nationality, note, created_by_organization_id)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(name, blankToNull(form.honorific()), blankToNull(form.nationality()), blankToNull(form.note()),
                        createdByOrganization)
                .query(Long.class).single();
        if (form.title() != null && !form.title().isBlank()) {
            addPosition(id, VietnameseText.normalize(form.title()), form.organizationId(), form.validFrom(), form.validTo());
        }
        Person created = get(id);
        audit.record("PERSON_CREATED", "person", id, created.fullName(), null, created);
        index.refresh(SearchKind.PERSON, id);
        return created;
    }

    /**
     * The person a typed line names: an existing person with the same name (ignoring diacritics' spelling) and, if
     * a title is given, holding it; otherwise a new person with that title.
     */
    @Transactional
    public Person findOrCreate(NameAndTitle entry, @Nullable Long organizationId, @Nullable Long createdByOrganization) {
        List<Long> sameName = jdbc.sql("SELECT id FROM persons WHERE vn_fold(full_name) = vn_fold(?) ORDER BY id")
                .param(entry.name()).query(Long.class).list();
        for (Person existing : load(sameName)) {
            boolean holdsTitle = entry.title() == null || existing.positions().stream()
                    .anyMatch(p -> VietnameseText.equalsFolded(p.title(), entry.title()));
            if (holdsTitle) {
                return existing;
            }
        }
        return create(new PersonForm(entry.name(), entry.honorific(), null, entry.title(), organizationId, null, null, null),
                createdByOrganization);
    }

    private void addPosition(long personId, String title, @Nullable Long organizationId, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        jdbc.sql("INSERT INTO positions (person_id, title, organization_id, valid_from, valid_to) VALUES (?, ?, ?, ?, ?)")
                .params(personId, title, organizationId, from, to).update();
    }

    private boolean organizationExists(long id) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT EXISTS (SELECT 1 FROM organizations WHERE id = ?)").param(id)
                .query(Boolean.class).single());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : VietnameseText.normalize(s);
    }
}
