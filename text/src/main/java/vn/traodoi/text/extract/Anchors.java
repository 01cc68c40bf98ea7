package vn.traodoi.text.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

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

    private static final ThreadLocal<String[]> LAST_LOWER = ThreadLocal.withInitial(() -> new String[2]);

    private Anchors() {
    }

    /** Merged windows reaching {@code before} characters before and {@code after} after every matching character. */
    static List<Window> around(String text, IntPredicate landmark, int before, int after) {
        List<Window> windows = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = 0; i < text.length(); i++) {
            if (landmark.test(text.charAt(i))) {
                int s = Math.max(0, i - before);
                int e = Math.min(text.length(), i + 1 + after);
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
        }
        if (start >= 0) {
            windows.add(new Window(start, end));
        }
        return windows;
    }

    /** The text in lower case, character for character, so that positions stay those of the text. */
    static String lower(String text) {
        // the stages of one article ask for the same text's lower case several times: keep the last one per thread
        String[] last = LAST_LOWER.get();
        if (last[0] == text) {
            return last[1];
        }
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(text.charAt(i));
        }
        String lowered = new String(out);
        last[0] = text;
        last[1] = lowered;
        return lowered;
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
        boolean[] hit = new boolean[text.length()];
        boolean any = false;
        for (String word : words) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                hit[i] = true;
                any = true;
            }
        }
        return any ? merge(hit, text.length(), before, after) : List.of();
    }

    private static List<Window> merge(boolean[] hit, int length, int before, int after) {
        List<Window> windows = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = 0; i < length; i++) {
            if (hit[i]) {
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
        }
        if (start >= 0) {
            windows.add(new Window(start, end));
        }
        return windows;
    }
}
