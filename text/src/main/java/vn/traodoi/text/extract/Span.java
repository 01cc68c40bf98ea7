package vn.traodoi.text.extract;

/** Characters {@code [start, end)} of the normalized article text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
