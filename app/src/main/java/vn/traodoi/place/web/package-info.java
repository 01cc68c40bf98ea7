/** Pages for administrative units and the administration of organizations. */
@NullMarked
package vn.traodoi.place.web;

import org.jspecify.annotations.NullMarked;
