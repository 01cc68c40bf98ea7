/** The audit log: every state change with who, when, what, and the state before and after. */
@NullMarked
package vn.traodoi.audit;

import org.jspecify.annotations.NullMarked;
