/**
 * Command-line tools of the text library: the evaluation table, the bulk extraction of a folder of articles, and the
 * dev-set scorer (a port of {@code score.py}) with its small JSON reader.
 */
@NullMarked
package vn.traodoi.text.cli;

import org.jspecify.annotations.NullMarked;
