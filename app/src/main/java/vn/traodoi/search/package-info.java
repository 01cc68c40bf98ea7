/**
 * Tra cứu: one Vietnamese search, with or without diacritics, across what the organization may see: lessons,
 * delegations, workshops and their comments, tasks and news.
 */
@NullMarked
package vn.traodoi.search;

import org.jspecify.annotations.NullMarked;
