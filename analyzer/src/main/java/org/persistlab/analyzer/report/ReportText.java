package org.persistlab.analyzer.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.persistlab.analyzer.metrics.CallSummary;
import org.persistlab.analyzer.metrics.DelayStats;
import org.persistlab.analyzer.metrics.FailoverSummary;
import org.persistlab.analyzer.metrics.PhoneFailover;
import org.persistlab.analyzer.metrics.RegistrarLoad;
import org.persistlab.analyzer.metrics.RegistrationSummary;
import org.persistlab.analyzer.metrics.SipCounts;

/**
 * Writes an {@link AnalysisReport} as aligned plain-text tables with units: message counts,
 * registrations, calls, and the failover table per phone with its distribution. Failover moments are
 * shown in seconds after the first event (the JSON tree has the exact nanoseconds). A table wider
 * than the given width is written as one block of lines per row instead.
 */
public final class ReportText {
    private static final String INDENT = "  ";

    private ReportText() {
    }

    public static void write(AnalysisReport r, PrintWriter out, int width) {
        int w = Math.max(40, width);
        sip(r.sip(), out, w);
        registrations(r.registrations(), out, w);
        calls(r.calls(), out, w);
        failover(r.failover(), r.firstEventNanos() == null ? 0 : r.firstEventNanos(), out, w);
        out.flush();
    }

    private static void title(PrintWriter out, String text, int width) {
        out.println();
        String head = "== " + text + " ";
        out.println(head + "=".repeat(Math.max(2, width - head.length())));
    }

    private static void sip(SipCounts s, PrintWriter out, int width) {
        title(out, "SIP messages", width);
        new TextTable("metric", "value").alignRight(1)
                .row("messages", s.messages())
                .row("retransmissions", s.retransmissions())
                .row("untracked", s.untracked())
                .write(out, INDENT, width);
        out.println();
        counts(out, width, "method", "requests", s.requests());
        out.println();
        counts(out, width, "status", "responses", s.responses());
    }

    private static void counts(PrintWriter out, int width, String key, String what, Map<String, Long> m) {
        TextTable t = new TextTable(key, what).alignRight(1);
        m.forEach(t::row);
        t.write(out, INDENT, width);
    }

    private static void registrations(RegistrationSummary s, PrintWriter out, int width) {
        title(out, "Registrations", width);
        new TextTable("metric", "value", "unit").alignRight(1)
                .row("attempts", s.attempts(), "")
                .row("succeeded", s.succeeded(), "")
                .row("failed", s.failed(), "")
                .row("challenges (401/407)", s.challenges(), "")
                .row("IRA", s.iraPct(), "%")
                .row("REGISTER peak", s.peakPerSecond(), "/s")
                .row("REGISTER messages", s.registerMessages(), "")
                .row("addresses-of-record", s.addressesOfRecord(), "")
                .row("amplification", s.amplification(), "REGISTER/AoR")
                .write(out, INDENT, width);
        out.println();
        delays(out, width, new String[] {"RRD"}, new DelayStats[] {s.rrd()});
        if (!s.registrars().isEmpty()) {
            out.println();
            TextTable t = new TextTable("registrar", "peak REGISTER/s", "seconds").alignRight(1, 2);
            for (RegistrarLoad l : s.registrars()) {
                t.row(l.registrar(), l.peakPerSecond(), l.perSecond().counts().size());
            }
            t.write(out, INDENT, width);
        }
    }

    private static void calls(CallSummary s, PrintWriter out, int width) {
        title(out, "Calls", width);
        new TextTable("metric", "value", "unit").alignRight(1)
                .row("attempts", s.attempts(), "")
                .row("answered", s.answered(), "")
                .row("completed", s.completed(), "")
                .row("SER", s.serPct(), "%")
                .row("SEER", s.seerPct(), "%")
                .row("ISA", s.isaPct(), "%")
                .row("SCR", s.scrPct(), "%")
                .row("attempts peak", s.peakAttemptsPerSecond(), "/s")
                .write(out, INDENT, width);
        out.println();
        delays(out, width, new String[] {"SRD successful", "SRD failed", "SDD"},
                new DelayStats[] {s.srd(), s.srdFailed(), s.sdd()});
        if (!s.outcomes().isEmpty()) {
            out.println();
            counts(out, width, "outcome", "attempts", s.outcomes());
        }
    }

    private static void delays(PrintWriter out, int width, String[] names, DelayStats[] stats) {
        TextTable t = new TextTable("delay (ms)", "p50", "p90", "p99", "max", "count").alignRight(1, 2, 3, 4, 5);
        for (int i = 0; i < names.length; i++) {
            DelayStats d = stats[i];
            t.row(names[i], d.p50(), d.p90(), d.p99(), d.max(), d.count());
        }
        t.write(out, INDENT, width);
    }

    private static void failover(FailoverSummary s, long origin, PrintWriter out, int width) {
        title(out, "Failover per phone (times in s after the first event)", width);
        if (s.phones().isEmpty()) {
            out.println(INDENT + "no phone registered in the input");
            return;
        }
        String[] headers = {"phone", "primary", "gateway", "last sign", "1st unanswered", "1st to gateway",
            "gateway 200 OK", "failback", "latency ms"};
        TextTable t = new TextTable(headers).alignRight(3, 4, 5, 6, 7, 8);
        for (PhoneFailover p : s.phones()) {
            t.row((Object[]) cells(p, origin));
        }
        t.write(out, INDENT, width);
        out.println();
        delays(out, width, new String[] {"failover latency"}, new DelayStats[] {s.latency()});
    }

    private static String[] cells(PhoneFailover p, long origin) {
        return new String[] {p.phone(), dash(p.primary()), dash(p.gateway()), seconds(p.lastPrimarySignNanos(), origin),
            seconds(p.firstUnansweredNanos(), origin), seconds(p.firstGatewayRequestNanos(), origin),
            seconds(p.gatewayRegisteredNanos(), origin), seconds(p.failbackNanos(), origin),
            TextTable.text(p.latencyMs())};
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    private static String seconds(Long nanos, long origin) {
        if (nanos == null) {
            return "-";
        }
        return BigDecimal.valueOf(nanos - origin, 9).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }
}
