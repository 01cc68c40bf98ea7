package vn.traodoi.text.extract;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything extracted from one article, every fact with the span it came from in {@link #text()} (the normalized
 * article) and a confidence. What the text does not state is absent: an empty list or null.
 *
 * <ul>
 * <li>{@link #dates()}: every date the text names; {@link #eventDates()}: only the event's own days, never a
 * document's date, the page's timestamp or a date to come.</li>
 * <li>{@link #delegationFrom()}: who sent the delegation; {@link #hosts()}: who received it or held the workshop.</li>
 * <li>{@link #head()} and {@link #deputies()}: only when the text names a head ("do … làm trưởng đoàn", "dẫn
 * đầu"); {@link #people()} carry their side.</li>
 * </ul>
 */
public record ExtractedRecord(
        String text,
        @Nullable String headline,
        @Nullable LocalDate publishedOn,
        Fact<EventKind> eventKind,
        List<Fact<DateMention>> dates,
        List<Fact<DateMention>> eventDates,
        List<Fact<DocumentReference>> documents,
        List<Fact<PersonMention>> people,
        List<Fact<String>> organizations,
        @Nullable Fact<String> delegationFrom,
        List<Fact<String>> hosts,
        @Nullable Fact<PersonMention> head,
        List<Fact<PersonMention>> deputies,
        List<Fact<Integer>> memberCounts,
        List<Fact<String>> sites,
        List<Fact<String>> topics,
        List<Fact<TaskMention>> tasks,
        List<Fact<String>> indices) {

    public ExtractedRecord {
        dates = List.copyOf(dates);
        eventDates = List.copyOf(eventDates);
        documents = List.copyOf(documents);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        hosts = List.copyOf(hosts);
        deputies = List.copyOf(deputies);
        memberCounts = List.copyOf(memberCounts);
        sites = List.copyOf(sites);
        topics = List.copyOf(topics);
        tasks = List.copyOf(tasks);
        indices = List.copyOf(indices);
    }

    /** The declared number of members, when the text states exactly one. */
    public @Nullable Integer memberCount() {
        return memberCounts.stream().map(Fact::value).distinct().count() == 1 ? memberCounts.getFirst().value() : null;
    }

    /**
     * The month of the article's own dateline or timestamp ("Thứ hai - 24/07/2023 00:48", an archive's "date
     * 2023-08"), from which a date written without its year takes one; null when the page states none.
     */
    public java.time.@Nullable YearMonth dateline() {
        Dateline.Stamps stamps = Dateline.find(text);
        return stamps.month() != null ? stamps.month() : publishedOn == null ? null : java.time.YearMonth.from(publishedOn);
    }

    /** True when a date of the event had no year in the text and took one from the dateline or a cited date. */
    public boolean eventYearInferred() {
        return eventDates.stream().map(Fact::value).anyMatch(d -> d instanceof DateMention.Days days && days.yearInferred()
                || d instanceof DateMention.Month month && month.yearInferred());
    }
}
