package vn.traodoi.workshop;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.traodoi.system.InvalidInputException.FieldProblem;

/**
 * What an answer to comments needs: at least one comment chosen; an outcome other than "received"; for ABSORBED the
 * changed text or a response saying where it went, for EXPLAINED and RESERVED the reason; neither longer than a
 * comment may be.
 */
final class Answers {

    private Answers() {
    }

    /** The problems of an answer to {@code chosen} comments, each on its field; none when it may be given. */
    static List<FieldProblem> problems(int chosen, @Nullable CommentStatus kind, @Nullable String response,
            @Nullable String changedText) {
        List<FieldProblem> problems = new ArrayList<>();
        if (chosen == 0) {
            problems.add(new FieldProblem("ids", "workshop.respond.none"));
        }
        if (kind == null || kind == CommentStatus.RECEIVED) {
            problems.add(new FieldProblem("kind", "validation.required"));
        } else if (kind == CommentStatus.ABSORBED ? response == null && changedText == null : response == null) {
            problems.add(new FieldProblem("response", kind == CommentStatus.ABSORBED ? "workshop.respond.absorbedNeedsText"
                    : "workshop.respond.reasonRequired"));
        }
        if ((response != null && response.length() > WorkshopComments.MAX_COMMENT)
                || (changedText != null && changedText.length() > WorkshopComments.MAX_COMMENT)) {
            problems.add(new FieldProblem("response", "validation.tooLong"));
        }
        return problems;
    }
}
