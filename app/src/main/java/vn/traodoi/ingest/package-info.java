/**
 * Import of news articles into draft records: the article's text (pasted, or a .txt/.html file cleaned with jsoup),
 * the facts the text library finds in it shown on the text, and the draft delegation the user confirms; and archives
 * of thousands of articles (a .zip, or many files), stored entry by entry, read in the background by workers that
 * claim entries from the database, and reviewed proposal by proposal (ADR 0008).
 */
@NullMarked
package vn.traodoi.ingest;

import org.jspecify.annotations.NullMarked;
