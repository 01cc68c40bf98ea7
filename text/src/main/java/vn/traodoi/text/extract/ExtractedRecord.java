package vn.traodoi.text.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything extracted from one article, every fact with the span it came from in {@link #text()} (the normalized
 * article). What the text does not state is absent: an empty list, or a null {@link #publishedOn()}.
 */
public record ExtractedRecord(
        String text,
        @Nullable String headline,
        java.time.@Nullable LocalDate publishedOn,
        Fact<EventKind> eventKind,
        List<Fact<DateMention>> dates,
        List<Fact<DocumentReference>> documents,
        List<Fact<PersonMention>> people,
        List<Fact<String>> organizations,
        List<Fact<Integer>> memberCounts,
        List<Fact<String>> sites,
        List<Fact<String>> topics,
        List<Fact<TaskMention>> tasks,
        List<Fact<String>> indices) {

    public ExtractedRecord {
        dates = List.copyOf(dates);
        documents = List.copyOf(documents);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        memberCounts = List.copyOf(memberCounts);
        sites = List.copyOf(sites);
        topics = List.copyOf(topics);
        tasks = List.copyOf(tasks);
        indices = List.copyOf(indices);
    }
}
