package vn.traodoi.text.extract;

import java.util.Objects;

/**
 * A value found in the text, where it was found, and how sure the extractor is (0..1): 0.9 and above for
 * explicit patterns ("Kế hoạch số 196/KH-UBND"), lower where the extractor had to infer (a year taken from the
 * publication date).
 */
public record Fact<T>(T value, Span span, double confidence) {

    public Fact {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
    }
}
