package org.persistlab.shell.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SIPp's own account of a run, read from the last row of its {@code -trace_stat} file (the cumulated
 * "(C)" columns; SIPp 3.6.1 writes one row every {@code -fd} seconds and one at the end). These are
 * the counters the tests and the rate search hold the gateway and the analyzer against, so they come
 * from SIPp and nowhere else.
 *
 * @param created         calls (here: registrations) SIPp started
 * @param successful      calls that reached the end of the scenario
 * @param failed          calls that failed, for any reason SIPp knows
 * @param retransmissions messages SIPp sent again (UDP)
 * @param elapsedSeconds  from the run's start to the last row (the end of the run)
 * @param failures        each non-zero {@code Failed...(C)} column by its name without the suffix
 */
public record SippStats(long created, long successful, long failed, long retransmissions, double elapsedSeconds,
                        Map<String, Long> failures) {

    public SippStats {
        failures = Map.copyOf(failures);
    }

    /** Reads the last row of a {@code -trace_stat} file; fails naming the file when it has none. */
    public static SippStats read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        if (lines.size() < 2) {
            throw new IOException(file + ": SIPp wrote no statistics row");
        }
        String[] names = lines.get(0).split(";", -1);
        String[] last = lines.get(lines.size() - 1).split(";", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < names.length && i < last.length; i++) {
            row.put(names[i], last[i]);
        }
        Map<String, Long> failures = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : row.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("Failed") && name.endsWith("(C)") && !name.equals("FailedCall(C)")) {
                long n = number(file, row, name);
                if (n > 0) {
                    failures.put(name.substring(0, name.length() - 3), n);
                }
            }
        }
        double elapsed = epoch(file, row, "CurrentTime") - epoch(file, row, "StartTime");
        return new SippStats(number(file, row, "TotalCallCreated"), number(file, row, "SuccessfulCall(C)"),
                number(file, row, "FailedCall(C)"), number(file, row, "Retransmissions(C)"), elapsed, failures);
    }

    /** Calls started per second of the run: the rate SIPp actually offered. */
    public double achievedRate() {
        return elapsedSeconds <= 0 ? 0 : created / elapsedSeconds;
    }

    private static long number(Path file, Map<String, String> row, String name) throws IOException {
        String v = row.get(name);
        if (v == null) {
            throw new IOException(file + ": no column " + name);
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IOException(file + ": column " + name + " is '" + v + "', not a count");
        }
    }

    /** SIPp writes a time as {@code date<TAB>time<TAB>epoch-seconds}; the epoch part is exact. */
    private static double epoch(Path file, Map<String, String> row, String name) throws IOException {
        String v = row.get(name);
        String[] parts = v == null ? new String[0] : v.split("\t");
        try {
            return Double.parseDouble(parts[parts.length - 1].trim());
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IOException(file + ": column " + name + " is '" + v + "', not a SIPp time");
        }
    }
}
