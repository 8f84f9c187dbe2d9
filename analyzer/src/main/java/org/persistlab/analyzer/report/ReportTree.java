package org.persistlab.analyzer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persistlab.analyzer.metrics.CallSummary;
import org.persistlab.analyzer.metrics.DelayStats;
import org.persistlab.analyzer.metrics.FailoverSummary;
import org.persistlab.analyzer.metrics.PerSecondSeries;
import org.persistlab.analyzer.metrics.PhoneFailover;
import org.persistlab.analyzer.metrics.RegistrarLoad;
import org.persistlab.analyzer.metrics.RegistrationSummary;
import org.persistlab.analyzer.metrics.SipCounts;

/**
 * The report as the ordered tree behind {@code --format json} (issue 6). Keys keep the order written
 * here; counts are {@code Long}, ratios and milliseconds {@code Double} (3 decimals), absent values
 * {@code null}.
 */
final class ReportTree {
    private ReportTree() {
    }

    static Map<String, Object> of(AnalysisReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sip", sip(r.sip()));
        root.put("registrations", registrations(r.registrations()));
        root.put("calls", calls(r.calls()));
        root.put("failover", failover(r.failover()));
        return root;
    }

    private static Map<String, Object> sip(SipCounts s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("messages", s.messages());
        m.put("retransmissions", s.retransmissions());
        m.put("untracked", s.untracked());
        m.put("requests", new LinkedHashMap<String, Object>(s.requests()));
        m.put("responses", new LinkedHashMap<String, Object>(s.responses()));
        return m;
    }

    private static Map<String, Object> registrations(RegistrationSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attempts", s.attempts());
        m.put("succeeded", s.succeeded());
        m.put("failed", s.failed());
        m.put("challenges", s.challenges());
        m.put("ira_pct", s.iraPct());
        m.put("rrd_ms", delay(s.rrd()));
        m.put("peak_per_s", s.peakPerSecond());
        m.put("amplification", s.amplification());
        m.put("register_messages", s.registerMessages());
        m.put("aors", s.addressesOfRecord());
        List<Object> registrars = new ArrayList<>();
        for (RegistrarLoad l : s.registrars()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("registrar", l.registrar());
            one.put("peak_per_s", l.peakPerSecond());
            one.put("per_s", series(l.perSecond()));
            registrars.add(one);
        }
        m.put("registrars", registrars);
        return m;
    }

    private static Map<String, Object> calls(CallSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attempts", s.attempts());
        m.put("answered", s.answered());
        m.put("completed", s.completed());
        m.put("outcomes", new LinkedHashMap<String, Object>(s.outcomes()));
        m.put("srd_ms", delay(s.srd()));
        m.put("srd_failed_ms", delay(s.srdFailed()));
        m.put("sdd_ms", delay(s.sdd()));
        m.put("ser_pct", s.serPct());
        m.put("seer_pct", s.seerPct());
        m.put("isa_pct", s.isaPct());
        m.put("scr_pct", s.scrPct());
        m.put("peak_attempts_per_s", s.peakAttemptsPerSecond());
        m.put("attempts_per_s", series(s.attemptsPerSecond()));
        return m;
    }

    private static Map<String, Object> failover(FailoverSummary s) {
        List<Object> phones = new ArrayList<>();
        for (PhoneFailover p : s.phones()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("phone", p.phone());
            one.put("primary", p.primary());
            one.put("gateway", p.gateway());
            one.put("last_primary_sign_ns", p.lastPrimarySignNanos());
            one.put("first_unanswered_ns", p.firstUnansweredNanos());
            one.put("first_gateway_request_ns", p.firstGatewayRequestNanos());
            one.put("gateway_registered_ns", p.gatewayRegisteredNanos());
            one.put("failback_ns", p.failbackNanos());
            one.put("latency_ms", p.latencyMs());
            phones.add(one);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phones", phones);
        m.put("latency_ms", delay(s.latency()));
        return m;
    }

    private static Map<String, Object> delay(DelayStats d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", d.p50());
        m.put("p90", d.p90());
        m.put("p99", d.p99());
        m.put("max", d.max());
        m.put("count", d.count());
        return m;
    }

    private static Map<String, Object> series(PerSecondSeries s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start_ns", s.startNanos());
        m.put("truncated", s.truncated());
        m.put("counts", new ArrayList<Object>(s.counts()));
        return m;
    }
}
