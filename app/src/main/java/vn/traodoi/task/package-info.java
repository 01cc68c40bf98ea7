/**
 * Follow-up tasks (giao nhiệm vụ): assigned by an organization to one or more organizations, with a deadline that may
 * be a day, a month ("trong tháng 8/2023") or a period ("giai đoạn 2025-2030"), a status, progress and evidence;
 * OVERDUE is derived from the deadline, never stored.
 */
@NullMarked
package vn.traodoi.task;

import org.jspecify.annotations.NullMarked;
