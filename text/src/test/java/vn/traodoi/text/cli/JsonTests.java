package vn.traodoi.text.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTests {

    @Test
    void readsNestedObjectsInKeyOrderWithEveryKindOfValue() {
        Object value = Json.parse("""
                 { "kind": "incoming", "member_count": 12, "score": 0.5, "big": 12345678901234567890,
                   "head": {"name": "Nguyễn Văn An", "title": null},
                   "flags": [true, false, null, -0, 1e2, []], "empty": {} }
                """);
        assertThat(value).isInstanceOf(Map.class);
        Map<String, Object> map = object(value);
        assertThat(map.keySet()).containsExactly("kind", "member_count", "score", "big", "head", "flags", "empty");
        assertThat(map.get("member_count")).isEqualTo(12L);
        assertThat(map.get("score")).isEqualTo(0.5);
        assertThat(map.get("big")).isEqualTo(new BigInteger("12345678901234567890"));
        assertThat(object(map.get("head"))).containsEntry("name", "Nguyễn Văn An").containsEntry("title", null);
        assertThat((List<?>) map.get("flags")).isEqualTo(Arrays.asList(true, false, null, 0L, 100.0, List.of()));
        assertThat(object(map.get("empty"))).isEmpty();
    }

    @Test
    void decodesEveryEscapeIncludingSurrogatePairs() {
        assertThat(Json.parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u0111\\u00C2\\ud83d\\ude00\""))
                .isEqualTo("a\"b\\c/d\b\f\n\r\tđÂ😀");
        assertThat(Json.parse("\"ba\\u0301o\"")).isEqualTo("ba\u0301o");
    }

    @Test
    void aRepeatedKeyKeepsItsPlaceAndTakesTheLastValue() {
        Map<String, Object> map = object(Json.parse("{\"a\": 1, \"b\": 2, \"a\": 3}"));
        assertThat(map.keySet()).containsExactly("a", "b");
        assertThat(map.get("a")).isEqualTo(3L);
    }

    @Test
    void rejectsWhatRfc8259DoesNotAllowAndSaysWhere() {
        assertThatThrownBy(() -> Json.parse("[1, 2,]")).isInstanceOf(Json.JsonException.class)
                .hasMessage("expected a value, found ']' at line 1, column 7 (char 6)");
        assertThatThrownBy(() -> Json.parse("{\n  \"kind\": \"other\",\n  \"host\" null}"))
                .hasMessage("expected ':', found 'n' at line 3, column 10 (char 30)");
        assertThatThrownBy(() -> Json.parse("{\"a\": 1} x")).hasMessageStartingWith("extra data, found 'x'");
        assertThatThrownBy(() -> Json.parse("")).hasMessage("expected a value, found end of input at line 1, "
                + "column 1 (char 0)");
        for (String bad : List.of("01", "1.", ".5", "-", "1e", "+1", "NaN", "Infinity", "tru", "'a'", "{a: 1}",
                "{\"a\" 1}", "[1 2]", "\"abc", "\"a\nb\"", "\"\\x41\"", "\"\\u12G4\"", "\ufeff{}", "{\"a\": 1,}")) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(Json.JsonException.class)
                    .hasMessageContaining("(char ");
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }
}
