package vn.traodoi.text.cli;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small, strict JSON reader (RFC 8259): an object becomes a {@link LinkedHashMap} in the order of its keys (a
 * repeated key keeps its first place and takes its last value), an array a {@link List}, a string a {@link String}
 * (every escape, &#92;uXXXX surrogate pairs included), a number without fraction or exponent a {@link Long}
 * (a {@link BigInteger} beyond its range), any other number a {@link Double}, {@code true}/{@code false} a
 * {@link Boolean} and {@code null} Java's {@code null}. Anything else fails with its line, column and offset.
 *
 * <pre>
 * Map&lt;?, ?&gt; head = (Map&lt;?, ?&gt;) Json.parse("{\"name\": \"Nguyễn Văn A\", \"age\": 52}");
 * head.get("age");   // 52L
 * Json.parse("[1, 2,]");   // JsonException: expected a value, found ']' at line 1, column 7 (char 6)
 * </pre>
 */
public final class Json {

    /** Input that is not one JSON text; the message says where. */
    public static final class JsonException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        JsonException(String message) {
            super(message);
        }
    }

    private final String s;
    private int at;

    private Json(String s) {
        this.s = s;
    }

    /** The value of one JSON text, surrounded by nothing but JSON whitespace. */
    public static @Nullable Object parse(String text) {
        Json json = new Json(text);
        Object value = json.value();
        json.space();
        if (json.at < text.length()) {
            throw json.error("extra data");
        }
        return value;
    }

    private @Nullable Object value() {
        space();
        if (at >= s.length()) {
            throw error("expected a value");
        }
        char c = s.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    yield number();
                }
                throw error("expected a value");
            }
        };
    }

    private Map<String, @Nullable Object> object() {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        at++;
        if (next() == '}') {
            at++;
            return map;
        }
        while (true) {
            if (next() != '"') {
                throw error("expected a string key");
            }
            String key = string();
            if (next() != ':') {
                throw error("expected ':'");
            }
            at++;
            map.put(key, value());
            if (end('}')) {
                return map;
            }
        }
    }

    private List<@Nullable Object> array() {
        List<@Nullable Object> list = new ArrayList<>();
        at++;
        if (next() == ']') {
            at++;
            return list;
        }
        do {
            list.add(value());
        } while (!end(']'));
        return list;
    }

    /** After a member: true and past {@code close} at the end, false and past the comma before another one. */
    private boolean end(char close) {
        int c = next();
        if (c == close || c == ',') {
            at++;
            return c == close;
        }
        throw error("expected ',' or '" + close + "'");
    }

    private String string() {
        StringBuilder b = new StringBuilder();
        at++;
        while (true) {
            if (at >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(at);
            if (c == '"') {
                at++;
                return b.toString();
            }
            if (c < 0x20) {
                throw error("control character in a string");
            }
            if (c != '\\') {
                b.append(c);
                at++;
                continue;
            }
            char e = at + 1 < s.length() ? s.charAt(at + 1) : 0;
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (at + 6 > s.length() || !s.substring(at + 2, at + 6).matches("[0-9A-Fa-f]{4}")) {
                        throw error("invalid \\u escape");
                    }
                    b.append((char) Integer.parseInt(s, at + 2, at + 6, 16));
                    at += 4;
                }
                default -> throw error("invalid escape");
            }
            at += 2;
        }
    }

    private Object number() {
        int start = at;
        boolean integral = true;
        skip('-');
        if (!skip('0')) {
            digits();
        }
        if (skip('.')) {
            integral = false;
            digits();
        }
        if (skip('e') || skip('E')) {
            integral = false;
            if (!skip('+')) {
                skip('-');
            }
            digits();
        }
        String text = s.substring(start, at);
        if (!integral) {
            return Double.parseDouble(text);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return new BigInteger(text);
        }
    }

    private void digits() {
        int start = at;
        while (at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
            at++;
        }
        if (at == start) {
            throw error("expected a digit");
        }
    }

    private boolean skip(char c) {
        if (at < s.length() && s.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private @Nullable Object word(String word, @Nullable Object value) {
        if (!s.startsWith(word, at)) {
            throw error("expected a value");
        }
        at += word.length();
        return value;
    }

    /** The next character after whitespace, or -1 at the end. */
    private int next() {
        space();
        return at < s.length() ? s.charAt(at) : -1;
    }

    private void space() {
        while (at < s.length() && " \t\n\r".indexOf(s.charAt(at)) >= 0) {
            at++;
        }
    }

    private JsonException error(String what) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < at; i++) {
            boolean newline = s.charAt(i) == '\n';
            line += newline ? 1 : 0;
            column = newline ? 1 : column + 1;
        }
        String found = at < s.length() ? "'" + s.charAt(at) + "'" : "end of input";
        return new JsonException(what + ", found " + found + " at line " + line + ", column " + column + " (char "
                + at + ")");
    }
}
