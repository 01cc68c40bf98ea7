package vn.traodoi.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.delegation.DocumentType;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.delegation.SessionKind;
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.ListItems;
import vn.traodoi.task.FollowUpTask;

/**
 * The import page's form as the user typed it: every value a string, so that a refused form is shown again exactly
 * as typed. Rows are numbered from 0 in the field names ({@code stop-0-host}, {@code task-2-deadline}); a row the user
 * unticks ({@code …-keep}) is kept on the page but left out of the draft.
 */
record ImportForm(String kind, String title, String organizerId, String organizerWritten, String startDate,
        String endDate, boolean monthOnly, String declaredMemberCount, String topics, List<StopRow> stops, List<MemberRow> members, List<DocumentRow> documents, List<SessionRow> sessions,
        List<TaskRow> tasks) {

    /** At most this many rows of a kind are read from a request. */
    static final int MAX_ROWS = 200;

    record StopRow(boolean keep, String written, String host, String unit, String unitName, String startDate,
            String endDate) {
    }

    record MemberRow(String name, String honorific, String title, String role, String side) {
    }

    record DocumentRow(boolean keep, String type, String symbol, String issuedOn, String issuer, boolean basis) {
    }

    record SessionRow(boolean keep, String stop, String kind, String date, String part, String place, String visited,
            String topics) {
    }

    record TaskRow(boolean keep, String task, String assigneeWritten, String assignee, String deadlineKind,
            String deadline, String deadlineWritten) {
    }

    static ImportForm of(Draft d) {
        return new ImportForm(name(d.kind()), s(d.title()), id(d.organizerId()), s(d.organizerWritten()),
                day(d.startDate()), day(d.endDate()), d.monthOnly(),
                d.declaredMemberCount() == null ? "" : d.declaredMemberCount().toString(), String.join("\n", d.topics()),
                d.stops().stream().map(x -> new StopRow(true, s(x.hostWritten()), id(x.hostOrganizationId()), id(x.unitId()),
                        s(x.unitName()), day(x.startDate()), day(x.endDate()))).toList(),
                d.members().stream().map(m -> new MemberRow(s(m.name()), s(m.honorific()), s(m.title()), name(m.role()),
                        s(m.side()))).toList(),
                d.documents().stream().map(x -> new DocumentRow(true, name(x.type()), s(x.numberSymbol()), day(x.issuedOn()),
                        s(x.issuer()), x.legalBasis())).toList(),
                d.sessions().stream().map(x -> new SessionRow(true, String.valueOf(x.stop()), name(x.kind()), day(x.date()),
                        name(x.partOfDay()), s(x.place()), id(x.visitedOrganizationId()), String.join("\n", x.topics())))
                        .toList(),
                d.tasks().stream().map(t -> new TaskRow(true, s(t.task()), s(t.assigneeWritten()), id(t.assigneeId()),
                        name(t.deadlineKind()), s(t.deadline()), s(t.deadlineWritten()))).toList());
    }

    /** The form as posted; absent fields are empty, absent check boxes unticked. */
    static ImportForm parse(Map<String, String> p) {
        Function<String, String> v = key -> Objects.requireNonNullElse(p.get(key), "");
        List<StopRow> stops = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && p.containsKey("stop-" + i + "-host"); i++) {
            String k = "stop-" + i + "-";
            stops.add(new StopRow(p.containsKey(k + "keep"), v.apply(k + "written"), v.apply(k + "host"), v.apply(k + "unit"),
                    v.apply(k + "unitName"), v.apply(k + "start"), v.apply(k + "end")));
        }
        List<MemberRow> members = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && p.containsKey("member-" + i + "-name"); i++) {
            String k = "member-" + i + "-";
            members.add(new MemberRow(v.apply(k + "name"), v.apply(k + "honorific"), v.apply(k + "title"),
                    v.apply(k + "role"), v.apply(k + "side")));
        }
        List<DocumentRow> documents = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && p.containsKey("doc-" + i + "-type"); i++) {
            String k = "doc-" + i + "-";
            documents.add(new DocumentRow(p.containsKey(k + "keep"), v.apply(k + "type"), v.apply(k + "symbol"),
                    v.apply(k + "issuedOn"), v.apply(k + "issuer"), p.containsKey(k + "basis")));
        }
        List<SessionRow> sessions = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && p.containsKey("session-" + i + "-kind"); i++) {
            String k = "session-" + i + "-";
            sessions.add(new SessionRow(p.containsKey(k + "keep"), v.apply(k + "stop"), v.apply(k + "kind"),
                    v.apply(k + "date"), v.apply(k + "part"), v.apply(k + "place"), v.apply(k + "visited"),
                    v.apply(k + "topics")));
        }
        List<TaskRow> tasks = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && p.containsKey("task-" + i + "-text"); i++) {
            String k = "task-" + i + "-";
            tasks.add(new TaskRow(p.containsKey(k + "keep"), v.apply(k + "text"), v.apply(k + "assigneeWritten"),
                    v.apply(k + "assignee"), v.apply(k + "deadlineKind"), v.apply(k + "deadline"),
                    v.apply(k + "deadlineWritten")));
        }
        return new ImportForm(v.apply("kind"), v.apply("title"), v.apply("organizerId"), v.apply("organizerWritten"),
                v.apply("startDate"), v.apply("endDate"), "true".equals(p.get("monthOnly")),
                v.apply("declaredMemberCount"), v.apply("topics"), stops, members, documents,
                sessions, tasks);
    }

    /**
     * The draft the form says, the rows the user unticked left out; each value that cannot be read adds a problem on
     * its field, named as the draft's ({@code tasks[0].deadline}), row numbers counted over the rows kept.
     */
    Draft toDraft(List<FieldProblem> problems) {
        Reader r = new Reader(problems);
        // The general fields first, in the page's order, so that the problems are listed as the fields are shown.
        DelegationKind k = r.constant("kind", kind, DelegationKind.class);
        if (k == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        }
        Long organizer = r.id("organizerId", organizerId);
        LocalDate start = r.day("startDate", startDate);
        LocalDate end = r.day("endDate", endDate);
        Integer count = null;
        if (!declaredMemberCount.isBlank()) {
            try {
                count = Integer.valueOf(declaredMemberCount.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("declaredMemberCount", "delegation.count.positive"));
            }
        }
        List<Integer> stopIndex = new ArrayList<>();
        List<Draft.Stop> stopList = new ArrayList<>();
        for (StopRow s : stops) {
            stopIndex.add(s.keep() ? stopList.size() : -1);
            if (s.keep()) {
                String f = "stops[" + stopList.size() + "].";
                stopList.add(new Draft.Stop(blank(s.written()), r.id(f + "hostOrganizationId", s.host()),
                        r.id(f + "unitId", s.unit()), blank(s.unitName()), r.day(f + "startDate", s.startDate()),
                        r.day(f + "endDate", s.endDate())));
            }
        }
        List<Draft.Member> memberList = new ArrayList<>();
        for (MemberRow m : members) {
            memberList.add(new Draft.Member(blank(m.name()), blank(m.honorific()), blank(m.title()),
                    r.constant("members[" + memberList.size() + "].role", m.role(), MemberRole.class), blank(m.side())));
        }
        List<Draft.Document> documentList = new ArrayList<>();
        for (DocumentRow d : documents) {
            if (d.keep()) {
                String f = "documents[" + documentList.size() + "].";
                documentList.add(new Draft.Document(r.constant(f + "type", d.type(), DocumentType.class), blank(d.symbol()),
                        r.day(f + "issuedOn", d.issuedOn()), blank(d.issuer()), d.basis()));
            }
        }
        List<Draft.Session> sessionList = new ArrayList<>();
        for (SessionRow s : sessions) {
            if (s.keep()) {
                String f = "sessions[" + sessionList.size() + "].";
                Long stop = r.id(f + "stop", s.stop());
                int kept = stop == null || stop < 0 || stop >= stopIndex.size() ? Integer.MAX_VALUE
                        : stopIndex.get(stop.intValue());
                sessionList.add(new Draft.Session(kept < 0 ? Integer.MAX_VALUE : kept,
                        r.constant(f + "kind", s.kind(), SessionKind.class), r.day(f + "date", s.date()),
                        r.constant(f + "partOfDay", s.part(), PartOfDay.class), blank(s.place()),
                        r.id(f + "visitedOrganizationId", s.visited()), ListItems.of(s.topics())));
            }
        }
        List<Draft.Task> taskList = new ArrayList<>();
        for (TaskRow t : tasks) {
            if (t.keep()) {
                String f = "tasks[" + taskList.size() + "].";
                taskList.add(new Draft.Task(blank(t.task()), blank(t.assigneeWritten()), r.id(f + "assigneeId", t.assignee()),
                        r.constant(f + "deadlineKind", t.deadlineKind(), FollowUpTask.DeadlineKind.class),
                        blank(t.deadline()), blank(t.deadlineWritten())));
            }
        }
        return new Draft(k, blank(title), start, end, monthOnly, count, organizer, blank(organizerWritten), null, stopList,
                memberList, documentList, ListItems.of(topics), sessionList, taskList);
    }

    /**
     * The row of the page (counted from 1) that a field of the draft names: the draft counts only the rows kept,
     * the page all of them. "tasks[1].deadline" is row 3 when the first task was unticked.
     */
    @Nullable Integer row(String list, int keptIndex) {
        List<Boolean> kept = switch (list) {
            case "stops" -> stops.stream().map(StopRow::keep).toList();
            case "documents" -> documents.stream().map(DocumentRow::keep).toList();
            case "sessions" -> sessions.stream().map(SessionRow::keep).toList();
            case "tasks" -> tasks.stream().map(TaskRow::keep).toList();
            case "members" -> members.stream().map(m -> true).toList();
            default -> List.of();
        };
        int seen = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i) && ++seen == keptIndex) {
                return i + 1;
            }
        }
        return null;
    }

    /** Reads typed values, adding a problem for each one that cannot be read. */
    private record Reader(List<FieldProblem> problems) {

        @Nullable LocalDate day(String field, String text) {
            if (text.isBlank()) {
                return null;
            }
            LocalDate day = Days.parse(text.strip()).orElse(null);
            if (day == null) {
                problems.add(new FieldProblem(field, "typeMismatch.java.time.LocalDate"));
            }
            return day;
        }

        @Nullable Long id(String field, String text) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return Long.valueOf(text.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(field, "typeMismatch.java.lang.Long"));
                return null;
            }
        }

        <E extends Enum<E>> @Nullable E constant(String field, String text, Class<E> type) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "typeMismatch"));
                return null;
            }
        }
    }

    private static @Nullable String blank(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private static String s(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String id(@Nullable Long id) {
        return id == null ? "" : id.toString();
    }

    private static String day(@Nullable LocalDate day) {
        return day == null ? "" : Days.format(day);
    }

    private static String name(@Nullable Enum<?> e) {
        return e == null ? "" : e.name();
    }
}
