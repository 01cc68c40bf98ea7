package vn.traodoi.text.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The changes between two texts, word by word (longest common subsequence), for comparing versions of a draft.
 * Whitespace travels with the word before it; words are compared without it, so joining the SAME and ADDED pieces
 * gives the new text and joining the SAME and REMOVED pieces the old one, up to spacing.
 */
public final class WordDiff {

    /** How a piece of text changed. */
    public enum Kind {
        SAME, REMOVED, ADDED
    }

    public record Piece(Kind kind, String text) {
    }

    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");
    /** Beyond this many word pairs the texts are shown as replaced whole, to bound time and memory. */
    static final long MAX_CELLS = 4_000_000L;

    private WordDiff() {
    }

    public static List<Piece> diff(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Piece> out = new ArrayList<>();
        add(out, Kind.SAME, String.join("", a.subList(0, prefix)));
        List<String> x = a.subList(prefix, a.size() - suffix);
        List<String> y = b.subList(prefix, b.size() - suffix);
        if ((long) x.size() * y.size() > MAX_CELLS) {
            add(out, Kind.REMOVED, String.join("", x));
            add(out, Kind.ADDED, String.join("", y));
        } else {
            middle(out, x, y);
        }
        add(out, Kind.SAME, String.join("", a.subList(a.size() - suffix, a.size())));
        return out;
    }

    /** True when the two texts differ in more than whitespace. */
    public static boolean changed(String before, String after) {
        return !before.strip().replaceAll("\\s+", " ").equals(after.strip().replaceAll("\\s+", " "));
    }

    private static void middle(List<Piece> out, List<String> x, List<String> y) {
        int n = x.size();
        int m = y.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(x.get(i), y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(x.get(i), y.get(j))) {
                add(out, Kind.SAME, y.get(j));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(out, Kind.REMOVED, x.get(i++));
            } else {
                add(out, Kind.ADDED, y.get(j++));
            }
        }
        while (i < n) {
            add(out, Kind.REMOVED, x.get(i++));
        }
        while (j < m) {
            add(out, Kind.ADDED, y.get(j++));
        }
    }

    private static boolean same(String a, String b) {
        return a.strip().equals(b.strip());
    }

    private static void add(List<Piece> out, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.getLast().kind() == kind) {
            out.set(out.size() - 1, new Piece(kind, out.getLast().text() + text));
        } else {
            out.add(new Piece(kind, text));
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
