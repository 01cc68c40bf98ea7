package vn.traodoi.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.traodoi.text.extract.ExtractedRecord;
import vn.traodoi.text.extract.Fact;

/** The article cut into plain and highlighted pieces, for showing each fact on the text it came from. */
final class Highlights {

    /** A piece of the article; {@code kind} is null for plain text, else the kind of fact ("date", "person", …). */
    record Piece(String text, @Nullable String kind) {
    }

    private record Marked(int start, int end, String kind) {
    }

    private Highlights() {
    }

    static List<Piece> of(ExtractedRecord r) {
        List<Marked> marks = new ArrayList<>();
        add(marks, r.dates(), "date");
        add(marks, r.documents(), "document");
        add(marks, r.people(), "person");
        add(marks, r.organizations(), "organization");
        add(marks, r.memberCounts(), "count");
        add(marks, r.sites(), "site");
        add(marks, r.topics(), "topic");
        add(marks, r.tasks(), "task");
        add(marks, r.indices(), "index");
        marks.sort(Comparator.comparingInt(Marked::start).thenComparing(m -> -(m.end() - m.start())));
        List<Piece> pieces = new ArrayList<>();
        String text = r.text();
        int at = 0;
        for (Marked m : marks) {
            if (m.start() < at || m.end() <= m.start()) {
                continue;
            }
            if (m.start() > at) {
                pieces.add(new Piece(text.substring(at, m.start()), null));
            }
            pieces.add(new Piece(text.substring(m.start(), m.end()), m.kind()));
            at = m.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return pieces;
    }

    private static void add(List<Marked> marks, List<? extends Fact<?>> facts, String kind) {
        facts.forEach(f -> marks.add(new Marked(f.span().start(), f.span().end(), kind)));
    }
}
