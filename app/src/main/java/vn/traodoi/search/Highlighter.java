package vn.traodoi.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.util.HtmlUtils;
import vn.traodoi.text.VietnameseText;

/**
 * Marks the words of a query in a text, with or without diacritics, as HTML: the text is escaped, only
 * {@code <mark>} is added, so the result may be written unescaped. PostgreSQL's {@code ts_headline} cannot do this
 * for folded queries: it parses the text with diacritics, where "123/QĐ-UBND" is split and "chinh" is not "chính".
 *
 * <pre>
 * terms("196 KH-UBND")                                → [196, kh-ubnd, kh, ubnd]
 * html("Kế hoạch số 196/KH-UBND", terms("196/kh"), 0) → "Kế hoạch số &lt;mark&gt;196/KH&lt;/mark&gt;-UBND" (as HTML)
 * html("Chính quyền &lt;đô thị&gt;", terms("do thi"), 0) → "Chính quyền &amp;lt;&lt;mark&gt;đô thị&lt;/mark&gt;&amp;gt;"
 * </pre>
 *
 * A snippet of at most {@code width} characters is the window that holds the most different words of the query,
 * cut at spaces, with "…" where the text goes on; the text's lines are shown separated by " · ".
 */
final class Highlighter {

    private Highlighter() {
    }

    /**
     * The words to mark for a query as the user typed it (websearch syntax): each folded word, a compound word
     * ("196/kh-ubnd") also by its parts; negated words ({@code -xyz}) and {@code or} are not marked.
     */
    static Set<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : VietnameseText.fold(query).split("\\s+")) {
            if (word.startsWith("-") || word.equals("or")) {
                continue;
            }
            String bare = word.replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
            if (bare.isEmpty()) {
                continue;
            }
            terms.add(bare);
            for (String part : bare.split("[^a-z0-9]+")) {
                if (!part.isEmpty()) {
                    terms.add(part);
                }
            }
        }
        return terms;
    }

    /** The text as HTML with the terms marked; {@code width} 0 keeps the whole text, otherwise a snippet. */
    static String html(String text, Set<String> terms, int width) {
        String source = VietnameseText.normalize(text.replace('\n', '\u2028')).replace("\u2028", " · ");
        String folded = fold(source);
        boolean[] marked = new boolean[source.length()];
        List<int[]> hits = new ArrayList<>();
        for (String term : terms) {
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
                int end = at + term.length();
                if (boundary(folded, at - 1) && boundary(folded, end)) {
                    hits.add(new int[] {at, end, hits.size()});
                    for (int i = at; i < end; i++) {
                        marked[i] = true;
                    }
                }
            }
        }
        int from = 0;
        int to = source.length();
        if (width > 0 && source.length() > width) {
            from = windowStart(source, folded, hits, width);
            to = Math.min(source.length(), from + width);
            if (to < source.length()) {
                int space = source.lastIndexOf(' ', to);
                to = space > from + width / 2 ? space : to;
            }
        }
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append("… ");
        }
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && marked[j] == marked[i]) {
                j++;
            }
            String escaped = HtmlUtils.htmlEscape(source.substring(i, j), "UTF-8");
            out.append(marked[i] ? "<mark>" + escaped + "</mark>" : escaped);
            i = j;
        }
        if (to < source.length()) {
            out.append(" …");
        }
        return out.toString().strip();
    }

    /** Where the window of {@code width} characters that covers the most different terms starts, at a space. */
    private static int windowStart(String source, String folded, List<int[]> hits, int width) {
        int best = 0;
        int bestCount = 0;
        for (int[] hit : hits) {
            int start = Math.max(0, hit[0] - width / 5);
            Set<String> covered = new LinkedHashSet<>();
            for (int[] other : hits) {
                if (other[0] >= start && other[1] <= start + width) {
                    covered.add(folded.substring(other[0], other[1]));
                }
            }
            if (covered.size() > bestCount || covered.size() == bestCount && start < best) {
                best = start;
                bestCount = covered.size();
            }
        }
        if (best > 0) {
            int space = source.indexOf(' ', best);
            best = space < 0 || space > best + width / 5 ? best : space + 1;
        }
        return best;
    }

    private static boolean boundary(String folded, int index) {
        if (index < 0 || index >= folded.length()) {
            return true;
        }
        char c = folded.charAt(index);
        return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9');
    }

    /** Folds character by character, so that positions in the folded text are positions in the text. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
            out.append(bare.length() == 1 ? bare.charAt(0) : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
