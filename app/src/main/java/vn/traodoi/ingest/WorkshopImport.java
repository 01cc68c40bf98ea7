package vn.traodoi.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.people.People;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.Organization;
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.text.VietnameseText;
import vn.traodoi.text.extract.DateMention;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.text.extract.Fact;
import vn.traodoi.text.extract.PersonMention;
import vn.traodoi.text.extract.TaskMention;
import vn.traodoi.workshop.WorkshopForm;
import vn.traodoi.workshop.WorkshopConclusions;
import vn.traodoi.workshop.Workshops;

/**
 * An article about a workshop (seed 003) becomes a draft workshop: its title and draft, the day and part of day it was
 * held, the chair, the people attending, the chair's conclusions, and one proposed task per assignment the article
 * states, written "task | who | deadline" for the user to match to organizations of the directory before confirming.
 */
@Service
class WorkshopImport {

    /**
     * What the import page proposes for a workshop; the user corrects it before confirming. {@code holderWritten} is
     * who held it as the article says, {@code holderName} the organization of the directory it names; the workshop is
     * the importer's own record either way.
     */
    record Proposal(@Nullable String title, @Nullable String projectTitle, @Nullable LocalDate heldOn,
            @Nullable PartOfDay partOfDay, @Nullable String chair, String participants, String conclusions,
            String assignments, @Nullable String holderWritten, @Nullable String holderName) {
    }

    /** The confirmed choices. */
    record Confirmation(WorkshopForm form, @Nullable String participants, @Nullable String assignments) {
    }

    /** The workshop made, and the proposed tasks that did not name an organization of the directory. */
    record Created(long workshopId, List<String> unresolved) {
    }

    private static final Pattern EVENT = Pattern.compile("(?U)\\b((?:Hội thảo|Tọa đàm|Hội nghị)\\s[^.;:\\n]{5,300})");
    private static final Pattern PROJECT = Pattern.compile(
            "(?iU)(?:góp ý|lấy ý kiến)\\s+(?:(?:về|đối với|vào)\\s+)?(?:(?:các\\s+)?dự thảo\\s+)?(.+)");
    private static final Pattern WHEN = Pattern.compile("(?iU)\\b(sáng|chiều|tối)\\s+(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})");
    private static final DateTimeFormatter DAY = Days.SHOWN;

    private final JdbcClient jdbc;
    private final WorkshopConclusions conclusions;
    private final Workshops workshops;
    private final Directory directory;
    private final ImportService imports;
    private final AuditLog audit;
    private final ArchiveReviews archiveReviews;

    WorkshopImport(JdbcClient jdbc, Workshops workshops, Directory directory, ImportService imports, AuditLog audit,
            ArchiveReviews archiveReviews, WorkshopConclusions conclusions) {
        this.conclusions = conclusions;
        this.jdbc = jdbc;
        this.workshops = workshops;
        this.directory = directory;
        this.imports = imports;
        this.audit = audit;
        this.archiveReviews = archiveReviews;
    }

    Proposal propose(CurrentUser user, ExtractedRecord record, LocalDate importedOn) {
        return propose(user.orgId(), record, importedOn);
    }

    /** The proposal for the importing organization (an archive's entries are read without a signed-in user). */
    Proposal propose(long orgId, ExtractedRecord record, LocalDate importedOn) {
        return propose(directory, orgId, record, importedOn);
    }

    /** The proposal with the names matched in that directory (a remembering one, for an archive's many articles). */
    Proposal propose(Directory directory, long orgId, ExtractedRecord record, LocalDate importedOn) {
        String text = record.text();
        // The event's name from the headline ("UBND tỉnh … tổ chức Hội thảo góp ý …" → "Hội thảo góp ý …"), or as the
        // text names it, whichever is whole: the text often ends the name the headline shortens ("… giai đoạn 2025-2030").
        String title = record.headline();
        Matcher inHeadline = title == null ? null : EVENT.matcher(title);
        Matcher inText = EVENT.matcher(text);
        String named = inText.find() ? inText.group(1).strip() : null;
        if (inHeadline != null && inHeadline.find()) {
            title = inHeadline.group(1).strip();
            for (String n = named; n != null; n = inText.find() ? inText.group(1).strip() : null) {
                if (n.startsWith(title) && n.length() > title.length()) {
                    title = n;
                }
            }
        } else if (named != null) {
            title = named;
        }
        String project = null;
        if (title != null) {
            Matcher m = PROJECT.matcher(title);
            project = m.find() ? VietnameseText.capitalize(m.group(1).strip()) : null;
        }
        LocalDate heldOn = null;
        PartOfDay part = null;
        Matcher when = WHEN.matcher(text);
        if (when.find()) {
            int at = when.start(2);
            Optional<DateMention.Days> day = record.dates().stream()
                    .filter(f -> f.span().start() <= at && at < f.span().end())
                    .map(Fact::value).filter(DateMention.Days.class::isInstance).map(DateMention.Days.class::cast).findFirst();
            if (day.isPresent()) {
                heldOn = day.get().start();
                part = switch (VietnameseText.fold(when.group(1))) {
                    case "sang" -> PartOfDay.MORNING;
                    case "chieu" -> PartOfDay.AFTERNOON;
                    default -> PartOfDay.EVENING;
                };
            }
        }
        if (heldOn == null) {
            // The day of the workshop the library tells apart from the documents' days and the deadlines.
            heldOn = record.eventDates().stream().map(Fact::value).filter(DateMention.Days.class::isInstance)
                    .map(DateMention.Days.class::cast).filter(d -> d.start().equals(d.end()))
                    .filter(d -> record.documents().stream().noneMatch(doc -> d.start().equals(doc.value().issuedOn())))
                    .filter(d -> record.tasks().stream().noneMatch(t -> t.value().deadline() instanceof DateMention.Days x
                            && x.end().equals(d.end())))
                    .map(DateMention.Days::start).findFirst().orElse(null);
        }
        LocalDate on = heldOn != null ? heldOn : record.publishedOn() != null ? record.publishedOn() : importedOn;
        String holderWritten = record.hosts().isEmpty() ? null : record.hosts().getFirst().value();
        String holderName = directory.organization(holderWritten, on).map(Organization::name).orElse(null);
        AdministrativeUnit home = directory.all().stream().filter(o -> o.id() == orgId).findFirst()
                .flatMap(o -> directory.unitAt(o.unitId(), on)).orElse(null);
        String chair = null;
        List<String> attending = new ArrayList<>();
        for (Fact<PersonMention> p : record.people()) {
            String line = p.value().name() + (p.value().titles().isEmpty() ? "" : ", " + String.join(", ", p.value().titles()));
            if (chair == null && sentence(text, p.span().start()).contains("chủ trì")) {
                chair = line;
            } else {
                attending.add(line);
            }
        }
        List<String> conclusions = new ArrayList<>();
        List<String> assignments = new ArrayList<>();
        for (Fact<TaskMention> t : record.tasks()) {
            TaskMention task = t.value();
            conclusions.add(VietnameseText.capitalize(task.assignee()) + " " + task.task() + ".");
            // The directory's name when the assignee is on record ("Sở Nội vụ" of the importer's province), so that
            // the task is made on confirming; else as written, for the user to correct.
            String assignee = directory.organizationIn(task.assignee(), on, home).map(Organization::name)
                    .orElse(task.assignee());
            assignments.add(VietnameseText.capitalize(task.task()) + " | " + assignee + " | " + deadline(task.deadline()));
        }
        return new Proposal(title, project, heldOn, part, chair, String.join("\n", attending),
                String.join("\n", conclusions), assignments.stream().map(String::strip).collect(Collectors.joining("\n")),
                holderWritten, holderName);
    }

    /** Creates the workshop, its participants, and the tasks whose organizations the user matched to the directory. */
    @Transactional
    Created confirm(CurrentUser user, long importId, Confirmation confirmation) {
        ImportService.requireOrganizer(user);
        ArticleImport stored = imports.lockUnconfirmed(user, importId);
        List<People.NameAndTitle> participants = new ArrayList<>();
        if (confirmation.participants() != null) {
            for (String line : confirmation.participants().lines().filter(l -> !l.isBlank()).toList()) {
                participants.add(People.parseLine(line)
                        .orElseThrow(() -> new InvalidInputException("participants", "member.person.unreadable")));
            }
        }
        long id = workshops.create(user, confirmation.form());
        for (People.NameAndTitle p : participants) {
            workshops.addParticipant(user, id, p.name(), p.title(), null, null);
        }
        List<String> unresolved = confirmation.assignments() == null || confirmation.assignments().isBlank() ? List.of()
                : conclusions.assignConclusions(user, id, confirmation.assignments());
        jdbc.sql("UPDATE article_imports SET workshop_id = ? WHERE id = ?").params(id, stored.id()).update();
        audit.record("ARTICLE_IMPORT_CONFIRMED", "article_import", stored.id(), stored.headline(),
                ImportService.State.of(stored), Map.of("workshopId", id, "unresolved", unresolved.size()));
        archiveReviews.reviewed(user, stored, ArchiveItem.State.ACCEPTED, null, id);
        return new Created(id, unresolved);
    }

    private static String deadline(@Nullable DateMention deadline) {
        return switch (deadline) {
            case null -> "";
            case DateMention.Days d -> DAY.format(d.end());
            case DateMention.Month m -> m.month().getMonthValue() + "/" + m.month().getYear();
            case DateMention.Period p -> p.fromYear() + "-" + p.toYear();
        };
    }

    /** The sentence of the text around a position. */
    private static String sentence(String text, int at) {
        int start = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf('\n', at)) + 1;
        int end = text.indexOf(". ", at);
        return text.substring(Math.max(0, start), end < 0 ? text.length() : end);
    }
}
