package vn.traodoi.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import vn.traodoi.text.cli.GoldJson;

/**
 * The example tables' helper, in the manner of Lucene's filter tests: one sentence in, the values of one field out,
 * as the import would propose them (the evaluation's schema: ISO days, XXXX for an unknown year).
 */
final class Examples {

    /** A field of the record as comparable strings. */
    enum Field {
        KIND(r -> GoldJson.kind(r) == null ? List.of() : List.of(GoldJson.kind(r))),
        EVENT_DATES(GoldJson::eventDates),
        FROM(r -> r.delegationFrom() == null ? List.of() : List.of(r.delegationFrom().value())),
        HOST(r -> r.hosts().stream().map(Fact::value).toList()),
        HEAD(r -> r.head() == null ? List.of() : List.of(r.head().value().name() + " | " + r.head().value().title())),
        DEPUTIES(r -> r.deputies().stream().map(f -> f.value().name()).toList()),
        PEOPLE(r -> r.people().stream().map(f -> f.value().name() + " | " + f.value().title()).toList()),
        SIDES(r -> r.people().stream().map(f -> f.value().name() + " | " + f.value().side()).toList()),
        TOPICS(r -> r.topics().stream().map(Fact::value).toList()),
        SITES(r -> r.sites().stream().map(Fact::value).toList()),
        DOCUMENTS(r -> r.documents().stream().map(f -> f.value().type() + " " + f.value().symbol()
                + (f.value().legalBasis() ? " (căn cứ)" : "")).toList()),
        TASKS(r -> r.tasks().stream().map(f -> f.value().assignee() + " | " + f.value().task() + " | " + f.value().deadlineText())
                .toList()),
        PUBLISHED(r -> r.publishedOn() == null ? List.of() : List.of(r.publishedOn().toString()));

        private final Function<ExtractedRecord, List<String>> values;

        Field(Function<ExtractedRecord, List<String>> values) {
            this.values = values;
        }
    }

    private Examples() {
    }

    static void assertExtracted(String text, Field field, String... expected) {
        ExtractedRecord r = ArticleExtractor.standard().extract(text, LocalDate.of(2026, 12, 1));
        assertThat(field.values.apply(r)).as("%s of: %s", field, text).containsExactly(expected);
    }
}
