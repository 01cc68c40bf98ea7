package vn.traodoi.ingest;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article of an archive was accepted for a delegation (a draft made from it, or the record on file it was merged
 * into): what the article says was learned, for the lessons of the organization that imported it. Published in the
 * accepting transaction, so that the lessons are kept with the acceptance or not at all.
 *
 * @param source the article as a reader recognizes it: "“Headline” (archive.zip › a.txt)"
 */
public record ArticleAccepted(long organizationId, long delegationId, String source, List<Lesson> lessons) {

    public ArticleAccepted {
        Objects.requireNonNull(source, "source");
        lessons = List.copyOf(lessons);
    }

    /** A lesson: the topic it is about when the article names one, and what the article says. */
    public record Lesson(@Nullable String topic, String content) {

        public Lesson {
            if (content.isBlank()) {
                throw new IllegalArgumentException("a lesson needs its content");
            }
        }
    }
}
