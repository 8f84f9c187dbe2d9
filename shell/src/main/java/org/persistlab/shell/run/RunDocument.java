package org.persistlab.shell.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.persistlab.shell.format.Numbers;
import org.persistlab.shell.report.Chart;
import org.persistlab.shell.report.ChartSeries;
import org.persistlab.shell.report.ReportDocument;
import org.persistlab.shell.report.ReportSection;
import org.persistlab.shell.report.ReportTable;
import org.persistlab.shell.report.SeriesTable;
import org.persistlab.sim.phone.ServiceState;

/** A run report in the renderers' neutral form: the HTML report's sections and the per-second CSV series. */
final class RunDocument {
    private static final String[] PHASES = {"before", "during", "after"};

    private RunDocument() {
    }

    static ReportDocument of(String title, RunTree t, Map<String, String> inputs, List<ReportSection> extra) {
        List<ReportDocument.Fact> facts = new ArrayList<>();
        inputs.forEach((k, v) -> facts.add(new ReportDocument.Fact(k, v)));
        facts.add(new ReportDocument.Fact("phones", Long.toString(t.count("phones", 0))));
        facts.add(new ReportDocument.Fact("sites", Long.toString(t.count("sites", 0))));
        facts.add(new ReportDocument.Fact("simulated", Numbers.clock(t.count("duration_s", 0) * 1_000_000_000L)));
        facts.add(new ReportDocument.Fact("events", Long.toString(t.count("events", 0))));
        List<ReportSection> sections = new ArrayList<>();
        sections.add(states(t));
        sections.add(storms(t));
        sections.add(failover(t));
        sections.add(calls(t));
        sections.add(licenses(t));
        sections.addAll(extra);
        return new ReportDocument(title, facts, sections);
    }

    private static ReportSection states(RunTree t) {
        double bucket = t.number("series.states.bucket_s") == null ? 1 : t.number("series.states.bucket_s");
        List<ChartSeries> series = new ArrayList<>();
        for (ServiceState s : ServiceStates.ORDER) {
            long[] v = t.longs("series.states." + ServiceStates.key(s));
            double[] x = new double[v.length];
            double[] y = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                x[i] = i * bucket;
                y[i] = v[i];
            }
            series.add(new ChartSeries(ServiceStates.label(s), x, y));
        }
        String outage = t.get("outage") == null ? "There is no ACO outage in this scenario."
                : "ACO is unreachable from " + Numbers.clock((long) (t.number("outage.start_s") * 1e9)) + " for "
                + Numbers.clock((long) (t.number("outage.duration_s") * 1e9)) + " (" + t.get("outage.mode") + ").";
        return new ReportSection("Service states over time", outage + " How many phones are in each state,"
                + " from the simulation's own timeline.", List.of(Chart.stacked("Phones per service state",
                "time since the start", "phones", series)));
    }

    private static ReportSection storms(RunTree t) {
        List<ChartSeries> lines = List.of(
                ChartSeries.perSecond("IP Office (all sites)", 0, t.longs("series.register_per_s.ipo")),
                ChartSeries.perSecond("ACO", 0, t.longs("series.register_per_s.aco")));
        ReportTable table = ReportTable.builder("", "registrar", "peak REGISTER/s", "REGISTERs", "per phone",
                        "503 sent").numeric(1, 2, 3, 4)
                .row("IP Office", t.count("ipo.register_peak_per_s"), t.count("ipo.registers"),
                        t.number("ipo.amplification"), t.count("ipo.overload_503"))
                .row("ACO", t.count("aco.register_peak_per_s"), t.count("aco.registers"),
                        t.number("aco.amplification"), t.count("aco.rate_limited_503"))
                .row("ACO after the outage (failback)", t.count("aco.failback_peak_per_s"), "", "", "")
                .build();
        return new ReportSection("Registration storms", "REGISTER requests per second arriving at each registrar,"
                + " retransmissions and challenged re-sends included.", List.of(Chart.lines("REGISTER/s per registrar",
                "time since the start", "REGISTER/s", Chart.AxisFormat.CLOCK, lines), table));
    }

    private static ReportSection failover(RunTree t) {
        double[] ms = t.doubles("series.failover_ms");
        double[] seconds = new double[ms.length];
        for (int i = 0; i < ms.length; i++) {
            seconds[i] = ms[i] / 1000;
        }
        List<org.persistlab.shell.report.ReportBlock> blocks = new ArrayList<>();
        if (seconds.length > 0) {
            blocks.add(Chart.step("Failover latency (fault to Limited Service), cumulative", "failover latency (s)",
                    "% of phones that failed over", List.of(ChartSeries.cdf("phones", seconds))));
        }
        ReportTable.Builder table = ReportTable.builder("Per phone, in milliseconds", "measure", "p50", "p90", "p99",
                "max", "phones").numeric(1, 2, 3, 4, 5);
        delay(table, "fault to Limited Service", t, "truth.failover_ms");
        delay(table, "time without service", t, "truth.no_service_ms");
        delay(table, "911 blackout", t, "truth.emergency_blackout_ms");
        blocks.add(table.build());
        ReportTable.Builder triggers = ReportTable.builder("How the phones detected the loss", "trigger", "phones")
                .numeric(1);
        if (t.get("truth.loss_detected_by") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> triggers.row(String.valueOf(k), v));
        }
        blocks.add(triggers.build());
        return new ReportSection("Failover latency", t.count("truth.failed_over", 0) + " of "
                + t.count("outage.affected_phones", 0) + " affected phones reached Limited Service. Latency runs"
                + " from the fault to the phone's registration at IP Office.", blocks);
    }

    private static void delay(ReportTable.Builder table, String name, RunTree t, String path) {
        table.row(name, t.number(path + ".p50"), t.number(path + ".p90"), t.number(path + ".p99"),
                t.number(path + ".max"), t.count(path + ".count"));
    }

    private static ReportSection calls(RunTree t) {
        double[] idx = {0, 1, 2};
        double[] attempts = new double[3];
        double[] completed = new double[3];
        double[] failed = new double[3];
        ReportTable.Builder table = ReportTable.builder("", "phase", "attempts", "completed", "failed",
                "incoming ok", "incoming failed", "incoming, no service").numeric(1, 2, 3, 4, 5, 6);
        for (int i = 0; i < PHASES.length; i++) {
            String b = "calls.by_phase." + PHASES[i];
            attempts[i] = t.count(b + ".attempts", 0);
            completed[i] = t.count(b + ".completed", 0);
            failed[i] = t.count(b + ".failed", 0);
            table.row(PHASES[i], t.count(b + ".attempts"), t.count(b + ".completed"), t.count(b + ".failed"),
                    t.count(b + ".incoming.completed"), t.count(b + ".incoming.failed"),
                    t.count(b + ".incoming.no_service"));
        }
        table.row("total", t.count("calls.attempts"), t.count("calls.completed"), t.count("calls.failed"), "", "", "");
        Chart bars = Chart.bars("Outgoing call attempts and failures before, during and after the outage", "calls",
                List.of("before the outage", "during", "after"), List.of(new ChartSeries("attempts", idx, attempts),
                        new ChartSeries("completed", idx, completed), new ChartSeries("failed", idx, failed)));
        long[] attemptsPerSecond = t.longs("series.calls_per_s.attempts");
        long[] failedPerSecond = t.longs("series.calls_per_s.failed");
        long[] completedPerSecond = new long[attemptsPerSecond.length];
        for (int i = 0; i < completedPerSecond.length; i++) {
            completedPerSecond[i] = attemptsPerSecond[i] - (i < failedPerSecond.length ? failedPerSecond[i] : 0);
        }
        // Calls are sparse beside REGISTERs: a run longer than ten minutes is drawn per minute. The three
        // series keep the bar chart's order, so each has the same colour in both charts.
        int bucket = attemptsPerSecond.length > 600 ? 60 : 1;
        String unit = bucket == 60 ? "minute" : "second";
        Chart overTime = Chart.lines("Outgoing call attempts, completed and failed, per " + unit,
                "time since the start", "calls per " + unit, Chart.AxisFormat.CLOCK, List.of(
                        ChartSeries.perBucket("attempts", 0, attemptsPerSecond, bucket),
                        ChartSeries.perBucket("completed", 0, completedPerSecond, bucket),
                        ChartSeries.perBucket("failed", 0, failedPerSecond, bucket)));
        return new ReportSection("Calls", "Outgoing attempts are counted when they started. 911 calls: "
                + t.count("calls.emergency.attempts", 0) + " attempted, " + t.count("calls.emergency.completed", 0)
                + " completed.", List.of(overTime, bars, table.build()));
    }

    private static ReportSection licenses(RunTree t) {
        ReportTable table = ReportTable.builder("", "licensed", "emergency only", "refused", "never registered")
                .numeric(0, 1, 2, 3)
                .row(t.count("licenses.licensed"), t.count("licenses.emergency_only"), t.count("licenses.refused"),
                        t.count("licenses.never_registered"))
                .build();
        return new ReportSection("IP Office licenses", "An unlicensed Avaya phone registers but may only call the"
                + " emergency number.", List.of(table));
    }

    /**
     * Per-second series: REGISTER/s at IP Office and ACO and outgoing call attempts and failures
     * (counters), and phones per service state
     * (gauges: each second shows its timeline bucket's level).
     */
    static SeriesTable perSecond(RunTree t) {
        long[] ipo = t.longs("series.register_per_s.ipo");
        long[] aco = t.longs("series.register_per_s.aco");
        int seconds = (int) Math.max(t.count("duration_s", 0), Math.max(ipo.length, aco.length));
        SeriesTable.Builder b = new SeriesTable.Builder(0).counter("REGISTER@IPOffice", ipo).counter("REGISTER@ACO",
                aco).counter("CallAttempts", t.longs("series.calls_per_s.attempts"))
                .counter("FailedCalls", t.longs("series.calls_per_s.failed"));
        double bucket = t.number("series.states.bucket_s") == null ? 1 : t.number("series.states.bucket_s");
        for (ServiceState s : ServiceStates.ORDER) {
            long[] levels = t.longs("series.states." + ServiceStates.key(s));
            long[] perSecond = new long[seconds];
            for (int i = 0; i < seconds && levels.length > 0; i++) {
                perSecond[i] = levels[(int) Math.min(levels.length - 1, Math.floor(i / bucket))];
            }
            b.gauge("Phones_" + ServiceStates.key(s), perSecond);
        }
        return b.build();
    }
}
