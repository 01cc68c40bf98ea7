package vn.traodoi.text.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person named in the text, with the honorific used (ông, bà, đồng chí) and the titles given with the name. */
public record PersonMention(String name, @Nullable String honorific, List<String> titles) {

    public PersonMention {
        titles = List.copyOf(titles);
    }
}
