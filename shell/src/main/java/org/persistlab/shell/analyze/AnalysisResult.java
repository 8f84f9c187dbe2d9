package org.persistlab.shell.analyze;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persistlab.analyzer.decode.FileSummary;
import org.persistlab.analyzer.metrics.PerSecondSeries;
import org.persistlab.analyzer.metrics.PhoneFailover;
import org.persistlab.analyzer.metrics.RegistrarLoad;
import org.persistlab.analyzer.report.AnalysisReport;
import org.persistlab.analyzer.report.ReportText;
import org.persistlab.shell.format.LatencyHistogram;
import org.persistlab.shell.format.Sparkline;
import org.persistlab.shell.format.TextTable;
import org.persistlab.shell.report.ReportDocument;
import org.persistlab.shell.report.SeriesTable;
import org.persistlab.shell.session.LabResult;

/**
 * What {@code analyze} found in a set of capture files: the files' summaries and the analyzer's
 * report, in every form the shell prints and exports.
 */
public final class AnalysisResult implements LabResult {
    private final List<String> names;
    private final List<FileSummary> files;
    private final AnalysisReport report;
    private final String primary;
    private final String gateway;

    AnalysisResult(CaptureAnalysis.Outcome o, String primary, String gateway) {
        this.names = o.names();
        this.files = o.files();
        this.report = o.report();
        this.primary = primary;
        this.gateway = gateway;
    }

    @Override
    public String kind() {
        return "analysis";
    }

    @Override
    public String label() {
        return String.join(", ", names);
    }

    @Override
    public Map<String, String> inputs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("files", String.join(", ", names));
        m.put("primary", primary == null ? "inferred" : primary);
        m.put("gateway", gateway == null ? "inferred" : gateway);
        return m;
    }

    /** {@code files[]} (path as given, format, packets, SIP messages, undecoded, errors), then the analyzer's tree. */
    @Override
    public Map<String, Object> tree() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FileSummary f = files.get(i);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("path", names.get(i));
            one.put("format", f.format().label());
            one.put("packets", f.packets());
            one.put("sip_messages", f.sipMessages());
            one.put("undecoded", f.undecodedPackets());
            one.put("tls_packets", f.tlsPackets());
            one.put("errors", f.errors());
            list.add(one);
        }
        m.put("files", list);
        m.putAll(report.toTree());
        return m;
    }

    @Override
    public void writeText(PrintWriter out, int width) {
        TextTable t = new TextTable("file", "format", "packets", "SIP messages", "undecoded", "TLS packets", "errors")
                .alignRight(2, 3, 4, 5, 6);
        for (int i = 0; i < files.size(); i++) {
            FileSummary f = files.get(i);
            t.row(names.get(i), f.format().label(), f.packets(), f.sipMessages(), f.undecodedPackets(), f.tlsPackets(),
                    f.errors());
        }
        t.write(out, "  ", width);
        ReportText.write(report, out, width);
        List<RegistrarLoad> registrars = report.registrations().registrars();
        if (!registrars.isEmpty()) {
            out.println();
            out.println("  REGISTER/s per registrar over the capture (each character: its busiest second):");
            TextTable spark = new TextTable("", "", "").withoutHeader().alignRight(2);
            int chartWidth = Math.max(20, Math.min(72, width - 40));
            for (RegistrarLoad l : registrars) {
                spark.row(l.registrar(), Sparkline.of(counts(l.perSecond()), chartWidth), "max " + l.peakPerSecond());
            }
            spark.write(out, "    ", Integer.MAX_VALUE);
        }
        double[] latencies = latenciesMs(report);
        if (latencies.length > 0) {
            out.println();
            out.println("  failover latency, phones per bucket:");
            LatencyHistogram.write(latencies, out, "    ", Math.min(width, 100));
        }
        out.flush();
    }

    static long[] counts(PerSecondSeries s) {
        return s.counts().stream().mapToLong(Long::longValue).toArray();
    }

    static double[] latenciesMs(AnalysisReport r) {
        return r.failover().phones().stream().map(PhoneFailover::latencyMs).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public ReportDocument document() {
        return AnalysisDocument.of(label(), names, files, report, inputs());
    }

    /** REGISTER/s per registrar and INVITE attempts/s, aligned on the capture's seconds since the epoch. */
    @Override
    public SeriesTable perSecond() {
        long start = Long.MAX_VALUE;
        List<PerSecondSeries> all = new ArrayList<>();
        for (RegistrarLoad l : report.registrations().registrars()) {
            all.add(l.perSecond());
        }
        all.add(report.calls().attemptsPerSecond());
        for (PerSecondSeries s : all) {
            if (!s.counts().isEmpty()) {
                start = Math.min(start, Math.floorDiv(s.startNanos(), 1_000_000_000L));
            }
        }
        if (start == Long.MAX_VALUE) {
            return new SeriesTable.Builder(0).build();
        }
        SeriesTable.Builder b = new SeriesTable.Builder(start);
        for (RegistrarLoad l : report.registrations().registrars()) {
            b.counter("REGISTER@" + l.registrar(), aligned(l.perSecond(), start));
        }
        b.counter("INVITE", aligned(report.calls().attemptsPerSecond(), start));
        return b.build();
    }

    private static long[] aligned(PerSecondSeries s, long startSecond) {
        long[] c = counts(s);
        if (c.length == 0) {
            return c;
        }
        int offset = (int) (Math.floorDiv(s.startNanos(), 1_000_000_000L) - startSecond);
        long[] out = new long[offset + c.length];
        System.arraycopy(c, 0, out, offset, c.length);
        return out;
    }
}
