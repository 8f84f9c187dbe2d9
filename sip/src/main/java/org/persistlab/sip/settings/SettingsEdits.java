package org.persistlab.sip.settings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Byte-level helpers for editing one SET line without disturbing the bytes around its value. */
final class SettingsEdits {
    private SettingsEdits() {
    }

    static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a parameter name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c == '"' || (c == '#' && i == 0)) {
                throw new IllegalArgumentException("parameter name '" + name + "' has a blank, a control"
                        + " character, a quote or a leading '#' at index " + i);
            }
        }
    }

    static void checkValue(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a value must not be null (use \"\" for an empty value)");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '"') {
                throw new IllegalArgumentException("a 46xxsettings value cannot hold a line break or a double"
                        + " quote (index " + i + " of '" + value + "')");
            }
        }
    }

    /** The line's bytes with the value token replaced by {@code value}. */
    static byte[] replaceValue(SettingsLine line, String value) {
        byte[] old = line.rawContent();
        int start = line.valueStart();
        int end = line.valueEnd();
        boolean quote = line.quoted() || needsQuotes(value);
        ByteArrayOutputStream out = new ByteArrayOutputStream(old.length + value.length() + 3);
        out.write(old, 0, start);
        if (start == end && (start == 0 || !LineLexer.isBlank(old[start - 1]))) {
            out.write(' ');
        }
        out.writeBytes(token(value, quote));
        out.write(old, end, old.length - end);
        return out.toByteArray();
    }

    static byte[] newSetLine(String name, String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("SET " + name + " ").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(token(value, needsQuotes(value)));
        return out.toByteArray();
    }

    private static byte[] token(String value, boolean quote) {
        String t = quote ? "\"" + value + "\"" : value;
        return t.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f' || c == 0x0B) {
                return true;
            }
        }
        return false;
    }
}
