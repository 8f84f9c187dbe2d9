package org.persistlab.shell.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * A small streaming JSON writer (RFC 8259). Members come out in the order they are written, so the
 * output is as deterministic as the caller; numbers are written exactly, strings escaped. Misuse (a
 * value where a name is due, an unclosed object) is a programmer error and throws
 * {@link IllegalStateException}.
 *
 * <pre>{@code
 * JsonWriter w = new JsonWriter(out);
 * w.beginObject().name("users").beginArray().value("201").endArray().endObject();
 * }</pre>
 */
public final class JsonWriter {
    private enum Scope { DOCUMENT, OBJECT, ARRAY }

    private static final class Level {
        final Scope scope;
        int count;
        boolean nameDue;

        Level(Scope scope) {
            this.scope = scope;
            this.nameDue = scope == Scope.OBJECT;
        }
    }

    private final Appendable out;
    private final String indent;
    private final Deque<Level> stack = new ArrayDeque<>();

    /** Pretty output: one member per line, indented by two spaces. */
    public JsonWriter(Appendable out) {
        this(out, "  ");
    }

    private JsonWriter(Appendable out, String indent) {
        this.out = Objects.requireNonNull(out, "out");
        this.indent = indent;
        stack.push(new Level(Scope.DOCUMENT));
    }

    /** Output on one line with no blanks. */
    public static JsonWriter compact(Appendable out) {
        return new JsonWriter(out, null);
    }

    public JsonWriter beginObject() {
        beforeValue();
        write("{");
        stack.push(new Level(Scope.OBJECT));
        return this;
    }

    public JsonWriter endObject() {
        return end(Scope.OBJECT, "}");
    }

    public JsonWriter beginArray() {
        beforeValue();
        write("[");
        stack.push(new Level(Scope.ARRAY));
        return this;
    }

    public JsonWriter endArray() {
        return end(Scope.ARRAY, "]");
    }

    /** The next member's name; a value must follow. */
    public JsonWriter name(String name) {
        Objects.requireNonNull(name, "name");
        Level top = stack.peek();
        if (top.scope != Scope.OBJECT || !top.nameDue) {
            throw new IllegalStateException("a name is only allowed inside an object, before a value");
        }
        separate(top);
        writeString(name);
        write(indent == null ? ":" : ": ");
        top.nameDue = false;
        return this;
    }

    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        writeString(value);
        return this;
    }

    public JsonWriter value(long value) {
        beforeValue();
        write(Long.toString(value));
        return this;
    }

    /** A finite number; JSON has no NaN or infinity. */
    public JsonWriter value(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        beforeValue();
        write(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value));
        return this;
    }

    public JsonWriter value(boolean value) {
        beforeValue();
        write(value ? "true" : "false");
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        write("null");
        return this;
    }

    /** Whether a whole value has been written and every object and array closed. */
    public boolean isComplete() {
        return stack.size() == 1 && stack.peek().count == 1;
    }

    private JsonWriter end(Scope scope, String close) {
        Level top = stack.peek();
        if (top.scope != scope || (scope == Scope.OBJECT && !top.nameDue)) {
            throw new IllegalStateException("cannot close " + scope + " here");
        }
        stack.pop();
        if (top.count > 0) {
            newline(stack.size() - 1);
        }
        write(close);
        return this;
    }

    private void beforeValue() {
        Level top = stack.peek();
        switch (top.scope) {
            case DOCUMENT:
                if (top.count > 0) {
                    throw new IllegalStateException("a JSON document holds one value");
                }
                top.count++;
                break;
            case ARRAY:
                separate(top);
                break;
            default:
                if (top.nameDue) {
                    throw new IllegalStateException("an object member needs a name before its value");
                }
                top.nameDue = true;
                break;
        }
    }

    private void separate(Level top) {
        if (top.count++ > 0) {
            write(",");
        }
        newline(stack.size() - 1);
    }

    private void newline(int depth) {
        if (indent != null) {
            write("\n");
            write(indent.repeat(depth));
        }
    }

    private void writeString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    // Control characters must be escaped; U+2028/2029 too, so the output is also valid JavaScript.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7F) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        write(sb.append('"').toString());
    }

    private void write(String s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
