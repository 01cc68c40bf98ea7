package vn.traodoi.system;

import java.util.List;

/**
 * One page of a list and how many items match in all; pages count from 1.
 *
 * <pre>
 * new Page&lt;&gt;(items, 51, 2, 25).pages() → 3
 * </pre>
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive, was " + size);
        }
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The offset of the first item of {@code page} (1 or more; anything less is page 1). */
    public static int offset(int page, int size) {
        return (Math.max(page, 1) - 1) * size;
    }
}
