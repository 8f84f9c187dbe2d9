package org.persistlab.shell.run;

import java.io.PrintWriter;
import java.util.Arrays;
import org.persistlab.shell.format.LatencyHistogram;
import org.persistlab.shell.format.Numbers;
import org.persistlab.shell.format.Sparkline;
import org.persistlab.shell.format.TextTable;
import org.persistlab.sim.phone.ServiceState;

/**
 * A run report as aligned tables with units and small charts: the service states over time as
 * sparklines, the failover, no-service and 911-blackout distributions, the failover-latency
 * histogram as bars, licenses, the registration storms with their REGISTER/s sparklines, and calls
 * per phase.
 */
final class RunText {
    private static final String INDENT = "  ";
    private static final String[] PHASES = {"before", "during", "after"};

    private RunText() {
    }

    static void write(RunTree t, PrintWriter out, int width) {
        int w = Math.max(60, width);
        header(t, out);
        states(t, out, w);
        failover(t, out, w);
        licenses(t, out, w);
        storms(t, out, w);
        calls(t, out, w);
        wire(t, out, w);
        out.flush();
    }

    static void title(PrintWriter out, String text, int width) {
        out.println();
        String head = "== " + text + " ";
        out.println(head + "=".repeat(Math.max(2, Math.min(width, 100) - head.length())));
    }

    private static void header(RunTree t, PrintWriter out) {
        long sites = t.count("sites", 0);
        out.println(INDENT + t.count("phones", 0) + " phones at " + sites + (sites == 1 ? " site" : " sites")
                + " · " + Numbers.clock(t.count("duration_s", 0) * 1_000_000_000L) + " simulated · seed "
                + t.count("seed", 0) + " · " + t.count("events", 0) + " events");
        if (t.get("outage") == null) {
            out.println(INDENT + "no ACO outage");
        } else {
            double start = t.number("outage.start_s");
            double length = t.number("outage.duration_s");
            out.println(INDENT + "ACO outage from " + Numbers.clock((long) (start * 1e9)) + " to "
                    + Numbers.clock((long) ((start + length) * 1e9)) + " (" + t.get("outage.mode") + "), "
                    + t.count("outage.affected_phones", 0) + " phones affected");
        }
    }

    private static void states(RunTree t, PrintWriter out, int width) {
        double bucket = t.number("series.states.bucket_s") == null ? 1 : t.number("series.states.bucket_s");
        title(out, "Service states over time (phones; one character = " + Numbers.decimal(bucket
                * Math.max(1, bucketsPerChar(t, width)), 1) + " s)", width);
        int chartWidth = chartWidth(width);
        TextTable table = new TextTable("state", "over time", "max").alignRight(2);
        for (ServiceState s : ServiceStates.ORDER) {
            long[] v = t.longs("series.states." + ServiceStates.key(s));
            long max = Arrays.stream(v).max().orElse(0);
            if (s == ServiceState.STARTING && max == 0) {
                continue;
            }
            table.row(ServiceStates.label(s), Sparkline.of(v, chartWidth), max);
        }
        table.write(out, INDENT, Integer.MAX_VALUE);
    }

    private static int chartWidth(int width) {
        return Math.max(20, Math.min(72, width - 44));
    }

    private static int bucketsPerChar(RunTree t, int width) {
        int n = t.longs("series.states.on_aco").length;
        return (int) Math.ceil(n / (double) chartWidth(width));
    }

    private static void failover(RunTree t, PrintWriter out, int width) {
        title(out, "Failover and service, from the simulation's truth", width);
        TextTable table = new TextTable("per phone (ms)", "p50", "p90", "p99", "max", "phones").alignRight(1, 2, 3,
                4, 5);
        delay(table, "fault to Limited Service", t, "truth.failover_ms");
        delay(table, "time without service", t, "truth.no_service_ms");
        delay(table, "911 blackout", t, "truth.emergency_blackout_ms");
        table.write(out, INDENT, width);
        out.println(INDENT + "failed over: " + t.count("truth.failed_over", 0) + " of "
                + t.count("outage.affected_phones", 0) + " affected phones; loss detected by "
                + triggers(t));
        double[] ms = t.doubles("series.failover_ms");
        if (ms.length > 0) {
            out.println();
            out.println(INDENT + "failover latency, phones per bucket:");
            LatencyHistogram.write(ms, out, INDENT + INDENT, Math.min(width, 100));
        }
    }

    /** The analyzer's view of the same run, from the tap: what a capture at the sites would show (issue 11). */
    private static void wire(RunTree t, PrintWriter out, int width) {
        if (t.get("wire") == null) {
            return;
        }
        title(out, "The same run as a capture at the sites shows it (analyzer, from the wire)", width);
        TextTable table = new TextTable("per phone or attempt (ms)", "p50", "p90", "p99", "max", "count")
                .alignRight(1, 2, 3, 4, 5);
        delay(table, "first unanswered request to Limited Service", t, "wire.failover.latency_ms");
        delay(table, "RRD (REGISTER to 200, challenge included)", t, "wire.registrations.rrd_ms");
        delay(table, "SRD of answered calls", t, "wire.calls.srd_ms");
        table.write(out, INDENT, width);
        new TextTable("", "", "").withoutHeader().alignRight(2)
                .row("registrations", "attempts / succeeded / failed", t.count("wire.registrations.attempts", 0) + " / "
                        + t.count("wire.registrations.succeeded", 0) + " / " + t.count("wire.registrations.failed", 0))
                .row("", "IRA", percent(t, "wire.registrations.ira_pct"))
                .row("", "peak REGISTER/s (one registrar)", Long.toString(t.count("wire.registrations.peak_per_s", 0)))
                .row("", "REGISTERs per AoR", decimal(t, "wire.registrations.amplification"))
                .row("calls", "attempts / answered", t.count("wire.calls.attempts", 0) + " / "
                        + t.count("wire.calls.answered", 0))
                .row("", "SER / SEER", percent(t, "wire.calls.ser_pct") + " / " + percent(t, "wire.calls.seer_pct"))
                .row("", "ISA / SCR", percent(t, "wire.calls.isa_pct") + " / " + percent(t, "wire.calls.scr_pct"))
                .write(out, INDENT, width);
    }

    private static String percent(RunTree t, String path) {
        Double v = t.number(path);
        return v == null ? "undefined" : Numbers.decimal(v, 3) + " %";
    }

    private static String decimal(RunTree t, String path) {
        Double v = t.number(path);
        return v == null ? "undefined" : Numbers.decimal(v, 3);
    }

    private static void delay(TextTable table, String name, RunTree t, String path) {
        table.row(name, t.number(path + ".p50"), t.number(path + ".p90"), t.number(path + ".p99"),
                t.number(path + ".max"), t.count(path + ".count"));
    }

    private static String triggers(RunTree t) {
        if (!(t.get("truth.loss_detected_by") instanceof java.util.Map<?, ?> m) || m.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }

    private static void licenses(RunTree t, PrintWriter out, int width) {
        title(out, "IP Office licenses", width);
        new TextTable("licensed", "emergency only", "refused", "never registered").alignRight(0, 1, 2, 3)
                .row(t.count("licenses.licensed"), t.count("licenses.emergency_only"), t.count("licenses.refused"),
                        t.count("licenses.never_registered"))
                .write(out, INDENT, width);
    }

    private static void storms(RunTree t, PrintWriter out, int width) {
        title(out, "Registration storms", width);
        new TextTable("registrar", "peak REGISTER/s", "REGISTERs", "per phone", "503 sent").alignRight(1, 2, 3, 4)
                .row("IP Office", t.count("ipo.register_peak_per_s"), t.count("ipo.registers"),
                        t.number("ipo.amplification"), t.count("ipo.overload_503"))
                .row("ACO", t.count("aco.register_peak_per_s"), t.count("aco.registers"),
                        t.number("aco.amplification"), t.count("aco.rate_limited_503"))
                .write(out, INDENT, width);
        out.println(INDENT + "ACO failback storm peak: " + t.count("aco.failback_peak_per_s", 0) + " REGISTER/s");
        int chartWidth = chartWidth(width);
        long[] ipo = t.longs("series.register_per_s.ipo");
        long[] aco = t.longs("series.register_per_s.aco");
        int perChar = (int) Math.ceil(Math.max(ipo.length, aco.length) / (double) chartWidth);
        out.println();
        out.println(INDENT + "REGISTER/s over time (one character = " + Math.max(1, perChar)
                + " s, its busiest second):");
        new TextTable("", "", "").withoutHeader().alignRight(2)
                .row("IP Offices, all sites", Sparkline.of(ipo, chartWidth), "max " + Arrays.stream(ipo).max().orElse(0))
                .row("ACO", Sparkline.of(aco, chartWidth), "max " + Arrays.stream(aco).max().orElse(0))
                .write(out, INDENT + INDENT, Integer.MAX_VALUE);
    }

    private static void calls(RunTree t, PrintWriter out, int width) {
        title(out, "Calls per phase of the outage", width);
        TextTable table = new TextTable("phase", "attempts", "completed", "failed", "incoming ok", "incoming failed",
                "incoming, no service").alignRight(1, 2, 3, 4, 5, 6);
        for (String p : PHASES) {
            String b = "calls.by_phase." + p;
            table.row(p, t.count(b + ".attempts"), t.count(b + ".completed"), t.count(b + ".failed"),
                    t.count(b + ".incoming.completed"), t.count(b + ".incoming.failed"),
                    t.count(b + ".incoming.no_service"));
        }
        table.row("total", t.count("calls.attempts"), t.count("calls.completed"), t.count("calls.failed"), "", "", "");
        table.write(out, INDENT, width);
        out.println(INDENT + "911 calls: " + t.count("calls.emergency.attempts", 0) + " attempted, "
                + t.count("calls.emergency.completed", 0) + " completed");
    }
}
