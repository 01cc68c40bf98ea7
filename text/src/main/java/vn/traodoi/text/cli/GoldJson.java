package vn.traodoi.text.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.traodoi.text.extract.DateMention;
import vn.traodoi.text.extract.DocumentReference;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.text.extract.Fact;
import vn.traodoi.text.extract.PersonMention;
import vn.traodoi.text.extract.TaskMention;

/**
 * An extracted record in the schema of the evaluation's gold annotations ({@code kind}, {@code event_dates},
 * {@code delegation_from}, {@code host}, {@code head}, {@code deputy_heads}, {@code member_count}, {@code people},
 * {@code documents}, {@code sites_visited}, {@code topics}, {@code follow_up_tasks}, {@code indices_mentioned}). This
 * is the product's own reading of the article, field for field what the import page proposes:
 *
 * <ul>
 * <li>an event day whose year the text does not write is {@code XXXX-MM-DD} unless the article's own dateline gave
 * it; a range gives its first and last day;</li>
 * <li>several hosts are one host phrase, joined as the text would ("A và B");</li>
 * <li>a person's title is the chain of titles given with the name.</li>
 * </ul>
 */
public final class GoldJson {

    private GoldJson() {
    }

    public static String of(ExtractedRecord r) {
        StringBuilder b = new StringBuilder("{\n");
        field(b, "kind", kind(r) == null ? null : BulkExtract.q(kind(r)), true);
        list(b, "event_dates", eventDates(r).stream().map(BulkExtract::q).toList());
        field(b, "delegation_from", r.delegationFrom() == null ? null : BulkExtract.q(r.delegationFrom().value()), true);
        field(b, "host", r.hosts().isEmpty() ? null : BulkExtract.q(String.join(" và ",
                r.hosts().stream().map(Fact::value).toList())), true);
        field(b, "head", r.head() == null ? null : person(r.head().value(), false), true);
        list(b, "deputy_heads", r.deputies().stream().map(f -> person(f.value(), false)).toList());
        Integer count = r.memberCount();
        field(b, "member_count", count == null ? null : count.toString(), true);
        list(b, "people", r.people().stream().map(f -> person(f.value(), true)).toList());
        list(b, "documents", r.documents().stream().map(f -> document(f.value())).toList());
        list(b, "sites_visited", r.sites().stream().map(f -> BulkExtract.q(f.value())).toList());
        list(b, "topics", r.topics().stream().map(f -> BulkExtract.q(f.value())).toList());
        list(b, "follow_up_tasks", r.tasks().stream().map(f -> task(f.value())).toList());
        List<String> indices = r.indices().stream().map(f -> BulkExtract.q(f.value())).toList();
        b.append("  \"indices_mentioned\": ").append(indices).append("\n}\n");
        return b.toString();
    }

    /** "incoming", "outgoing", "workshop", "other", or null for unknown. */
    public static @Nullable String kind(ExtractedRecord r) {
        return switch (r.eventKind().value()) {
            case INCOMING_DELEGATION -> "incoming";
            case OUTGOING_DELEGATION -> "outgoing";
            case WORKSHOP -> "workshop";
            case OTHER -> "other";
            case UNKNOWN -> null;
        };
    }

    /** ISO days; XXXX for a year the text and its dateline do not give. */
    public static List<String> eventDates(ExtractedRecord r) {
        Set<String> out = new LinkedHashSet<>();
        boolean dateline = r.dateline() != null;
        for (Fact<DateMention> f : r.eventDates()) {
            if (f.value() instanceof DateMention.Days d) {
                boolean unknownYear = d.yearInferred() && !dateline;
                out.add(day(d.start(), unknownYear));
                out.add(day(d.end(), unknownYear));
            }
        }
        // a day written once with its year and once without is one day
        out.removeIf(d -> d.startsWith("XXXX") && out.stream().anyMatch(o -> !o.startsWith("XXXX") && o.endsWith(d.substring(4))));
        return new ArrayList<>(out);
    }

    private static String day(java.time.LocalDate day, boolean unknownYear) {
        return unknownYear ? "XXXX" + day.toString().substring(4) : day.toString();
    }

    private static String person(PersonMention p, boolean side) {
        StringBuilder b = new StringBuilder("{\"name\": ").append(BulkExtract.q(p.name())).append(", \"title\": ")
                .append(p.title() == null ? "null" : BulkExtract.q(p.title()));
        if (side) {
            b.append(", \"side\": ").append(switch (p.side()) {
                case GUEST -> "\"guest\"";
                case HOST -> "\"host\"";
                case OTHER -> "\"other\"";
                case UNKNOWN -> "null";
            });
        }
        return b.append('}').toString();
    }

    private static String document(DocumentReference d) {
        return "{\"type\": " + BulkExtract.q(d.type()) + ", \"number\": " + BulkExtract.q(d.symbol()) + ", \"date\": "
                + (d.issuedOn() == null ? "null" : BulkExtract.q(d.issuedOn().toString())) + "}";
    }

    private static String task(TaskMention t) {
        return "{\"assignee\": " + BulkExtract.q(t.assignee()) + ", \"task\": " + BulkExtract.q(t.task())
                + ", \"deadline\": " + (t.deadlineText() != null ? BulkExtract.q(t.deadlineText())
                : t.deadline() == null ? "null" : BulkExtract.q(t.deadline().key())) + "}";
    }

    private static void field(StringBuilder b, String name, @Nullable String value, boolean comma) {
        b.append("  \"").append(name).append("\": ").append(value == null ? "null" : value).append(comma ? ",\n" : "\n");
    }

    private static void list(StringBuilder b, String name, List<String> values) {
        b.append("  \"").append(name).append("\": [");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "\n    " : ",\n    ").append(values.get(i));
        }
        b.append(values.isEmpty() ? "],\n" : "\n  ],\n");
    }
}
