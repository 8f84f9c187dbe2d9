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
        int comma = nextTopLevelComma(v, 0);
        if (comma < 0) {
            String t = v.trim();
            return t.isEmpty() ? List.of() : Collections.singletonList(t);
        }
        List<String> out = new ArrayList<>(4);
        int start = 0;
        while (comma >= 0) {
            addTrimmed(out, v, start, comma);
            start = comma + 1;
            comma = nextTopLevelComma(v, start);
        }
        addTrimmed(out, v, start, v.length());
        return out;
    }

    /** The first element of a comma list (outside quotes and angle brackets), trimmed. */
    static String firstCommaElement(String v) {
        int comma = nextTopLevelComma(v, 0);
        return (comma < 0 ? v : v.substring(0, comma)).trim();
    }

    /**
     * The next comma at or after {@code from} that separates list elements: not inside a quoted string
     * or angle brackets. -1 when there is none.
     *
     * @throws SipParseException when a quoted string is not closed
     */
    private static int nextTopLevelComma(String v, int from) {
        // Most values hold no quote and no comma: two vectorised searches say so without the walk.
        if (v.indexOf('"', from) < 0 && v.indexOf(',', from) < 0) {
            return -1;
        }
        boolean quoted = false;
        int angle = 0;
        for (int i = from; i < v.length(); i++) {
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
                return i;
            }
        }
        if (quoted) {
            throw new SipParseException(v.length(), "unterminated quoted string");
        }
        return -1;
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
        Map<String, String> out = new LinkedHashMap<>(4);
        scanParams(v, from, out::putIfAbsent, null);
        return out.isEmpty() ? Map.of() : Collections.unmodifiableMap(out);
    }

    /**
     * Checks the parameters' syntax (throwing as {@link #params} would) and returns the value of the
     * first parameter named {@code wanted} (lower case; names match in any case) as {@link #param}
     * would: the hot field (branch, tag) comes out of the checking pass. {@code null} when absent.
     */
    static String checkParamsFinding(String v, int from, String wanted) {
        return scanParams(v, from, null, wanted);
    }

    /**
     * The grammar of {@code *( SEMI param )}, shared by reading and checking; {@code sink} and
     * {@code wanted} may be null. Returns the first value of {@code wanted}, or {@code null}.
     */
    private static String scanParams(String v, int from, java.util.function.BiConsumer<String, String> sink,
                                     String wanted) {
        String found = null;
        int i = from;
        int n = v.length();
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
            int ne = i;
            while (i < n && isWs(v.charAt(i))) {
                i++;
            }
            int vs = -1;
            int ve = -1;
            boolean quoted = false;
            if (i < n && v.charAt(i) == '=') {
                i++;
                while (i < n && isWs(v.charAt(i))) {
                    i++;
                }
                if (i < n && v.charAt(i) == '"') {
                    int close = closingQuote(v, i);
                    vs = i + 1;
                    ve = close;
                    quoted = true;
                    i = close + 1;
                } else {
                    vs = i;
                    while (i < n && v.charAt(i) != ';' && !isWs(v.charAt(i))) {
                        i++;
                    }
                    ve = i;
                }
            }
            if (ne == ns) {
                if (vs < 0 || ve == vs) {
                    continue; // ";;" or a trailing ';': harmless
                }
                throw new SipParseException(ns, "parameter without a name");
            }
            if (sink != null) {
                String value = vs < 0 ? "" : quoted ? unescape(v, vs, ve) : v.substring(vs, ve);
                sink.accept(v.substring(ns, ne).toLowerCase(Locale.ROOT), value);
            }
            if (found == null && wanted != null && ne - ns == wanted.length()
                    && v.regionMatches(true, ns, wanted, 0, ne - ns)) {
                found = vs < 0 ? "" : quoted ? unescape(v, vs, ve) : v.substring(vs, ve);
            }
        }
        return found;
    }

    /**
     * The value of one {@code ;name[=value]} parameter in {@code v} from {@code from}, without building
     * a map: the hot fields (branch, tag) are read this way. {@code ""} for a parameter without value,
     * {@code null} when absent. The first occurrence wins, as in {@link #params}.
     */
    static String param(String v, int from, String name) {
        int n = v.length();
        int len = name.length();
        int i = from;
        while (i < n) {
            char c = v.charAt(i);
            if (c == '"') {
                i = closingQuote(v, i) + 1;
                continue;
            }
            if (c != ';') {
                i++;
                continue;
            }
            int s = i + 1;
            while (s < n && isWs(v.charAt(s))) {
                s++;
            }
            int e = s + len;
            if (e <= n && v.regionMatches(true, s, name, 0, len)) {
                int k = e;
                while (k < n && isWs(v.charAt(k))) {
                    k++;
                }
                if (k >= n || v.charAt(k) == ';') {
                    return "";
                }
                if (v.charAt(k) == '=') {
                    k++;
                    while (k < n && isWs(v.charAt(k))) {
                        k++;
                    }
                    if (k < n && v.charAt(k) == '"') {
                        int close = closingQuote(v, k);
                        return unescape(v, k + 1, close);
                    }
                    int vs = k;
                    while (k < n && v.charAt(k) != ';' && !isWs(v.charAt(k))) {
                        k++;
                    }
                    return v.substring(vs, k);
                }
            }
            i = s;
        }
        return null;
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
