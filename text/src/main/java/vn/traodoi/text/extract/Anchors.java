package vn.traodoi.text.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Where in a text a pattern can match at all: a regex scan of the whole text costs some nanoseconds per character
 * per pattern, while most facts sit next to a cheap landmark (a digit for dates, a capital letter for names). The
 * extractors run their patterns only in windows around such landmarks, with transparent bounds so that look-behinds
 * still see the text outside the window.
 */
final class Anchors {

    /** {@code [start, end)} of the text. */
    record Window(int start, int end) {
    }

    private static final ThreadLocal<String[]> LAST_LOWER = ThreadLocal.withInitial(() -> new String[4]);
    private static final ThreadLocal<Object[]> LAST_DIGITS = ThreadLocal.withInitial(() -> new Object[2]);

    private Anchors() {
    }

    /** Merged windows reaching {@code before} characters before and {@code after} after every digit of the text. */
    static List<Window> aroundDigits(String text, int before, int after) {
        return merge(digits(text), text.length(), before, after);
    }

    /** Merged windows reaching {@code before} characters before and {@code after} after every {@code c} of the text. */
    static List<Window> around(String text, char c, int before, int after) {
        IntList at = new IntList();
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            at.add(i);
        }
        return merge(at.toArray(), text.length(), before, after);
    }

    /** Where the text has a digit, in order; the stages of one article ask for the same text several times. */
    private static int[] digits(String text) {
        Object[] last = text.length() < 400 ? null : LAST_DIGITS.get();
        if (last != null && last[0] == text) {
            return (int[]) last[1];
        }
        IntList at = new IntList();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                at.add(i);
            }
        }
        int[] found = at.toArray();
        if (last != null) {
            last[0] = text;
            last[1] = found;
        }
        return found;
    }

    /** The text in lower case, character for character, so that positions stay those of the text. */
    static String lower(String text) {
        if (text.length() < 400) {
            return lowered(text);
        }
        // the stages of one article ask for the same texts' lower case several times: keep the last two per thread
        // (short texts, such as one task's words, are lowered on the spot and do not push the article out)
        String[] last = LAST_LOWER.get(); // the last two texts and their lower case: {text, lower, text, lower}
        if (last[0] == text) {
            return last[1];
        }
        if (last[2] == text) {
            return last[3];
        }
        String lowered = lowered(text);
        last[2] = last[0];
        last[3] = last[1];
        last[0] = text;
        last[1] = lowered;
        return lowered;
    }

    private static String lowered(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        }
        return new String(out);
    }

    /** Where any of the words starts a word of the (lower-cased) text, in order, each position once. */
    static int[] wordStarts(String lower, List<String> words) {
        java.util.BitSet at = new java.util.BitSet(lower.length());
        for (String word : words) {
            for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
                if (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1))) {
                    at.set(i);
                }
            }
        }
        return at.stream().toArray();
    }

    /** The windows of both lists, merged where they touch. */
    static List<Window> union(List<Window> a, List<Window> b) {
        List<Window> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(java.util.Comparator.comparingInt(Window::start));
        List<Window> out = new ArrayList<>();
        for (Window w : all) {
            if (!out.isEmpty() && w.start() <= out.getLast().end()) {
                Window last = out.removeLast();
                out.add(new Window(last.start(), Math.max(last.end(), w.end())));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** Windows around every occurrence of any of the words. */
    static List<Window> aroundWords(String text, List<String> words, int before, int after) {
        IntList at = new IntList();
        for (String word : words) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                at.add(i);
            }
        }
        int[] sorted = at.toArray();
        java.util.Arrays.sort(sorted);
        return merge(sorted, text.length(), before, after);
    }

    /** The windows around positions given in ascending order, merged where they touch. */
    private static List<Window> merge(int[] positions, int length, int before, int after) {
        List<Window> windows = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i : positions) {
            int s = Math.max(0, i - before);
            int e = Math.min(length, i + 1 + after);
            if (start >= 0 && s <= end) {
                end = Math.max(end, e);
            } else {
                if (start >= 0) {
                    windows.add(new Window(start, end));
                }
                start = s;
                end = e;
            }
        }
        if (start >= 0) {
            windows.add(new Window(start, end));
        }
        return windows;
    }

    /** A growing list of positions without boxing. */
    private static final class IntList {
        private int[] items = new int[16];
        private int size;

        void add(int value) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(items, size);
        }
    }
}
