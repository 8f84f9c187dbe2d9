package org.persistlab.shell.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.persistlab.analyzer.decode.FileSummary;
import org.persistlab.analyzer.metrics.CallSummary;
import org.persistlab.analyzer.metrics.DelayStats;
import org.persistlab.analyzer.metrics.PhoneFailover;
import org.persistlab.analyzer.metrics.RegistrarLoad;
import org.persistlab.analyzer.metrics.RegistrationSummary;
import org.persistlab.analyzer.report.AnalysisReport;
import org.persistlab.shell.report.Chart;
import org.persistlab.shell.report.ChartSeries;
import org.persistlab.shell.report.ReportBlock;
import org.persistlab.shell.report.ReportDocument;
import org.persistlab.shell.report.ReportSection;
import org.persistlab.shell.report.ReportTable;

/**
 * An analysis in the renderers' neutral form: files, SIP counts, registrations with REGISTER/s per
 * registrar, calls with attempts per second, and the failover: the phones' states over time as the
 * wire shows them, the latency CDF and the per-phone table.
 */
final class AnalysisDocument {
    /** Rows of the per-phone table in the page; the JSON has every phone. */
    static final int MAX_PHONE_ROWS = 500;
    private static final long S = 1_000_000_000L;

    private AnalysisDocument() {
    }

    static ReportDocument of(String label, List<String> names, List<FileSummary> files, AnalysisReport r,
                             Map<String, String> inputs) {
        List<ReportDocument.Fact> facts = new ArrayList<>();
        inputs.forEach((k, v) -> facts.add(new ReportDocument.Fact(k, v)));
        long origin = r.firstEventNanos() == null ? 0 : Math.floorDiv(r.firstEventNanos(), S) * S;
        List<ReportSection> sections = new ArrayList<>();
        sections.add(files(names, files, r));
        sections.add(failover(r, origin));
        sections.add(registrations(r.registrations(), origin));
        sections.add(calls(r.calls(), origin));
        return new ReportDocument("Persist Lab analysis: " + label, facts, sections);
    }

    private static ReportSection files(List<String> names, List<FileSummary> files, AnalysisReport r) {
        ReportTable.Builder t = ReportTable.builder("", "file", "format", "packets", "SIP messages", "undecoded",
                "TLS packets", "errors").numeric(2, 3, 4, 5, 6);
        for (int i = 0; i < files.size(); i++) {
            FileSummary f = files.get(i);
            t.row(names.get(i), f.format().label(), f.packets(), f.sipMessages(), f.undecodedPackets(), f.tlsPackets(),
                    f.errors());
        }
        ReportTable.Builder methods = ReportTable.builder("Requests (retransmissions included)", "method", "messages")
                .numeric(1);
        r.sip().requests().forEach(methods::row);
        ReportTable.Builder statuses = ReportTable.builder("Responses", "status", "messages").numeric(1);
        r.sip().responses().forEach(statuses::row);
        return new ReportSection("Files and SIP messages", r.sip().messages() + " SIP messages, "
                + r.sip().retransmissions() + " of them retransmissions.", List.of(t.build(), methods.build(),
                statuses.build()));
    }

    private static ReportSection registrations(RegistrationSummary s, long origin) {
        List<ReportBlock> blocks = new ArrayList<>();
        List<ChartSeries> lines = new ArrayList<>();
        for (RegistrarLoad l : s.registrars()) {
            lines.add(ChartSeries.perSecond(l.registrar(), (l.perSecond().startNanos() - origin) / (double) S,
                    AnalysisResult.counts(l.perSecond())));
        }
        if (!lines.isEmpty()) {
            blocks.add(Chart.lines("REGISTER/s per registrar", "time since the first message", "REGISTER/s",
                    Chart.AxisFormat.CLOCK, lines));
        }
        blocks.add(ReportTable.builder("", "measure", "value").numeric(1)
                .row("attempts", s.attempts()).row("succeeded", s.succeeded()).row("failed", s.failed())
                .row("challenges (401/407)", s.challenges()).row("IRA (%)", s.iraPct())
                .row("peak REGISTER/s", s.peakPerSecond()).row("REGISTER messages", s.registerMessages())
                .row("addresses of record", s.addressesOfRecord())
                .row("amplification (REGISTER per AoR)", s.amplification()).build());
        blocks.add(delays("Registration request delay (ms)", new String[] {"RRD"}, new DelayStats[] {s.rrd()}));
        return new ReportSection("Registrations", "RFC 6076 registration metrics; a registration runs from its first"
                + " REGISTER to the final response, the digest challenge included.", blocks);
    }

    private static ReportSection calls(CallSummary s, long origin) {
        List<ReportBlock> blocks = new ArrayList<>();
        if (!s.attemptsPerSecond().counts().isEmpty()) {
            blocks.add(Chart.lines("Call attempts per second", "time since the first message", "INVITE/s",
                    Chart.AxisFormat.CLOCK, List.of(ChartSeries.perSecond("call attempts",
                            (s.attemptsPerSecond().startNanos() - origin) / (double) S,
                            AnalysisResult.counts(s.attemptsPerSecond())))));
        }
        blocks.add(ReportTable.builder("", "measure", "value").numeric(1)
                .row("attempts", s.attempts()).row("answered", s.answered()).row("completed", s.completed())
                .row("SER (%)", s.serPct()).row("SEER (%)", s.seerPct()).row("ISA (%)", s.isaPct())
                .row("SCR (%)", s.scrPct()).row("peak attempts/s", s.peakAttemptsPerSecond()).build());
        blocks.add(delays("Session delays (ms)", new String[] {"SRD successful", "SRD failed", "SDD"},
                new DelayStats[] {s.srd(), s.srdFailed(), s.sdd()}));
        ReportTable.Builder outcomes = ReportTable.builder("Outcomes", "outcome", "attempts").numeric(1);
        s.outcomes().forEach(outcomes::row);
        blocks.add(outcomes.build());
        return new ReportSection("Calls", "RFC 6076 session metrics from the INVITEs in the capture.", blocks);
    }

    private static ReportTable delays(String caption, String[] names, DelayStats[] stats) {
        ReportTable.Builder t = ReportTable.builder(caption, "delay", "p50", "p90", "p99", "max", "count")
                .numeric(1, 2, 3, 4, 5);
        for (int i = 0; i < names.length; i++) {
            DelayStats d = stats[i];
            t.row(names[i], d.p50(), d.p90(), d.p99(), d.max(), d.count());
        }
        return t.build();
    }

    private static ReportSection failover(AnalysisReport r, long origin) {
        List<PhoneFailover> phones = r.failover().phones();
        List<ReportBlock> blocks = new ArrayList<>();
        if (!phones.isEmpty() && r.lastEventNanos() != null) {
            blocks.add(WireTimeline.chart(phones, origin, r.lastEventNanos()));
        }
        double[] ms = AnalysisResult.latenciesMs(r);
        if (ms.length > 0) {
            double[] seconds = new double[ms.length];
            for (int i = 0; i < ms.length; i++) {
                seconds[i] = ms[i] / 1000;
            }
            blocks.add(Chart.step("Failover latency, cumulative", "failover latency (s)", "% of phones that failed over",
                    List.of(ChartSeries.cdf("phones", seconds))));
        }
        blocks.add(delays("Failover latency (ms)", new String[] {"failover latency"},
                new DelayStats[] {r.failover().latency()}));
        ReportTable.Builder t = ReportTable.builder(phones.size() > MAX_PHONE_ROWS ? "The first " + MAX_PHONE_ROWS
                        + " of " + phones.size() + " phones (the JSON has all)" : "Per phone (seconds after the first"
                        + " message)", "phone", "primary", "gateway", "last sign", "1st unanswered", "1st to gateway",
                "gateway 200 OK", "failback", "latency ms").numeric(3, 4, 5, 6, 7, 8);
        for (PhoneFailover p : phones.subList(0, Math.min(phones.size(), MAX_PHONE_ROWS))) {
            t.row(p.phone(), p.primary(), p.gateway(), seconds(p.lastPrimarySignNanos(), origin),
                    seconds(p.firstUnansweredNanos(), origin), seconds(p.firstGatewayRequestNanos(), origin),
                    seconds(p.gatewayRegisteredNanos(), origin), seconds(p.failbackNanos(), origin), p.latencyMs());
        }
        blocks.add(t.build());
        return new ReportSection("Failover", phones.size() + " phones registered in the capture; "
                + r.failover().latency().count() + " failed over from their primary to a gateway. Latency runs from"
                + " the first unanswered request to the primary to the 200 OK at the gateway (Limited Service).",
                blocks);
    }

    private static Double seconds(Long nanos, long origin) {
        return nanos == null ? null : Math.round((nanos - origin) / 1e6) / 1e3;
    }
}
