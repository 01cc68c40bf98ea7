package vn.traodoi.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.traodoi.system.Days;
import vn.traodoi.text.extract.DateMention;
import vn.traodoi.text.extract.DocumentReference;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.text.extract.Fact;
import vn.traodoi.text.extract.Span;

/**
 * The days of the event an article is about: the longest range of days it gives ("từ ngày 20 đến ngày 22/7/2022"),
 * leaving out the dates of the documents it cites, of the tasks it sets and its own publication day; else the month it
 * names ({@code monthOnly}); else none. {@code yearInferred}: the days were written without their year.
 */
record EventDates(@Nullable LocalDate start, @Nullable LocalDate end, boolean monthOnly, boolean yearInferred,
        @Nullable Span span) {

    /** The event's days of {@code record}: the longest range of days it gives for the event, else its month. */
    static EventDates of(ExtractedRecord record) {
        List<Fact<DateMention>> candidates = record.eventDates().isEmpty() ? record.dates() : record.eventDates();
        Set<LocalDate> documentDates = new HashSet<>();
        record.documents().forEach(d -> {
            if (d.value().issuedOn() != null) {
                documentDates.add(d.value().issuedOn());
            }
        });
        List<Span> notEvent = new ArrayList<>();
        record.documents().forEach(d -> notEvent.add(d.span()));
        record.tasks().forEach(t -> notEvent.add(t.span()));
        List<Fact<DateMention>> own = candidates.stream()
                .filter(f -> notEvent.stream().noneMatch(s -> s.start() <= f.span().start() && f.span().end() <= s.end()))
                .toList();
        Optional<Fact<DateMention>> days = own.stream().filter(f -> f.value() instanceof DateMention.Days d
                        && !documentDates.contains(d.start()) && !d.start().equals(record.publishedOn()))
                .max(Comparator.comparingLong(f -> span((DateMention.Days) f.value())));
        if (days.isPresent()) {
            DateMention.Days d = (DateMention.Days) days.get().value();
            return new EventDates(d.start(), d.end(), false, d.yearInferred(), days.get().span());
        }
        Optional<Fact<DateMention>> month = own.stream().filter(f -> f.value() instanceof DateMention.Month).findFirst();
        if (month.isPresent()) {
            DateMention.Month m = (DateMention.Month) month.get().value();
            return new EventDates(m.month().atDay(1), m.month().atEndOfMonth(), true, m.yearInferred(), month.get().span());
        }
        return new EventDates(null, null, false, false, null);
    }

    private static long span(DateMention.Days d) {
        return d.end().toEpochDay() - d.start().toEpochDay();
    }

    /**
     * Where the year of days written without one came from: the article's own date when that is the year, else the
     * latest document it cites of that year, else the day it was imported.
     */
    Draft.@Nullable YearNote yearNote(ExtractedRecord record, LocalDate importedOn) {
        if (start == null || !yearInferred) {
            return null;
        }
        int year = start.getYear();
        if (record.publishedOn() != null && record.publishedOn().getYear() == year) {
            return new Draft.YearNote(year, Draft.YearNote.Source.PUBLISHED, Days.format(record.publishedOn()));
        }
        Optional<DocumentReference> cited = record.documents().stream().map(Fact::value)
                .filter(d -> d.issuedOn() != null && d.issuedOn().getYear() == year)
                .max(Comparator.comparing(DocumentReference::issuedOn));
        if (cited.isPresent()) {
            DocumentReference d = cited.get();
            return new Draft.YearNote(year, Draft.YearNote.Source.DOCUMENT, d.type() + " số " + d.symbol() + " ngày "
                    + Days.format(Objects.requireNonNull(d.issuedOn())));
        }
        return new Draft.YearNote(year, Draft.YearNote.Source.IMPORTED, Days.format(importedOn));
    }
}
