/**
 * Extraction of facts from Vietnamese news articles about delegations and workshops: a pipeline of small stages
 * (normalization, sentences, one extractor per kind of fact) whose every fact points to the span of text it came
 * from. A fact the text does not state is absent; a year the text does not give is taken from the reference date
 * and marked so, or left unknown.
 */
@NullMarked
package vn.traodoi.text.extract;

import org.jspecify.annotations.NullMarked;
