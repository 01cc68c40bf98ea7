package vn.traodoi.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.people.People;
import vn.traodoi.text.VietnameseText;
import vn.traodoi.text.extract.DateMention;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.text.extract.Fact;
import vn.traodoi.text.extract.PersonMention;
import vn.traodoi.text.extract.TaskMention;
import vn.traodoi.workshop.WorkshopForm;
import vn.traodoi.workshop.Workshops;

/**
 * An article about a workshop (seed 003) becomes a draft workshop: its title and draft, the day and part of day it was
 * held, the chair, the people attending, the chair's conclusions, and one proposed task per assignment the article
 * states, written "task | who | deadline" for the user to match to organizations of the directory before confirming.
 */
@Service
class WorkshopImport {

    /** What the import page proposes for a workshop; the user corrects it before confirming. */
    record Proposal(@Nullable String title, @Nullable String projectTitle, @Nullable LocalDate heldOn,
            @Nullable PartOfDay partOfDay, @Nullable String chair, String participants, String conclusions,
            String assignments) {
    }

    /** The confirmed choices. */
    record Confirmation(WorkshopForm form, @Nullable String participants, @Nullable String assignments) {
    }

    /** The workshop made, and the proposed tasks that did not name an organization of the directory. */
    record Created(long workshopId, List<String> unresolved) {
    }

    private static final Pattern EVENT = Pattern.compile("(?U)\\b((?:Hội thảo|Tọa đàm|Hội nghị)\\s[^.;:\\n]{5,300})");
    private static final Pattern PROJECT = Pattern.compile("(?iU)(?:góp ý|lấy ý kiến)\\s+(?:(?:về|đối với|vào)\\s+)?(.+)");
    private static final Pattern WHEN = Pattern.compile("(?iU)\\b(sáng|chiều|tối)\\s+(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})");
    private static final DateTimeFormatter DAY = vn.traodoi.system.Days.SHOWN;

    private final JdbcClient jdbc;
    private final Workshops workshops;

    WorkshopImport(JdbcClient jdbc, Workshops workshops) {
        this.jdbc = jdbc;
        this.workshops = workshops;
    }

    Proposal propose(ExtractedRecord record) {
        String text = record.text();
        String title = record.headline();
        if (title == null || !VietnameseText.fold(title).matches(".*(hoi thao|toa dam|hoi nghi).*")) {
            Matcher m = EVENT.matcher(text);
            title = m.find() ? m.group(1).strip() : title;
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
            assignments.add(VietnameseText.capitalize(task.task()) + " | " + task.assignee() + " | " + deadline(task.deadline()));
        }
        return new Proposal(title, project, heldOn, part, chair, String.join("\n", attending),
                String.join("\n", conclusions), assignments.stream().map(String::strip).collect(Collectors.joining("\n")));
    }

    /** Creates the workshop, its participants, and the tasks whose organizations the user matched to the directory. */
    @Transactional
    Created confirm(CurrentUser user, ArticleImport stored, Confirmation confirmation) {
        if (stored.workshopId() != null) {
            return new Created(stored.workshopId(), List.of());
        }
        long id = workshops.create(user, confirmation.form());
        if (confirmation.participants() != null) {
            for (String line : confirmation.participants().lines().filter(l -> !l.isBlank()).toList()) {
                People.NameAndTitle p = People.parseLine(line).orElseThrow();
                workshops.addParticipant(user, id, p.name(), p.title(), null, null);
            }
        }
        List<String> unresolved = confirmation.assignments() == null || confirmation.assignments().isBlank() ? List.of()
                : workshops.assignConclusions(user, id, confirmation.assignments());
        jdbc.sql("UPDATE article_imports SET workshop_id = ? WHERE id = ?").params(id, stored.id()).update();
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
