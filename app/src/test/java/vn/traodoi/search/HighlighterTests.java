package vn.traodoi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of a query marked in a text with its diacritics, everything else escaped, a snippet around the best part. */
class HighlighterTests {

    @Nested
    class Terms {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "chinh quyen do thi       | chinh, quyen, do, thi",
            "Chính quyền đô thị       | chinh, quyen, do, thi",
            "196/KH-UBND              | 196/kh-ubnd, 196, kh, ubnd",
            "196 KH UBND              | 196, kh, ubnd",
            "\"mô hình\" -Hà or Nội   | mo, hinh, noi",
            "TP.HCM,                  | tp.hcm, tp, hcm",
        })
        void areTheFoldedWordsAndThePartsOfCompoundOnesWithoutExcludedOnes(String query, String expected) {
            assertThat(Highlighter.terms(query)).containsExactly(expected.split(",\\s*"));
        }
    }

    @Nested
    class Html {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Mô hình chính quyền đô thị        | chinh quyen do thi | Mô hình <mark>chính</mark> <mark>quyền</mark> <mark>đô</mark> <mark>thị</mark>",
            "Kế hoạch số 196/KH-UBND ngày 12/7  | 196/KH-UBND        | Kế hoạch số <mark>196/KH-UBND</mark> ngày 12/7",
            "Kế hoạch số 196/KH-UBND ngày 12/7  | 196 kh ubnd        | Kế hoạch số <mark>196</mark>/<mark>KH</mark>-<mark>UBND</mark> ngày 12/7",
            "Quyết định 123/QĐ-UBND             | 123/qd-ubnd        | Quyết định <mark>123/QĐ-UBND</mark>",
            "Đồng chí Võ Văn Hoan chủ trì        | vo van hoan        | Đồng chí <mark>Võ</mark> <mark>Văn</mark> <mark>Hoan</mark> chủ trì",
            "thành phố Thủ Đức; Thủ Dầu Một      | thu duc            | thành phố <mark>Thủ</mark> <mark>Đức</mark>; <mark>Thủ</mark> Dầu Một",
            "hoàn thiện, không phải hoa          | hoa                | hoàn thiện, không phải <mark>hoa</mark>",
        })
        void marksWholeWordsAsTheyAreWritten(String text, String query, String expected) {
            assertThat(Highlighter.html(text, Highlighter.terms(query), 0)).isEqualTo(expected);
        }

        @Test
        void escapesEverythingButTheMarks() {
            String html = Highlighter.html("<script>alert('đô thị')</script> & <b>", Highlighter.terms("do thi"), 0);
            assertThat(html).isEqualTo("&lt;script&gt;alert(&#39;<mark>đô</mark> <mark>thị</mark>&#39;)&lt;/script&gt; "
                    + "&amp; &lt;b&gt;");
        }

        @Test
        void showsLinesSeparatedAndWithoutTermsTheTextAsItIs() {
            assertThat(Highlighter.html("Dòng một\nDòng hai", Set.of(), 0)).isEqualTo("Dòng một · Dòng hai");
        }

        @Test
        void cutsASnippetAroundThePartWithTheMostWordsOfTheQuery() {
            String text = "mở đầu ".repeat(60) + "chính quyền ở đây rồi đô thị ở đây" + " kết thúc".repeat(60);
            String snippet = Highlighter.html(text, Highlighter.terms("chinh quyen do thi"), 120);
            assertThat(snippet).startsWith("… ").endsWith(" …").contains("<mark>chính</mark> <mark>quyền</mark>")
                    .contains("<mark>đô</mark> <mark>thị</mark>");
            assertThat(snippet.replaceAll("<[^>]+>", "").length()).isLessThanOrEqualTo(124);
        }

        @Test
        void startsASnippetWithoutWordsOfTheQueryAtTheBeginning() {
            String snippet = Highlighter.html("đầu ".repeat(100), Highlighter.terms("xyz"), 40);
            assertThat(snippet).startsWith("đầu đầu").endsWith(" …").doesNotContain("<mark>");
        }
    }
}
