/**
 * Vietnamese text handling for traodoi, in plain Java without any framework: Unicode normalization,
 * diacritic folding, match keys and tone-mark placement.
 */
@NullMarked
package vn.traodoi.text;

import org.jspecify.annotations.NullMarked;
