/** REST API for administrative units and organizations under {@code /api/v1}. */
@NullMarked
package vn.traodoi.place.api;

import org.jspecify.annotations.NullMarked;
