package vn.traodoi.workshop;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The same answer to the chosen comments ({@code ids}; the version of each comes as {@code v<id>}): its kind and text,
 * or a template that supplies what was left empty. {@code unanswered} is the filter the list was shown with.
 */
record ResponseForm(@Nullable List<Long> ids, @Nullable CommentStatus kind, @Nullable String response,
        @Nullable String changedText, @Nullable Long templateId, @Nullable Boolean unanswered) {

    static ResponseForm empty() {
        return new ResponseForm(null, null, null, null, null, null);
    }

    boolean filtered() {
        return Boolean.TRUE.equals(unanswered);
    }

    /** The comments chosen; an empty choice in the form ("ids=") arrives as a null element and chooses nothing. */
    List<Long> chosen() {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).toList();
    }

    /** This answer with the template's kind and text where none was given. */
    ResponseForm with(ResponseTemplate template) {
        return new ResponseForm(ids, kind == null ? template.kind() : kind,
                response == null || response.isBlank() ? template.text() : response, changedText, templateId, unanswered);
    }
}
