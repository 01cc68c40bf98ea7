package vn.traodoi.task;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.traodoi.system.AwaitedEvent;

/**
 * Lines that are to become follow-up tasks, one a line as {@link ProposalLines} reads them: the proposals of an
 * approved trip report, or the conclusions a workshop's chair gave. Published by the module where they were decided,
 * in the same transaction; the task module creates the tasks once that commits, through the event publication
 * registry, so that a failure is retried and nothing is lost (ADR 0012). A deadline may not fall before
 * {@code notBefore}, the day the lines were decided; {@code id} makes a repeated delivery harmless.
 */
public record FollowUpRequested(UUID id, long requestedBy, @Nullable Long delegationId, @Nullable Long workshopId,
        String source, String lines, LocalDate notBefore) implements AwaitedEvent {

    public static FollowUpRequested of(long requestedBy, @Nullable Long delegationId, @Nullable Long workshopId,
            String source, String lines, LocalDate notBefore) {
        return new FollowUpRequested(UUID.randomUUID(), requestedBy, delegationId, workshopId, source, lines, notBefore);
    }
}
