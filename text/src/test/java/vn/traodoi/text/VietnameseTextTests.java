package vn.traodoi.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTests {

    @Nested
    class Normalize {

        @Test
        void composesDecomposedText() {
            String decomposed = Normalizer.normalize("Thừa Thiên Huế", Normalizer.Form.NFD);
            assertThat(decomposed).isNotEqualTo("Thừa Thiên Huế");
            assertThat(VietnameseText.normalize(decomposed)).isEqualTo("Thừa Thiên Huế");
        }

        @Test
        void turnsEveryDashAndSpaceIntoTheirPlainForm() {
            assertThat(VietnameseText.normalize("  Thừa\u00A0Thiên \u2013 Huế\u200B "))
                    .isEqualTo("Thừa Thiên - Huế");
            assertThat(VietnameseText.normalize("2025\u20142030")).isEqualTo("2025-2030");
        }

        @Test
        void capitalizesTheFirstLetterOnly() {
            assertThat(VietnameseText.capitalize("đồng chí Võ Văn Hoan")).isEqualTo("Đồng chí Võ Văn Hoan");
            assertThat(VietnameseText.capitalize("ủy ban")).isEqualTo("Ủy ban");
            assertThat(VietnameseText.capitalize("")).isEmpty();
        }

        @Test
        void namesTheMissingArgument() {
            assertThatNullPointerException().isThrownBy(() -> VietnameseText.normalize(null))
                    .withMessage("text");
        }
    }

    @Nested
    class Fold {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Thành phố Hồ Chí Minh | thanh pho ho chi minh
                Đà Nẵng               | da nang
                ĐẮK LẮK               | dak lak
                Quảng Ngãi            | quang ngai
                Bà Rịa - Vũng Tàu     | ba ria - vung tau
                123/QĐ-UBND           | 123/qd-ubnd
                Hoà Bình              | hoa binh
                Hòa Bình              | hoa binh
                """)
        void removesEveryMarkAndLowersCase(String input, String folded) {
            assertThat(VietnameseText.fold(input)).isEqualTo(folded);
        }

        @Test
        void foldsDecomposedInputLikeComposedInput() {
            String nfd = Normalizer.normalize("Nguyễn Thị Thược", Normalizer.Form.NFD);
            assertThat(VietnameseText.fold(nfd)).isEqualTo("nguyen thi thuoc");
        }

        @Test
        void foldsCharacterByCharacterAsTheThreePassDefinitionDoes() {
            // fold is written for speed; it must give what NFC, spacing, NFD and removing the marks give
            Random random = new Random(20261201L);
            String letters = "aăâeêioôơuưyđĐÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
                    + "xyzQWE.,/0129 \t\n\u00A0\u2013\u2014-";
            for (int i = 0; i < 5_000; i++) {
                StringBuilder word = new StringBuilder();
                for (int j = random.nextInt(14); j > 0; j--) {
                    word.append(letters.charAt(random.nextInt(letters.length())));
                }
                String text = random.nextBoolean() ? word.toString() : Normalizer.normalize(word, Normalizer.Form.NFD);
                String byDefinition = Normalizer.normalize(VietnameseText.normalize(text), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
                assertThat(VietnameseText.fold(text)).as(text).isEqualTo(byDefinition);
            }
        }

        @Test
        void treatsBothTonePlacementsAsEqual() {
            assertThat(VietnameseText.equalsFolded("Khánh Hoà", "Khánh Hòa")).isTrue();
            assertThat(VietnameseText.equalsFolded("Khánh Hòa", "Thanh Hóa")).isFalse();
        }
    }

    @Nested
    class MatchKey {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                TP.HCM                 | tphcm
                TP. Hồ Chí Minh        | tphochiminh
                Thừa Thiên - Huế       | thuathienhue
                Thừa Thiên-Huế         | thuathienhue
                da nang                | danang
                HCMC                   | hcmc
                VN-SG                  | vnsg
                Bà Rịa – Vũng Tàu      | bariavungtau
                """)
        void keepsOnlyFoldedLettersAndDigits(String input, String key) {
            assertThat(VietnameseText.matchKey(input)).isEqualTo(key);
        }

        @Test
        void givesAnEmptyKeyForPunctuationOnly() {
            assertThat(VietnameseText.matchKey(" .-/ ")).isEmpty();
        }
    }

    @Test
    void randomInputNeverThrowsAndFoldsToLowerCaseWithoutMarks() {
        Random random = new Random(20260701L);
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[random.nextInt(60)];
            random.nextBytes(bytes);
            String garbage = new String(bytes, StandardCharsets.UTF_8) + "Ưở\u0301";
            String folded = VietnameseText.fold(garbage);
            assertThat(folded).doesNotContainPattern("\\p{M}");
            assertThat(VietnameseText.matchKey(garbage)).matches("[a-z0-9]*");
        }
    }
}
