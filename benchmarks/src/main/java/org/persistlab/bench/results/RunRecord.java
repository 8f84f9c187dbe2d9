package org.persistlab.bench.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What JMH's JSON does not say about a run, kept beside it as {@code <suite>-<stamp>.properties}: when
 * it ran, in which mode, the command that ran it, and the machine.
 *
 * @param date    UTC, ISO-8601, to the second
 * @param mode    the run mode's description
 * @param command the command line, so anyone can run it again
 */
public record RunRecord(String suite, String date, String mode, String command, Machine machine) {

    public void write(Path file) throws IOException {
        Map<String, String> p = new TreeMap<>();
        p.put("suite", suite);
        p.put("date", date);
        p.put("mode", mode);
        p.put("command", command);
        p.put("machine.cores", Integer.toString(machine.cores()));
        p.put("machine.memory.bytes", Long.toString(machine.memoryBytes()));
        p.put("machine.cpu", machine.cpu());
        p.put("machine.jdk", machine.jdk());
        p.put("machine.os", machine.os());
        StringBuilder sb = new StringBuilder("# written by the benchmarks' BenchMain; read by ResultsReadme\n");
        p.forEach((k, v) -> sb.append(k).append('=').append(escape(v)).append('\n'));
        Files.writeString(file, sb.toString(), StandardCharsets.ISO_8859_1);
    }

    /** @throws IOException when the file cannot be read or lacks a field (the message names the file) */
    public static RunRecord read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        try {
            Machine m = new Machine(Integer.parseInt(required(p, "machine.cores")),
                    Long.parseLong(required(p, "machine.memory.bytes")), required(p, "machine.cpu"),
                    required(p, "machine.jdk"), required(p, "machine.os"));
            return new RunRecord(required(p, "suite"), required(p, "date"), required(p, "mode"),
                    required(p, "command"), m);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return v;
    }

    /** Properties syntax: backslashes, and characters outside Latin-1, as escapes. */
    private static String escape(String v) {
        StringBuilder sb = new StringBuilder();
        for (char c : v.toCharArray()) {
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c > 0xFF) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
