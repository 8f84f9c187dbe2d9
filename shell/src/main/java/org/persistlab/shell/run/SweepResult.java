package org.persistlab.shell.run;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persistlab.shell.format.BarChart;
import org.persistlab.shell.format.Numbers;
import org.persistlab.shell.format.TextTable;
import org.persistlab.shell.report.Chart;
import org.persistlab.shell.report.ChartSeries;
import org.persistlab.shell.report.ReportBlock;
import org.persistlab.shell.report.ReportDocument;
import org.persistlab.shell.report.ReportSection;
import org.persistlab.shell.report.ReportTable;
import org.persistlab.shell.report.SeriesTable;
import org.persistlab.shell.session.LabResult;
import org.persistlab.sim.scenario.ParamDef;
import org.persistlab.sim.scenario.Params;
import org.persistlab.sim.scenario.Scenario;

/**
 * A sweep: one run per value of a parameter, all with the same seed (common random numbers, so the
 * differences come from the parameter, not from chance). Each point keeps every number of its run's
 * report.
 */
public final class SweepResult implements LabResult {
    /** The columns of the sweep table: a report path and its heading. */
    private static final String[][] COLUMNS = {
        {"truth.failover_ms.p50", "failover p50 ms"},
        {"truth.failover_ms.p99", "failover p99 ms"},
        {"truth.no_service_ms.p99", "no service p99 ms"},
        {"truth.emergency_blackout_ms.p99", "911 blackout p99 ms"},
        {"licenses.licensed", "licensed"},
        {"ipo.register_peak_per_s", "IPO REGISTER/s peak"},
        {"aco.failback_peak_per_s", "ACO failback/s peak"},
        {"calls.failed", "calls failed"}};

    /** The columns the terminal shows (latencies in seconds, to fit); the HTML page has them all. */
    private static final String[][] TEXT_COLUMNS = {
        {"truth.failover_ms.p50", "failover p50 s"},
        {"truth.failover_ms.p99", "failover p99 s"},
        {"truth.no_service_ms.p99", "no service p99 s"},
        {"ipo.register_peak_per_s", "IPO REGISTER/s"},
        {"aco.failback_peak_per_s", "ACO failback/s"}};

    private final Scenario scenario;
    private final ParamDef parameter;
    private final long seed;
    private final List<String> values;
    private final List<Map<String, Double>> points;
    private final List<String> failures;
    private final String metric;

    SweepResult(Scenario scenario, ParamDef parameter, long seed, List<String> values,
                List<Map<String, Double>> points, List<String> failures, String metric) {
        this.scenario = scenario;
        this.parameter = parameter;
        this.seed = seed;
        this.values = List.copyOf(values);
        // Nulls mark failed points, which List.copyOf refuses.
        this.points = java.util.Collections.unmodifiableList(new ArrayList<>(points));
        this.failures = java.util.Collections.unmodifiableList(new ArrayList<>(failures));
        this.metric = metric;
    }

    @Override
    public String kind() {
        return "sweep";
    }

    @Override
    public String label() {
        return parameter.name() + " over " + String.join(", ", values) + " · " + scenario.source() + " · seed " + seed;
    }

    @Override
    public Map<String, String> inputs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("scenario", scenario.source());
        for (ParamDef p : Params.all()) {
            if (p != Params.SEED) {
                m.put(p.name(), p == parameter ? String.join(",", values) : scenario.value(p));
            }
        }
        m.put("seed", Long.toString(seed));
        return m;
    }

    @Override
    public Map<String, Object> tree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parameter", parameter.name());
        m.put("seed", seed);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("value", values.get(i));
            Map<String, Double> p = points.get(i);
            one.put("metrics", p == null ? null : new LinkedHashMap<String, Object>(p));
            one.put("error", failures.get(i));
            list.add(one);
        }
        m.put("points", list);
        return m;
    }

    @Override
    public void writeText(PrintWriter out, int width) {
        String[] headers = new String[TEXT_COLUMNS.length + 1];
        headers[0] = parameter.name();
        int[] right = new int[TEXT_COLUMNS.length];
        for (int c = 0; c < TEXT_COLUMNS.length; c++) {
            headers[c + 1] = TEXT_COLUMNS[c][1];
            right[c] = c + 1;
        }
        TextTable t = new TextTable(headers).alignRight(right);
        for (int i = 0; i < values.size(); i++) {
            Object[] row = new Object[TEXT_COLUMNS.length + 1];
            row[0] = values.get(i);
            for (int c = 0; c < TEXT_COLUMNS.length; c++) {
                String path = TEXT_COLUMNS[c][0];
                Double v = points.get(i) == null ? null : points.get(i).get(path);
                row[c + 1] = points.get(i) == null ? "failed" : v == null ? null
                        : path.endsWith("_ms.p50") || path.endsWith("_ms.p99") ? Numbers.decimal(v / 1000, 1)
                        : number(v);
            }
            t.row(row);
        }
        t.write(out, "  ", width);
        out.println();
        out.println("  " + metric + " by " + parameter.name() + ":");
        BarChart chart = new BarChart();
        for (int i = 0; i < values.size(); i++) {
            Double v = points.get(i) == null ? null : points.get(i).get(metric);
            chart.bar(values.get(i), v == null ? 0 : Math.max(0, v), v == null ? "-" : Numbers.decimal(v, 3));
        }
        chart.write(out, "    ", Math.min(width, 100));
        for (int i = 0; i < values.size(); i++) {
            if (failures.get(i) != null) {
                out.println("  " + parameter.name() + " " + values.get(i) + " failed: " + failures.get(i));
            }
        }
    }

    private static Object number(Double v) {
        if (v == null) {
            return null;
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) v.longValue() : (Object) v;
    }

    @Override
    public ReportDocument document() {
        double[] idx = new double[values.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(Chart.bars("Failover latency by " + parameter.name(), "ms", values, List.of(
                new ChartSeries("p50", idx, column("truth.failover_ms.p50")),
                new ChartSeries("p99", idx, column("truth.failover_ms.p99")))));
        blocks.add(Chart.bars("REGISTER/s peaks by " + parameter.name(), "REGISTER/s", values, List.of(
                new ChartSeries("IP Office", idx, column("ipo.register_peak_per_s")),
                new ChartSeries("ACO failback", idx, column("aco.failback_peak_per_s")))));
        List<String> headers = new ArrayList<>();
        headers.add(parameter.name());
        for (String[] c : COLUMNS) {
            headers.add(c[1]);
        }
        ReportTable.Builder table = ReportTable.builder("", headers.toArray(String[]::new))
                .numeric(1, 2, 3, 4, 5, 6, 7, 8);
        for (int i = 0; i < values.size(); i++) {
            Object[] row = new Object[COLUMNS.length + 1];
            row[0] = values.get(i);
            for (int c = 0; c < COLUMNS.length; c++) {
                row[c + 1] = points.get(i) == null ? "failed" : number(points.get(i).get(COLUMNS[c][0]));
            }
            table.row(row);
        }
        blocks.add(table.build());
        return new ReportDocument("Persist Lab sweep: " + label(), List.of(
                new ReportDocument.Fact("scenario", scenario.source()),
                new ReportDocument.Fact("parameter", parameter.name()),
                new ReportDocument.Fact("seed", Long.toString(seed))),
                List.of(new ReportSection("Sweep of " + parameter.name(), "One run per value, all with seed " + seed
                        + " (common random numbers), so the differences come from " + parameter.name() + ".", blocks)));
    }

    private double[] column(String path) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            Double v = points.get(i) == null ? null : points.get(i).get(path);
            out[i] = v == null ? 0 : v;
        }
        return out;
    }

    /** A sweep has no time series; the CSV holds its header only. */
    @Override
    public SeriesTable perSecond() {
        return new SeriesTable.Builder(0).build();
    }
}
