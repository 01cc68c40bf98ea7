package vn.traodoi.workshop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.traodoi.text.VietnameseText;
import vn.traodoi.text.draft.WordDiff;

/** Two versions of a draft, section by section: which sections are the same, changed, added or removed, word by word. */
final class DraftComparison {

    /** How a section changed between two versions, with the word-level changes of its text. */
    record SectionChange(String label, String title, Change change, List<WordDiff.Piece> pieces) {

        /** The section as the draft names it: "Mục 2. Mô hình tổ chức chính quyền đô thị" ({@link SectionName}). */
        public String display() {
            String name = SectionName.of(label, title);
            return name == null ? label : name;
        }
    }

    enum Change {
        SAME, CHANGED, ADDED, REMOVED
    }

    private DraftComparison() {
    }

    /** Version {@code from} against version {@code to}, in the order of {@code to}; removed sections come last. */
    static List<SectionChange> compare(List<DraftSection> a, List<DraftSection> b) {
        Set<Long> matched = new HashSet<>();
        List<SectionChange> out = new ArrayList<>();
        for (DraftSection s : b) {
            Optional<DraftSection> old = match(s.label(), s.heading(), a.stream().filter(x -> !matched.contains(x.id())).toList());
            String now = full(s);
            if (old.isEmpty()) {
                out.add(new SectionChange(s.label(), s.title(), Change.ADDED, List.of(new WordDiff.Piece(WordDiff.Kind.ADDED, now))));
            } else {
                matched.add(old.get().id());
                String before = full(old.get());
                out.add(new SectionChange(s.label(), s.title(), WordDiff.changed(before, now) ? Change.CHANGED : Change.SAME,
                        WordDiff.diff(before, now)));
            }
        }
        for (DraftSection s : a) {
            if (!matched.contains(s.id())) {
                out.add(new SectionChange(s.label(), s.title(), Change.REMOVED,
                        List.of(new WordDiff.Piece(WordDiff.Kind.REMOVED, full(s)))));
            }
        }
        return out;
    }

    private static String full(DraftSection s) {
        return (s.heading() + "\n" + s.body()).strip();
    }

    /**
     * The same section in another version: same label, else same heading without its number, since the numbering may
     * have moved ("Điều 2. Tiếp nhận hồ sơ" is "Điều 3. Tiếp nhận hồ sơ" once an article was put before it).
     */
    static Optional<DraftSection> match(String label, @Nullable String heading, List<DraftSection> in) {
        Optional<DraftSection> byLabel = in.stream().filter(s -> VietnameseText.equalsFolded(s.label(), label)).findFirst();
        if (byLabel.isPresent() || heading == null || heading.isBlank()) {
            return byLabel;
        }
        String bare = withoutNumber(heading, label);
        return in.stream().filter(s -> !s.heading().isBlank()
                && VietnameseText.equalsFolded(withoutNumber(s.heading(), s.label()), bare)).findFirst();
    }

    /** "Điều 3. Tiếp nhận hồ sơ" (label "Điều 3") and "2) Tiếp nhận hồ sơ" → "Tiếp nhận hồ sơ". */
    private static String withoutNumber(String heading, String label) {
        String rest = heading.startsWith(label) ? heading.substring(label.length()) : heading.replaceFirst("^\\S+", "");
        return rest.replaceFirst("^\\s*[.):–-]?\\s*", "");
    }
}
