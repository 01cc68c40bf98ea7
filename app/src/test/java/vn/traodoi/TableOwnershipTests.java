package vn.traodoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module reads and writes only its own tables (ADR 0011); what it needs of another's comes through that module's
 * services or events. The test reads the SQL in each module's sources (string literals, text blocks and .sql files)
 * and finds the tables it names after FROM, JOIN, INTO, UPDATE, TABLE or EXISTS.
 */
class TableOwnershipTests {

    /** Which module owns each table that the migrations create. */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("users", "account"), Map.entry("api_tokens", "account"), Map.entry("login_attempts", "account"),
            Map.entry("login_failures", "account"), Map.entry("login_locks", "account"),
            Map.entry("audit_events", "audit"),
            Map.entry("administrative_units", "place"), Map.entry("administrative_unit_variants", "place"),
            Map.entry("organizations", "place"), Map.entry("organization_settings", "account"), Map.entry("notices", "notice"), Map.entry("person_claims", "account"), Map.entry("first_run_choice", "web"),
            Map.entry("persons", "people"), Map.entry("positions", "people"),
            Map.entry("delegations", "delegation"), Map.entry("delegation_documents", "delegation"),
            Map.entry("delegation_members", "delegation"), Map.entry("delegation_sessions", "delegation"),
            Map.entry("delegation_stops", "delegation"), Map.entry("delegation_topics", "delegation"),
            Map.entry("delegation_transitions", "delegation"), Map.entry("session_attendees", "delegation"),
            Map.entry("session_photos", "delegation"), Map.entry("session_topics", "delegation"),
            Map.entry("follow_up_tasks", "task"), Map.entry("follow_up_task_assignees", "task"),
            Map.entry("task_evidence_files", "task"), Map.entry("task_reminders", "task"), Map.entry("task_requests", "task"), Map.entry("follow_up_leftovers", "task"),
            Map.entry("trip_reports", "report"), Map.entry("member_reports", "report"),
            Map.entry("member_report_topics", "report"), Map.entry("member_report_reminders", "report"), Map.entry("member_report_links", "report"),
            Map.entry("lessons", "report"),
            Map.entry("workshops", "workshop"), Map.entry("workshop_comments", "workshop"),
            Map.entry("workshop_drafts", "workshop"), Map.entry("workshop_invitations", "workshop"),
            Map.entry("workshop_participants", "workshop"), Map.entry("draft_sections", "workshop"),
            Map.entry("response_templates", "workshop"),
            Map.entry("governance_indices", "index"), Map.entry("index_editions", "index"),
            Map.entry("index_groups", "index"), Map.entry("index_scores", "index"), Map.entry("index_topics", "index"),
            Map.entry("archive_imports", "ingest"), Map.entry("archive_items", "ingest"),
            Map.entry("article_imports", "ingest"),
            Map.entry("news_articles", "news"), Map.entry("news_categories", "news"), Map.entry("news_photos", "news"),
            Map.entry("news_sites", "news"), Map.entry("news_tags", "news"),
            Map.entry("search_documents", "search"), Map.entry("search_index_state", "search"),
            Map.entry("register_entries", "register"), Map.entry("register_counters", "register"),
            Map.entry("register_settings", "register"),
            Map.entry("signing_certificates", "signing"), Map.entry("issued_documents", "document"));

    /**
     * Tables of the frameworks, which no module's SQL names: Spring Session's (the sessions of signed-in users) and
     * Spring Modulith's event publication registry.
     */
    static final Set<String> FRAMEWORK = Set.of("spring_session", "spring_session_attributes", "event_publication");

    /**
     * Reference data that any module may read, never write: the administrative units (63 → 34) and the organizations
     * are public (ADR 0003), and a page or a document names a unit or an organization in the same query that lists
     * the module's own records, as a join, rather than one call a row.
     */
    static final Set<String> REFERENCE = Set.of("administrative_units", "administrative_unit_variants", "organizations");

    private static final Path SOURCES = Path.of("src/main/java/vn/traodoi");
    private static final Path RESOURCES = Path.of("src/main/resources/vn/traodoi");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile(
            "\\b(delete\\s+from|truncate|from|join|into|update|table|exists)\\s+([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE = Pattern.compile("create table (?:if not exists )?([a-z_]+)", Pattern.CASE_INSENSITIVE);

    /** A table named in a module's SQL, and whether it is written there. */
    record Use(String module, String file, String table, boolean write) {
    }

    @Test
    void everyTableHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(created).as("tables the migrations create").contains("delegations", "lessons", "event_publication");
        assertThat(created.stream().filter(t -> !OWNER.containsKey(t) && !FRAMEWORK.contains(t)))
                .as("tables without an owner: add them to OWNER").isEmpty();
    }

    @Test
    void noModulesSqlNamesAnotherModulesTables() {
        List<Use> uses = uses();
        assertThat(uses).as("the scan finds the delegation module's own SQL")
                .contains(new Use("delegation", "DelegationQueries.java", "delegation_stops", false));
        List<String> foreign = uses.stream()
                .filter(u -> !u.module().equals(OWNER.get(u.table())))
                .filter(u -> !(REFERENCE.contains(u.table()) && !u.write()))
                .map(u -> u.module() + "/" + u.file() + (u.write() ? " writes " : " reads ") + u.table()
                        + " of " + OWNER.get(u.table()))
                .distinct().toList();
        assertThat(foreign).isEmpty();
    }

    @Test
    void theScanSeesReadsAndWritesInTextBlocks() {
        String sql = "\"\"\"\n    SELECT d.id FROM delegations d JOIN delegation_stops s ON s.delegation_id = d.id\n"
                + "    WHERE EXISTS (SELECT 1 FROM lessons l)\"\"\" + \"UPDATE follow_up_tasks SET x = 1\"";
        assertThat(tables("task", "Example.java", sql)).containsExactly(
                new Use("task", "Example.java", "delegations", false),
                new Use("task", "Example.java", "delegation_stops", false),
                new Use("task", "Example.java", "lessons", false),
                new Use("task", "Example.java", "follow_up_tasks", true));
    }

    private static List<Use> uses() {
        List<Use> uses = new ArrayList<>();
        for (Path root : List.of(SOURCES, RESOURCES)) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String module = root.relativize(f).getName(0).toString();
                    String name = f.getFileName().toString();
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    if (name.endsWith(".java")) {
                        uses.addAll(tables(module, name, text));
                    } else if (name.endsWith(".sql")) {
                        uses.addAll(sql(module, name, text));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uses;
    }

    /** The tables named in the string literals and text blocks of a Java source. */
    private static List<Use> tables(String module, String file, String source) {
        List<Use> uses = new ArrayList<>();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            uses.addAll(sql(module, file, literal.group(1) != null ? literal.group(1) : literal.group(2)));
        }
        return uses;
    }

    private static List<Use> sql(String module, String file, String sql) {
        List<Use> uses = new ArrayList<>();
        Matcher m = TABLE.matcher(sql);
        while (m.find()) {
            String table = m.group(2).toLowerCase();
            if (OWNER.containsKey(table)) {
                String verb = m.group(1).toLowerCase();
                boolean write = verb.equals("into") || verb.equals("update") || verb.startsWith("delete")
                        || verb.equals("truncate") || verb.equals("table");
                uses.add(new Use(module, file, table, write));
            }
        }
        return uses;
    }
}
