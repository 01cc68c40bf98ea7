/** People and the positions they hold over time: a shared directory of officials and experts. */
@NullMarked
package vn.traodoi.people;

import org.jspecify.annotations.NullMarked;
