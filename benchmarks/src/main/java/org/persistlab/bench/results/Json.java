package org.persistlab.bench.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader, enough for the files JMH writes: objects become {@code Map<String, Object>} in
 * file order, arrays {@code List<Object>}, numbers {@code Double}, and {@code true}, {@code false},
 * {@code null} what they say. The benchmarks module has no JSON library and needs only this.
 */
public final class Json {
    /** The text is not JSON; the message gives the character offset. */
    public static final class MalformedJsonException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedJsonException(int offset, String what) {
            super("bad JSON at offset " + offset + ": " + what);
        }
    }

    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    public static Object parse(String text) throws MalformedJsonException {
        Json j = new Json(text);
        Object v = j.value();
        j.skipWhitespace();
        if (j.pos != text.length()) {
            throw new MalformedJsonException(j.pos, "text after the value");
        }
        return v;
    }

    private Object value() throws MalformedJsonException {
        skipWhitespace();
        if (pos >= text.length()) {
            throw new MalformedJsonException(pos, "unexpected end");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return number();
        }
    }

    private Map<String, Object> object() throws MalformedJsonException {
        Map<String, Object> out = new LinkedHashMap<>();
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return out;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw new MalformedJsonException(pos, "expected a member name");
            }
            String name = string();
            skipWhitespace();
            expect(':');
            out.put(name, value());
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return out;
            }
        }
    }

    private List<Object> array() throws MalformedJsonException {
        List<Object> out = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return out;
        }
        while (true) {
            out.add(value());
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                return out;
            }
        }
    }

    private String string() throws MalformedJsonException {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw new MalformedJsonException(pos, "short \\u escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException x) {
                        throw new MalformedJsonException(pos, "bad \\u escape");
                    }
                    pos += 4;
                }
                default -> sb.append(e);
            }
        }
        throw new MalformedJsonException(pos, "unterminated string");
    }

    private Object literal(String word, Object value) throws MalformedJsonException {
        if (!text.startsWith(word, pos)) {
            throw new MalformedJsonException(pos, "expected " + word);
        }
        pos += word.length();
        return value;
    }

    private Double number() throws MalformedJsonException {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw new MalformedJsonException(pos, "unexpected character '" + text.charAt(pos) + "'");
        }
        try {
            return Double.valueOf(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw new MalformedJsonException(start, "bad number '" + text.substring(start, pos) + "'");
        }
    }

    private void expect(char c) throws MalformedJsonException {
        if (peek() != c) {
            throw new MalformedJsonException(pos, "expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
