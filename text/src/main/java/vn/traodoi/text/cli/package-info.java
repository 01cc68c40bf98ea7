/** Command-line tools of the text library: the evaluation table and the bulk extraction of a folder of articles. */
@NullMarked
package vn.traodoi.text.cli;

import org.jspecify.annotations.NullMarked;
