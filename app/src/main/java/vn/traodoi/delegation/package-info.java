/**
 * Delegations (đoàn công tác) end to end, for the guest and the hosts on one shared record: plan, members,
 * legal bases, stops and sessions, the approval and host-coordination workflow, and its timeline.
 */
@NullMarked
package vn.traodoi.delegation;

import org.jspecify.annotations.NullMarked;
