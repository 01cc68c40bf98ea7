/**
 * Administrative units (the 63 provinces until 2025-06-30 and the 34 from 2025-07-01), their names
 * through time, and the organizations that belong to them.
 */
@NullMarked
package vn.traodoi.place;

import org.jspecify.annotations.NullMarked;
