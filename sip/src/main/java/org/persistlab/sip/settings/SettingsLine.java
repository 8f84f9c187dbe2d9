package org.persistlab.sip.settings;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One line of a settings file exactly as it was read: its bytes without the line ending, the ending
 * itself, and what the line means. For a {@code SET} line it also records where the value token
 * sits in the bytes, so that the value can be replaced without touching anything else on the line.
 */
public final class SettingsLine {
    private final int number;
    private final byte[] content;
    private final LineEnding ending;
    private final LineKind kind;
    private final String name;
    private final String value;
    private final boolean quoted;
    private final int valueStart;
    private final int valueEnd;

    SettingsLine(int number, byte[] content, LineEnding ending, LineKind kind, String name, String value,
                 boolean quoted, int valueStart, int valueEnd) {
        this.number = number;
        this.content = content;
        this.ending = ending;
        this.kind = kind;
        this.name = name;
        this.value = value;
        this.quoted = quoted;
        this.valueStart = valueStart;
        this.valueEnd = valueEnd;
    }

    /** 1-based line number. */
    public int number() {
        return number;
    }

    public LineKind kind() {
        return kind;
    }

    public LineEnding ending() {
        return ending;
    }

    /** The line's bytes without its ending (a copy). */
    public byte[] bytes() {
        return content.clone();
    }

    /** The line decoded as UTF-8 (malformed bytes become U+FFFD), without its ending. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /**
     * The parameter name of a SET line as written (case kept), the file of a GET, the target of a
     * GOTO or IF, the name of a label; empty for other lines.
     */
    public String name() {
        return name;
    }

    /** The value of a SET line without its quotes and surrounding blanks; empty for other lines. */
    public String value() {
        return value;
    }

    /** Whether the SET value was written in double quotes. */
    public boolean quoted() {
        return quoted;
    }

    /** True for a SET line whose name equals {@code parameter} ignoring case. */
    public boolean sets(String parameter) {
        return kind == LineKind.SET && name.equalsIgnoreCase(parameter);
    }

    /** 1-based character column where the value starts (after an opening quote), for findings. */
    public int valueColumn() {
        int start = quoted ? valueStart + 1 : valueStart;
        return new String(content, 0, Math.min(start, content.length), StandardCharsets.UTF_8).length() + 1;
    }

    int valueStart() {
        return valueStart;
    }

    int valueEnd() {
        return valueEnd;
    }

    byte[] rawContent() {
        return content;
    }

    @Override
    public String toString() {
        return number + ": " + text() + (ending == LineEnding.NONE ? "" : "<" + ending + ">");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SettingsLine l && l.number == number && l.ending == ending
                && Arrays.equals(l.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * number + ending.hashCode()) + Arrays.hashCode(content);
    }
}
