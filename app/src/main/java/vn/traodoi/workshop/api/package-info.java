/** The workshops' JSON API under {@code /api/v1/workshops}, on the same services and rules as the pages. */
@NullMarked
package vn.traodoi.workshop.api;

import org.jspecify.annotations.NullMarked;
