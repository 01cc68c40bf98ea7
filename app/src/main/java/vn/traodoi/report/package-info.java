/**
 * After the visit: each member's report, the trip report the secretary compiles from them and the approver approves
 * (the delegation becomes REPORTED), and the lessons kept from it, searchable by topic and place.
 */
@NullMarked
package vn.traodoi.report;

import org.jspecify.annotations.NullMarked;
