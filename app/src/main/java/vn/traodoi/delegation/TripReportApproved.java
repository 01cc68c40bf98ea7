package vn.traodoi.delegation;

import vn.traodoi.system.AwaitedEvent;

/**
 * The trip report of a delegation was approved: the delegation becomes REPORTED, and the report module keeps the
 * report's lessons. Published by the report module in the transaction of the approval and delivered after it commits,
 * through the event publication registry (ADR 0012). It is declared here, in the module of the delegation, because
 * the report module depends on this one and a listener here may not depend on the report module.
 */
public record TripReportApproved(long delegationId, long organizerId, long approvedBy) implements AwaitedEvent {
}
