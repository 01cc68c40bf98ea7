package vn.traodoi.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.traodoi.text.extract.DateMention;
import vn.traodoi.text.extract.DocumentReference;
import vn.traodoi.text.extract.EventKind;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.text.extract.Fact;
import vn.traodoi.text.extract.PersonMention;
import vn.traodoi.text.extract.Span;
import vn.traodoi.text.extract.TaskMention;

/**
 * For the import tests: organizations of the directory made once per run, records of facts written by hand on a text
 * (what the text library is to find), and a page's form as a browser would send it.
 */
final class ImportFixtures {

    private ImportFixtures() {
    }

    /** The organization of this name, made once (in that province of the 63, as organizations are recorded). */
    static long organization(JdbcClient jdbc, String name, String kind, @Nullable String gsoCode) {
        jdbc.sql("""
                        INSERT INTO organizations (name, kind, unit_id)
                        VALUES (?, ?, (SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = ?))
                        ON CONFLICT DO NOTHING""")
                .params(name, kind, gsoCode).update();
        return jdbc.sql("SELECT id FROM organizations WHERE name = ? ORDER BY id LIMIT 1").param(name).query(Long.class)
                .single();
    }

    static long organization(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ? ORDER BY id LIMIT 1").param(name).query(Long.class)
                .single();
    }

    /** Facts on a text, each where its words are (the first occurrence from the previous fact on). */
    static final class Facts {

        final String text;
        @Nullable String headline;
        @Nullable LocalDate publishedOn;
        EventKind event = EventKind.INCOMING_DELEGATION;
        final List<Fact<DateMention>> dates = new ArrayList<>();
        final List<Fact<DateMention>> eventDates = new ArrayList<>();
        final List<Fact<DocumentReference>> documents = new ArrayList<>();
        final List<Fact<PersonMention>> people = new ArrayList<>();
        final List<Fact<String>> organizations = new ArrayList<>();
        @Nullable Fact<String> from;
        final List<Fact<String>> hosts = new ArrayList<>();
        @Nullable Fact<PersonMention> head;
        final List<Fact<PersonMention>> deputies = new ArrayList<>();
        final List<Fact<Integer>> counts = new ArrayList<>();
        final List<Fact<String>> sites = new ArrayList<>();
        final List<Fact<String>> topics = new ArrayList<>();
        final List<Fact<TaskMention>> tasks = new ArrayList<>();

        Facts(String text) {
            this.text = text;
        }

        <T> Fact<T> at(String words, T value) {
            int start = text.indexOf(words);
            if (start < 0) {
                throw new IllegalArgumentException("not in the text: " + words);
            }
            return new Fact<>(value, new Span(start, start + words.length()), 0.9);
        }

        Facts eventDay(String words, LocalDate start, LocalDate end, boolean yearInferred) {
            Fact<DateMention> f = at(words, new DateMention.Days(start, end, yearInferred));
            dates.add(f);
            eventDates.add(f);
            return this;
        }

        Facts document(String words, String type, String symbol, @Nullable LocalDate issuedOn, @Nullable String issuer,
                boolean legalBasis) {
            documents.add(at(words, new DocumentReference(type, symbol, null, issuedOn, issuer, legalBasis)));
            return this;
        }

        Facts from(String words) {
            from = at(words, words);
            return this;
        }

        Facts host(String words) {
            hosts.add(at(words, words));
            return this;
        }

        Facts head(String words, String name, String title) {
            PersonMention p = new PersonMention(name, "ông", List.of(title), PersonMention.Side.GUEST);
            head = at(words, p);
            people.add(at(words, p));
            return this;
        }

        Facts deputy(String words, String name, String title) {
            PersonMention p = new PersonMention(name, "bà", List.of(title), PersonMention.Side.GUEST);
            deputies.add(at(words, p));
            people.add(at(words, p));
            return this;
        }

        Facts person(String words, String name, String title, PersonMention.Side side) {
            people.add(at(words, new PersonMention(name, "ông", List.of(title), side)));
            return this;
        }

        Facts count(String words, int count) {
            counts.add(at(words, count));
            return this;
        }

        Facts site(String words) {
            sites.add(at(words, words));
            return this;
        }

        Facts topic(String words) {
            topics.add(at(words, words));
            return this;
        }

        Facts task(String words, String assignee, String task, @Nullable DateMention deadline, @Nullable String deadlineText) {
            tasks.add(at(words, new TaskMention(assignee, task, deadline, deadlineText)));
            return this;
        }

        ExtractedRecord record() {
            return new ExtractedRecord(text, headline, publishedOn, new Fact<>(event, new Span(0, 0), 0.9), dates, eventDates,
                    documents, people, organizations, from, hosts, head, deputies, counts, sites, topics, tasks, List.of());
        }
    }

    /** The form's fields as a browser sends them: ticked boxes, the selected option, text as it stands. */
    static MultiValueMap<String, String> form(Document page, String formId) {
        Element form = page.getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("no form #" + formId);
        }
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        for (Element e : form.select("input[name], select[name], textarea[name]")) {
            String name = e.attr("name");
            switch (e.tagName()) {
                case "select" -> {
                    Element selected = e.selectFirst("option[selected]");
                    Element first = e.selectFirst("option");
                    fields.add(name, selected != null ? selected.val() : first == null ? "" : first.val());
                }
                case "textarea" -> fields.add(name, e.wholeText());
                default -> {
                    if (!e.attr("type").equals("checkbox") || e.hasAttr("checked")) {
                        fields.add(name, e.val());
                    }
                }
            }
        }
        return fields;
    }

    /** One value of a form, as {@link #form} read it. */
    static Map<String, String> single(MultiValueMap<String, String> form) {
        Map<String, String> map = new LinkedHashMap<>();
        form.forEach((k, v) -> map.put(k, v.getFirst()));
        return map;
    }
}
