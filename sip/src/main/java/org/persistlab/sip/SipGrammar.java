package org.persistlab.sip;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small scanners for the RFC 3261 §25 grammar pieces that header values share: tokens, quoted
 * strings, comma lists and {@code ;name=value} parameters. Offsets in errors are relative to the
 * string given.
 */
final class SipGrammar {
    private static final boolean[] TOKEN = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            TOKEN[c] = true;
            TOKEN[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            TOKEN[c] = true;
        }
        for (char c : "-.!%*_+`'~".toCharArray()) {
            TOKEN[c] = true;
        }
    }

    private SipGrammar() {
    }

    static boolean isTokenChar(int c) {
        return c >= 0 && c < 128 && TOKEN[c];
    }

    static boolean isWs(char c) {
        return c == ' ' || c == '\t';
    }

    /** Splits at commas that are outside quoted strings and angle brackets; trims; drops empty elements. */
    static List<String> splitCommaList(String v) {
        List<String> out = null;
        int start = 0;
        boolean quoted = false;
        int angle = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                angle++;
            } else if (c == '>') {
                angle = Math.max(0, angle - 1);
            } else if (c == ',' && angle == 0) {
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                addTrimmed(out, v, start, i);
                start = i + 1;
            }
        }
        if (quoted) {
            throw new SipParseException(v.length(), "unterminated quoted string");
        }
        if (out == null) {
            String t = v.trim();
            return t.isEmpty() ? List.of() : Collections.singletonList(t);
        }
        addTrimmed(out, v, start, v.length());
        return out;
    }

    private static void addTrimmed(List<String> out, String v, int s, int e) {
        String t = v.substring(s, e).trim();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    /** A non-negative decimal number; the whole (trimmed) text must be digits. */
    static long parseNonNegative(String text, int offsetBase) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > 18) {
            throw new SipParseException(offsetBase, "expected a number, found '" + text + "'");
        }
        long v = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw new SipParseException(offsetBase + i, "expected a number, found '" + text + "'");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * Reads {@code ;name[=value]} parameters from {@code from} to the end. Names are lower-cased (they
     * are case-insensitive); quoted values lose their quotes.
     */
    static Map<String, String> params(String v, int from) {
        int i = from;
        int n = v.length();
        Map<String, String> out = null;
        while (i < n) {
            while (i < n && isWs(v.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (v.charAt(i) != ';') {
                throw new SipParseException(i, "expected ';' before a parameter");
            }
            i++;
            while (i < n && isWs(v.charAt(i))) {
                i++;
            }
            int ns = i;
            while (i < n && v.charAt(i) != '=' && v.charAt(i) != ';' && !isWs(v.charAt(i))) {
                i++;
            }
            String name = v.substring(ns, i).toLowerCase(Locale.ROOT);
            while (i < n && isWs(v.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < n && v.charAt(i) == '=') {
                i++;
                while (i < n && isWs(v.charAt(i))) {
                    i++;
                }
                if (i < n && v.charAt(i) == '"') {
                    int close = closingQuote(v, i);
                    value = unescape(v, i + 1, close);
                    i = close + 1;
                } else {
                    int vs = i;
                    while (i < n && v.charAt(i) != ';' && !isWs(v.charAt(i))) {
                        i++;
                    }
                    value = v.substring(vs, i);
                }
            }
            if (name.isEmpty()) {
                if (value.isEmpty()) {
                    continue; // ";;" or a trailing ';': harmless
                }
                throw new SipParseException(ns, "parameter without a name");
            }
            if (out == null) {
                out = new LinkedHashMap<>(4);
            }
            out.putIfAbsent(name, value);
        }
        return out == null ? Map.of() : Collections.unmodifiableMap(out);
    }

    /** Index of the quote closing the quoted string that opens at {@code open}. */
    static int closingQuote(String v, int open) {
        for (int i = open + 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        throw new SipParseException(open, "unterminated quoted string");
    }

    /** The content of a quoted string between s and e, with quoted-pairs resolved. */
    static String unescape(String v, int s, int e) {
        if (v.indexOf('\\', s) < 0 || v.indexOf('\\', s) >= e) {
            return v.substring(s, e);
        }
        StringBuilder sb = new StringBuilder(e - s);
        for (int i = s; i < e; i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < e) {
                c = v.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
