package org.persistlab.sip.settings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads what one line of a 46xxsettings file means, working on its bytes so that the offsets it
 * records stay valid for byte-exact editing. Keywords are ASCII and matched ignoring case; values
 * are decoded as UTF-8. It never throws on content: problems become findings.
 */
final class LineLexer {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String file;
    private final List<Finding> findings;

    LineLexer(String file, List<Finding> findings) {
        this.file = file;
        this.findings = findings;
    }

    SettingsLine lex(int number, byte[] b, LineEnding ending) {
        int len = b.length;
        int p = number == 1 && startsWithBom(b) ? UTF8_BOM.length : 0;
        p = skipBlanks(b, p, len);
        if (p == len) {
            return line(number, b, ending, LineKind.BLANK, "");
        }
        if (b[p] == '#') {
            if (p + 1 < len && b[p + 1] == '#') {
                return line(number, b, ending, LineKind.COMMENT, "");
            }
            return line(number, b, ending, LineKind.LABEL, rest(b, p + 1, len));
        }
        int tokenEnd = tokenEnd(b, p, len);
        String keyword = decode(b, p, tokenEnd).toUpperCase(Locale.ROOT);
        switch (keyword) {
            case "SET":
                return set(number, b, ending, tokenEnd);
            case "GET": {
                String target = rest(b, tokenEnd, len);
                findings.add(Finding.warning(file, number, target.isEmpty()
                        ? "GET without a file name; includes are not supported and are never followed"
                        : "GET " + target + " is not followed: includes are not supported"));
                return line(number, b, ending, LineKind.GET, target);
            }
            case "IF":
                return line(number, b, ending, LineKind.IF, rest(b, tokenEnd, len));
            case "GOTO":
                return line(number, b, ending, LineKind.GOTO, rest(b, tokenEnd, len));
            default:
                findings.add(Finding.warning(file, number, "not a 46xxsettings statement (SET, GET, IF, GOTO,"
                        + " ## comment or # label); ignored: " + shorten(decode(b, p, len).strip())));
                return line(number, b, ending, LineKind.OTHER, "");
        }
    }

    private SettingsLine set(int number, byte[] b, LineEnding ending, int afterKeyword) {
        int len = b.length;
        int nameStart = skipBlanks(b, afterKeyword, len);
        int nameEnd = tokenEnd(b, nameStart, len);
        if (nameStart == nameEnd) {
            findings.add(Finding.error(file, number, "SET without a parameter name"));
            return line(number, b, ending, LineKind.OTHER, "");
        }
        String name = decode(b, nameStart, nameEnd);
        if (!isPlainName(name)) {
            findings.add(Finding.warning(file, number, "unusual parameter name '" + shorten(name)
                    + "' (names are letters, digits and '_')"));
        }
        int v = skipBlanks(b, nameEnd, len);
        int end = trimEnd(b, v, len);
        if (v == len) {
            return new SettingsLine(number, b, ending, LineKind.SET, name, "", false, nameEnd, nameEnd);
        }
        if (b[v] != '"') {
            return new SettingsLine(number, b, ending, LineKind.SET, name, decode(b, v, end), false, v, end);
        }
        int close = indexOf(b, (byte) '"', v + 1, len);
        if (close < 0) {
            findings.add(Finding.error(file, number, "unterminated quote in the value of " + name));
            return new SettingsLine(number, b, ending, LineKind.SET, name, decode(b, v + 1, end).strip(), true,
                    v, end);
        }
        int after = skipBlanks(b, close + 1, len);
        if (after < len) {
            findings.add(Finding.warning(file, number, "text after the closing quote of " + name
                    + " is ignored: " + shorten(decode(b, after, end))));
        }
        return new SettingsLine(number, b, ending, LineKind.SET, name, decode(b, v + 1, close), true, v, close + 1);
    }

    private static SettingsLine line(int number, byte[] b, LineEnding ending, LineKind kind, String name) {
        return new SettingsLine(number, b, ending, kind, name, "", false, b.length, b.length);
    }

    static boolean isBlank(byte c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static boolean isPlainName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && b[0] == UTF8_BOM[0] && b[1] == UTF8_BOM[1] && b[2] == UTF8_BOM[2];
    }

    private static int skipBlanks(byte[] b, int from, int to) {
        int p = from;
        while (p < to && isBlank(b[p])) {
            p++;
        }
        return p;
    }

    private static int tokenEnd(byte[] b, int from, int to) {
        int p = from;
        while (p < to && !isBlank(b[p])) {
            p++;
        }
        return p;
    }

    private static int trimEnd(byte[] b, int from, int to) {
        int p = to;
        while (p > from && isBlank(b[p - 1])) {
            p--;
        }
        return p;
    }

    private static int indexOf(byte[] b, byte c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static String rest(byte[] b, int from, int to) {
        return decode(b, from, to).strip();
    }

    private static String decode(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    /** Keeps messages readable when a line is long garbage. */
    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
