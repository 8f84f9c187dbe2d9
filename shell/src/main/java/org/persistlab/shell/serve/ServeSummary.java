package org.persistlab.shell.serve;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.persistlab.sim.gateway.GatewayEvent.CallEndCause;
import org.persistlab.sim.gateway.GatewayEvent.CallKind;
import org.persistlab.sim.gateway.GatewayEvent.CallRefusal;
import org.persistlab.sim.gateway.GatewayEvent.RefusalReason;

/**
 * The summary {@code lab serve} prints when it stops, read from the counters by their stable names
 * ({@code GatewayCounters.asMap()} plus the host's {@code host.*}): registrations accepted and refused
 * by reason, licenses in use, calls by kind and outcome, 503s, and what the host itself dropped.
 * Zero counts are left out of the "by reason" lists; the totals are always shown.
 */
final class ServeSummary {
    private ServeSummary() {
    }

    static void print(PrintWriter out, Map<String, Long> c, int licenses, double seconds) {
        out.printf(Locale.ROOT, "lab serve stopped after %.1f s%n", seconds);
        long refused = 0;
        List<String> reasons = new ArrayList<>();
        for (RefusalReason r : RefusalReason.values()) {
            long n = get(c, "registrations.refused." + key(r));
            refused += n;
            if (n > 0) {
                reasons.add(EventLine.words(r) + " " + n);
            }
        }
        out.printf(Locale.ROOT, "  registrations  %d accepted, %d refused%s; %d challenges sent%n",
                get(c, "registrations.accepted"), refused, reasons.isEmpty() ? "" : " (" + String.join(", ", reasons) + ")",
                get(c, "challenges"));
        out.printf(Locale.ROOT, "  bindings       %d now, %d at peak; licenses %d of %d in use, %d emergency-only%n",
                get(c, "bindings"), get(c, "bindings.peak"), get(c, "licenses.in_use"), licenses,
                get(c, "bindings.emergency_only"));
        List<String> kinds = new ArrayList<>();
        for (CallKind k : CallKind.values()) {
            long n = get(c, "calls.routed." + key(k));
            if (n > 0) {
                kinds.add(EventLine.words(k) + " " + n);
            }
        }
        List<String> ends = new ArrayList<>();
        for (CallEndCause e : CallEndCause.values()) {
            long n = get(c, "calls.ended." + key(e));
            if (n > 0) {
                ends.add(EventLine.words(e) + " " + n);
            }
        }
        List<String> refusals = new ArrayList<>();
        long callsRefused = 0;
        for (CallRefusal r : CallRefusal.values()) {
            long n = get(c, "calls.refused." + key(r));
            callsRefused += n;
            if (n > 0) {
                refusals.add(EventLine.words(r) + " " + n);
            }
        }
        out.printf(Locale.ROOT, "  calls          %d routed%s, %d answered, ended: %s; %d refused%s%n",
                kinds.isEmpty() ? 0 : sum(c, "calls.routed."), kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")",
                get(c, "calls.answered"), ends.isEmpty() ? "none" : String.join(", ", ends), callsRefused,
                refusals.isEmpty() ? "" : " (" + String.join(", ", refusals) + ")");
        out.printf(Locale.ROOT, "  overload       %d 503 sent; %d bad requests answered 400, %d undecodable dropped%n",
                get(c, "overload503"), get(c, "requests.bad"), get(c, "requests.undecodable"));
        out.printf(Locale.ROOT, "  host           %d messages dropped (core queue full), %d send failures, %d internal errors%n",
                get(c, "host.dropped"), get(c, "host.send_failures"), get(c, "host.internal_errors"));
    }

    private static long sum(Map<String, Long> c, String prefix) {
        return c.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
    }

    private static long get(Map<String, Long> c, String name) {
        return c.getOrDefault(name, 0L);
    }

    private static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
