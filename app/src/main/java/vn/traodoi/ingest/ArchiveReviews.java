package vn.traodoi.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.audit.AuditLog;

/**
 * An imported article was confirmed (a draft made) or linked to a record on file: when it is an archive's entry, the
 * entry is marked ACCEPTED or MERGED, whether that was done from the review queue or from the import page, and what
 * the article says was learned is published ({@link ArticleAccepted}) for the lessons, in the same transaction.
 */
@Component
class ArchiveReviews {

    /** What the audit log keeps of an entry's review. */
    record ReviewState(ArchiveItem.State state, @Nullable Long delegationId, @Nullable Long workshopId,
            @Nullable String note) {
    }

    private final Archives archives;
    private final ArticleReader reader;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArchiveReviews(Archives archives, ArticleReader reader, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.archives = archives;
        this.reader = reader;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void reviewed(CurrentUser user, ArticleImport stored, ArchiveItem.State state, @Nullable Long delegationId,
            @Nullable Long workshopId) {
        Optional<Archives.Reviewed> item = archives.markReviewed(stored.id(), state, user.userId(), null,
                OffsetDateTime.now(clock));
        if (item.isEmpty()) {
            return;
        }
        Archives.Reviewed r = item.get();
        audit.record("ARCHIVE_ITEM_" + state.name(), "archive_item", r.itemId(), stored.headline(),
                new ReviewState(r.before(), null, null, null), new ReviewState(state, delegationId, workshopId, null));
        if (delegationId != null) {
            List<ArticleAccepted.Lesson> lessons = ArticleLessons.of(reader.read(stored.articleText(),
                    stored.createdAt().toLocalDate()));
            if (!lessons.isEmpty()) {
                String source = (stored.headline() == null ? "" : "“" + stored.headline() + "” ") + "(" + r.archiveName()
                        + (r.archiveName().equals(r.entryName()) ? "" : " › " + r.entryName()) + ")";
                events.publishEvent(new ArticleAccepted(user.orgId(), delegationId, source.strip(), lessons));
            }
        }
    }
}
