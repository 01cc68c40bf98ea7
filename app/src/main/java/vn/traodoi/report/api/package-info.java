/** The trip reports' JSON API under {@code /api/v1/delegations/{id}/report}, on the same service and rules as the pages. */
@NullMarked
package vn.traodoi.report.api;

import org.jspecify.annotations.NullMarked;
