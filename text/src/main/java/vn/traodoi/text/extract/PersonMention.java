package vn.traodoi.text.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person named in the text, with the honorific used (ông, bà, đồng chí), the titles given with the name, and the
 * side the person is on in the event: the delegation ({@link Side#GUEST}), the hosts, someone else, or not said.
 */
public record PersonMention(String name, @Nullable String honorific, List<String> titles, Side side) {

    /** Which side of the visit a person is on. */
    public enum Side {
        GUEST, HOST, OTHER, UNKNOWN
    }

    public PersonMention {
        titles = List.copyOf(titles);
    }

    public PersonMention(String name, @Nullable String honorific, List<String> titles) {
        this(name, honorific, titles, Side.UNKNOWN);
    }

    /** The titles as one phrase, as the text chains them: "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy". */
    public @Nullable String title() {
        return titles.isEmpty() ? null : String.join(", ", titles);
    }

    PersonMention on(Side newSide) {
        return new PersonMention(name, honorific, titles, newSide);
    }
}
