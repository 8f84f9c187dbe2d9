package org.persistlab.sip.settings;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A 46xxsettings file ({@code SET NAME VALUE} lines, {@code ##} comments, {@code # labels}, IF/GOTO,
 * GET) held as its original lines, so that {@link #toBytes()} gives back exactly the bytes that were
 * read and an edit changes only the line it edits. Immutable: editing returns a new file.
 *
 * <p>Reading never throws on content. Problems (a GET include, an unterminated quote, a name set
 * twice, a line that is no statement) are collected as {@link #findings()}.
 */
public final class SettingsFile {
    private final String source;
    private final List<SettingsLine> lines;
    private final List<Finding> findings;

    private SettingsFile(String source, List<SettingsLine> lines, List<Finding> findings) {
        this.source = source;
        this.lines = lines;
        this.findings = findings;
    }

    /**
     * Reads a settings file.
     *
     * @param source the name findings will carry (usually the path as the user gave it)
     * @param bytes  the whole file
     */
    public static SettingsFile parse(String source, byte[] bytes) {
        Objects.requireNonNull(source, "source");
        List<Finding> findings = new ArrayList<>();
        LineLexer lexer = new LineLexer(source, findings);
        List<SettingsLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start < bytes.length) {
            int lf = indexOfLf(bytes, start);
            int contentEnd;
            LineEnding ending;
            int next;
            if (lf < 0) {
                contentEnd = bytes.length;
                ending = LineEnding.NONE;
                next = bytes.length;
            } else if (lf > start && bytes[lf - 1] == '\r') {
                contentEnd = lf - 1;
                ending = LineEnding.CRLF;
                next = lf + 1;
            } else {
                contentEnd = lf;
                ending = LineEnding.LF;
                next = lf + 1;
            }
            lines.add(lexer.lex(number++, Arrays.copyOfRange(bytes, start, contentEnd), ending));
            start = next;
        }
        reportRepeatedNames(source, lines, findings);
        reportUnevaluatedBranches(source, lines, findings);
        findings.sort(Finding.ORDER);
        return new SettingsFile(source, List.copyOf(lines), List.copyOf(findings));
    }

    /** An empty file, to build one up with {@link #withValue}. */
    public static SettingsFile empty(String source) {
        return parse(source, new byte[0]);
    }

    public String source() {
        return source;
    }

    public List<SettingsLine> lines() {
        return lines;
    }

    /** Problems found while reading, in line order. */
    public List<Finding> findings() {
        return findings;
    }

    /** The file's bytes: exactly what was read, plus any edits. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (SettingsLine l : lines) {
            byte[] c = l.rawContent();
            out.write(c, 0, c.length);
            for (int i = 0; i < l.ending().length(); i++) {
                out.write(l.ending().text().charAt(i));
            }
        }
        return out.toByteArray();
    }

    /** The SET line that decides {@code name} (the last one, names compared ignoring case). */
    public Optional<SettingsLine> find(String name) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).sets(name)) {
                return Optional.of(lines.get(i));
            }
        }
        return Optional.empty();
    }

    /** The value that applies for {@code name}, if the file sets it. */
    public Optional<String> value(String name) {
        return find(name).map(SettingsLine::value);
    }

    /** Every SET line, in file order (a name set twice appears twice). */
    public List<SettingsLine> setLines() {
        return lines.stream().filter(l -> l.kind() == LineKind.SET).toList();
    }

    /** The ending most lines use (CRLF only when it is strictly the most common), for appended lines. */
    public LineEnding dominantLineEnding() {
        long crlf = lines.stream().filter(l -> l.ending() == LineEnding.CRLF).count();
        long lf = lines.stream().filter(l -> l.ending() == LineEnding.LF).count();
        return crlf > lf ? LineEnding.CRLF : LineEnding.LF;
    }

    /**
     * Sets {@code name} to {@code value}. The SET line that decides the name gets the new value in
     * place (its spacing, the name as written, quoting, trailing text and line ending are kept);
     * when the name is not set, {@code SET NAME VALUE} is appended with the file's dominant line
     * ending. The value is quoted when the old one was, or when it is empty or holds blanks.
     *
     * @return this file when nothing changes, otherwise the edited file (read again, so its findings
     *         and line numbers are current)
     * @throws IllegalArgumentException when the name is not a single token, or the value holds a
     *                                  line break or a double quote (which the format cannot carry)
     */
    public SettingsFile withValue(String name, String value) {
        SettingsEdits.checkName(name);
        SettingsEdits.checkValue(value);
        Optional<SettingsLine> existing = find(name);
        List<byte[]> contents = new ArrayList<>(lines.size() + 1);
        List<LineEnding> endings = new ArrayList<>(lines.size() + 1);
        for (SettingsLine l : lines) {
            contents.add(l.rawContent());
            endings.add(l.ending());
        }
        if (existing.isPresent()) {
            SettingsLine l = existing.get();
            if (l.value().equals(value)) {
                return this;
            }
            byte[] replaced = SettingsEdits.replaceValue(l, value);
            contents.set(l.number() - 1, replaced);
        } else {
            LineEnding dominant = dominantLineEnding();
            int last = endings.size() - 1;
            LineEnding appendedEnding = dominant;
            if (last >= 0 && endings.get(last) == LineEnding.NONE) {
                // The file ended without a newline: the old last line gets one, the new line keeps the style.
                endings.set(last, dominant);
                appendedEnding = LineEnding.NONE;
            }
            contents.add(SettingsEdits.newSetLine(name, value));
            endings.add(appendedEnding);
        }
        return parse(source, join(contents, endings));
    }

    private static byte[] join(List<byte[]> contents, List<LineEnding> endings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < contents.size(); i++) {
            out.writeBytes(contents.get(i));
            out.writeBytes(endings.get(i).text().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static int indexOfLf(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static void reportRepeatedNames(String source, List<SettingsLine> lines, List<Finding> findings) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (SettingsLine l : lines) {
            if (l.kind() != LineKind.SET) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(l.name().toUpperCase(Locale.ROOT), l.number());
            if (earlier != null) {
                findings.add(Finding.warning(source, l.number(), l.name() + " is also set at line " + earlier
                        + "; the last SET wins"));
            }
        }
    }

    /** One warning per file, at the first branch, so a full IP Office file does not bury the real findings. */
    private static void reportUnevaluatedBranches(String source, List<SettingsLine> lines, List<Finding> findings) {
        List<SettingsLine> branches = lines.stream()
                .filter(l -> l.kind() == LineKind.IF || l.kind() == LineKind.GOTO).toList();
        if (!branches.isEmpty()) {
            findings.add(Finding.warning(source, branches.get(0).number(), branches.size()
                    + " IF/GOTO line(s) are kept but not evaluated: every SET line in the file applies"));
        }
    }
}
