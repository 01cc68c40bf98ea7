/**
 * Tra cứu: one index of search documents that every feature feeds in the transaction of its own change
 * ({@link vn.traodoi.search.SearchIndex}), and one Vietnamese search over it, with or without diacritics, across what
 * the user's organization may see ({@link vn.traodoi.search.KnowledgeSearch}, the page and {@code /api/v1/search}).
 */
@NullMarked
package vn.traodoi.search;

import org.jspecify.annotations.NullMarked;
