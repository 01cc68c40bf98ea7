/** REST API of delegations under {@code /api/v1/delegations}. */
@NullMarked
package vn.traodoi.delegation.api;

import org.jspecify.annotations.NullMarked;
