package vn.traodoi.text.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.traodoi.text.draft.WordDiff.Kind;
import vn.traodoi.text.draft.WordDiff.Piece;

class WordDiffTests {

    static String side(List<Piece> pieces, Kind other) {
        return pieces.stream().filter(p -> p.kind() != other).map(Piece::text).collect(Collectors.joining());
    }

    @Test
    void anAddedClauseIsTheOnlyChange() {
        String before = "Ủy ban nhân dân phường là cơ quan hành chính nhà nước.";
        String after = "Ủy ban nhân dân phường là cơ quan hành chính nhà nước ở cơ sở, hoạt động theo chế độ thủ trưởng.";
        List<Piece> pieces = WordDiff.diff(before, after);
        assertThat(pieces).extracting(Piece::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.ADDED);
        assertThat(pieces.get(1).text()).isEqualTo("nước.");
        assertThat(pieces.get(2).text()).isEqualTo("nước ở cơ sở, hoạt động theo chế độ thủ trưởng.");
        assertThat(side(pieces, Kind.REMOVED)).isEqualTo(after);
        assertThat(side(pieces, Kind.ADDED)).isEqualTo(before);
    }

    @Test
    void aWordReplacedInTheMiddle() {
        List<Piece> pieces = WordDiff.diff("quận, phường và xã", "quận, phường và thị trấn");
        assertThat(pieces).containsExactly(new Piece(Kind.SAME, "quận, phường và "), new Piece(Kind.REMOVED, "xã"),
                new Piece(Kind.ADDED, "thị trấn"));
    }

    @Test
    void equalTextsAndSpacingAreNotChanges() {
        assertThat(WordDiff.diff("a b", "a b")).containsExactly(new Piece(Kind.SAME, "a b"));
        assertThat(WordDiff.changed("a  b\n", "a b")).isFalse();
        assertThat(WordDiff.changed("a b", "a c")).isTrue();
        assertThat(WordDiff.diff("", "mới")).containsExactly(new Piece(Kind.ADDED, "mới"));
        assertThat(WordDiff.diff("cũ", "")).containsExactly(new Piece(Kind.REMOVED, "cũ"));
    }

    @Test
    void hugeRewritesAreShownAsReplacedWhole() {
        String before = "a ".repeat(2500) + "x";
        String after = "y " + "b ".repeat(2500);
        List<Piece> pieces = WordDiff.diff(before, after);
        assertThat(pieces).extracting(Piece::kind).containsExactly(Kind.REMOVED, Kind.ADDED);
    }
}
