/**
 * Import of news articles into draft records: the article's text (pasted, or a .txt/.html file cleaned with jsoup),
 * the facts the text library finds in it shown on the text, and the draft delegation the user confirms.
 */
@NullMarked
package vn.traodoi.ingest;

import org.jspecify.annotations.NullMarked;
