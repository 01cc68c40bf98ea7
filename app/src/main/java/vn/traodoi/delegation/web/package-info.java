/** Pages of delegations: the lists, the record page with its tabs and forms, the calendar. */
@NullMarked
package vn.traodoi.delegation.web;

import org.jspecify.annotations.NullMarked;
