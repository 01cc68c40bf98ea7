/** Cross-cutting configuration: the database (embedded or external), the data directory, limits. */
@NullMarked
package vn.traodoi.system;

import org.jspecify.annotations.NullMarked;
