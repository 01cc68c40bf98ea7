package vn.traodoi.task;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.ProgrammeCalendar;
import vn.traodoi.document.CalendarEvent;
import vn.traodoi.document.CalendarEvent.AllDay;
import vn.traodoi.document.ICalendarWriter;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.Days;
import vn.traodoi.task.FollowUpTask.Status;

/**
 * The personal calendar feed ({@code /tasks/calendar.ics}): the deadlines of the tasks the user's organization gave or
 * was given, and the sessions of the delegations the user may see ({@link ProgrammeCalendar#sessions}), in one
 * calendar that Outlook, Google Calendar or a phone subscribes to.
 *
 * <p>A task is an all-day event on its deadline (UID {@code task-<id>@traodoi}, as the feed always named it, so that
 * subscribers keep their events): a day as it is; a month ("8/2023") on its last day, "(hạn trong tháng 08/2023)" in
 * the summary; a period ("2025-2030") on the last day of its last year, the period in the summary. A task without a
 * deadline has no day and is left out. The description names the task, who gave it, the lead and supporting
 * organizations, the deadline as given, the status and progress, the source, and the link to the task.
 *
 * <p>A finished (DONE) or dropped task stays in the feed marked {@code STATUS:CANCELLED}, its summary saying which:
 * the deadline no longer calls for anything, and a calendar that imported the event before learns that from the same
 * UID with a higher SEQUENCE (the task's version), where an event left out would stay behind in an imported file.
 */
@Service
class PersonalCalendar {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy", Locale.ROOT);

    private final TaskService tasks;
    private final ProgrammeCalendar programme;
    private final OrganizationService organizations;
    private final ICalendarWriter writer;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String publicUrl;

    PersonalCalendar(TaskService tasks, ProgrammeCalendar programme, OrganizationService organizations,
            ICalendarWriter writer, MessageSource messages, JdbcClient jdbc, Clock clock,
            @Value("${traodoi.public-url}") String publicUrl) {
        this.tasks = tasks;
        this.programme = programme;
        this.organizations = organizations;
        this.writer = writer;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        String base = publicUrl.strip();
        this.publicUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        URI.create(this.publicUrl);
    }

    /** The feed of {@code user}: its organization's task deadlines and the sessions it may see. */
    byte[] feed(CurrentUser user, Locale locale) {
        List<CalendarEvent> events = new ArrayList<>(deadlines(user, locale));
        events.addAll(programme.sessions(user, locale));
        return writer.write(text(locale, "ical.feed.name", user.organizationName()), events, clock.instant());
    }

    /** The tasks with a deadline that the user's organization gave or was given, as all-day events. */
    List<CalendarEvent> deadlines(CurrentUser user, Locale locale) {
        List<FollowUpTask> dated = tasks.mine(user, "ALL", null).stream().filter(t -> t.deadlineDate() != null).toList();
        Set<Long> orgIds = new HashSet<>();
        dated.forEach(t -> {
            orgIds.add(t.ownerId());
            orgIds.addAll(t.assigneeIds());
        });
        Map<Long, Organization> names = organizations.byIds(orgIds);
        Map<Long, Instant> updated = updatedAt(dated.stream().map(FollowUpTask::id).toList());
        LocalDate today = LocalDate.now(clock);
        return dated.stream().map(t -> event(t, names, updated.get(t.id()), today, locale)).toList();
    }

    private CalendarEvent event(FollowUpTask t, Map<Long, Organization> names, @Nullable Instant updatedAt,
            LocalDate today, Locale locale) {
        LocalDate day = Objects.requireNonNull(t.deadlineDate());
        Integer from = t.periodFrom();
        Integer to = t.periodTo();
        boolean period = t.deadlineKind() == FollowUpTask.DeadlineKind.PERIOD && from != null && to != null;
        boolean month = t.deadlineKind() == FollowUpTask.DeadlineKind.MONTH;
        String summary = month ? text(locale, "ical.task.summary.month", t.task(), MONTH.format(day))
                : period ? text(locale, "ical.task.summary.period", t.task(), String.valueOf(from), String.valueOf(to))
                : text(locale, "ical.task.summary", t.task());
        boolean closed = t.status() == Status.DONE || t.status() == Status.DROPPED;
        if (closed) {
            summary = text(locale, "ical.task.summary." + t.status(), summary);
        }
        URI url = URI.create(publicUrl + "/tasks/" + t.id());
        List<String> lines = new ArrayList<>();
        lines.add(text(locale, "ical.task.task", t.task()));
        lines.add(text(locale, "ical.task.owner", name(names, t.ownerId())));
        if (!t.leadIds().isEmpty()) {
            lines.add(text(locale, "ical.task.lead", names(names, t.leadIds())));
        }
        if (!t.supportIds().isEmpty()) {
            lines.add(text(locale, "ical.task.support", names(names, t.supportIds())));
        }
        lines.add(month ? text(locale, "ical.task.deadline.month", MONTH.format(day), Days.format(day))
                : period ? text(locale, "ical.task.deadline.period", String.valueOf(from), String.valueOf(to),
                        Days.format(day))
                : text(locale, "ical.task.deadline", Days.format(day)));
        String status = text(locale, "task.status." + t.status());
        lines.add(text(locale, "ical.task.status", t.overdue(today)
                ? status + " – " + text(locale, "task.status.OVERDUE").toLowerCase(locale) : status, t.progress()));
        if (t.source() != null && !t.source().isBlank()) {
            lines.add(text(locale, "ical.task.source", t.source()));
        }
        lines.add(text(locale, "ical.link", url.toString()));
        return new CalendarEvent("task-" + t.id() + "@traodoi", summary, new AllDay(day), null,
                String.join("\n", lines), url, List.of(text(locale, "ical.category.task"), status),
                name(names, t.ownerId()), closed ? CalendarEvent.Status.CANCELLED : CalendarEvent.Status.CONFIRMED,
                t.version(), updatedAt);
    }

    private Map<Long, Instant> updatedAt(List<Long> ids) {
        Map<Long, Instant> updated = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, updated_at FROM follow_up_tasks WHERE id = ANY (?)").param(ids.toArray(Long[]::new))
                    .query((rs, n) -> updated.put(rs.getLong("id"),
                            rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                    .list();
        }
        return updated;
    }

    private static String name(Map<Long, Organization> names, long id) {
        Organization o = names.get(id);
        return o == null ? "#" + id : o.name();
    }

    private static String names(Map<Long, Organization> names, List<Long> ids) {
        return ids.stream().map(id -> name(names, id)).collect(Collectors.joining("; "));
    }

    private String text(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
