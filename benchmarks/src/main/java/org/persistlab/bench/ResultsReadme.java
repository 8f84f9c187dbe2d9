package org.persistlab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.persistlab.bench.results.Machine;
import org.persistlab.bench.results.Measurement;
import org.persistlab.bench.results.ResultsStore;

/**
 * Writes {@code benchmarks/README.md} from the {@code *-latest.json} files and their run records, so
 * the published table is always what was measured, never typed. Run at the end of every
 * {@link BenchMain} run, or alone: {@code java -cp benchmarks.jar org.persistlab.bench.ResultsReadme
 * [RESULTS_DIR [README]]}. The same files give the same README, byte for byte.
 */
public final class ResultsReadme {
    private ResultsReadme() {
    }

    public static void main(String[] args) {
        Path dir = args.length > 0 ? Path.of(args[0]) : BenchMain.defaultResultsDir();
        Path readme = args.length > 1 ? Path.of(args[1]) : dir.toAbsolutePath().getParent().resolve("README.md");
        try {
            List<String> problems = write(new ResultsStore(dir), SuiteCatalog.standard(), readme);
            problems.forEach(p -> System.err.println("readme: " + p));
            System.out.println("readme: wrote " + readme);
            System.exit(problems.isEmpty() ? 0 : 1);
        } catch (IOException e) {
            System.err.println("readme: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Regenerates the README; returns the files it could not use (it still writes the rest). */
    public static List<String> write(ResultsStore store, SuiteCatalog catalog, Path readme) throws IOException {
        ResultsStore.Contents contents = store.latest();
        List<String> problems = new ArrayList<>(contents.problems());
        Files.writeString(readme, render(contents.suites(), catalog, problems), StandardCharsets.UTF_8);
        return problems;
    }

    static String render(List<ResultsStore.Latest> found, SuiteCatalog catalog, List<String> problems) {
        List<ResultsStore.Latest> suites = new ArrayList<>(found);
        List<String> order = catalog.names();
        // The catalog's order (the order suites run in); suites it no longer knows last, by name.
        suites.sort(Comparator.comparingInt((ResultsStore.Latest s) -> order.contains(s.suite())
                ? order.indexOf(s.suite()) : order.size()).thenComparing(ResultsStore.Latest::suite));
        StringBuilder md = new StringBuilder();
        intro(md, catalog);
        md.append("## Latest results\n\n");
        md.append("| Suite | Benchmark | Params | Score | Error (99.9%) | Unit | B/op | RATIO | Also |\n");
        md.append("|---|---|---|---:|---:|---|---:|---|---|\n");
        List<RatioLine> allRatios = new ArrayList<>();
        for (ResultsStore.Latest s : suites) {
            Optional<Suite> decl = catalog.find(s.suite());
            List<RatioLine> ratios = decl.map(d -> {
                Ratios.Outcome o = Ratios.compute(d, s.measurements());
                problems.addAll(o.problems());
                return o.lines();
            }).orElse(List.of());
            allRatios.addAll(ratios);
            for (Measurement m : s.measurements()) {
                md.append("| ").append(s.suite())
                        .append(" | ").append(m.shortName())
                        .append(" | ").append(params(m.params()))
                        .append(" | ").append(number(m.score()))
                        .append(" | ").append(Double.isNaN(m.error()) ? "n/a" : "± " + number(m.error()))
                        .append(" | ").append(m.unit())
                        .append(" | ").append(Double.isNaN(m.bytesPerOp()) ? "n/a" : number(m.bytesPerOp()))
                        .append(" | ").append(ratioCell(m, ratios))
                        .append(" | ").append(extras(m.extras()))
                        .append(" |\n");
            }
        }
        md.append("\n## Ratios\n\nOurs against each peer, from the same run; higher is better for us.\n\n```\n");
        allRatios.forEach(r -> md.append(r.format()).append('\n'));
        md.append("```\n\n## Runs\n\n| Suite | Date (UTC) | Mode | Command |\n|---|---|---|---|\n");
        for (ResultsStore.Latest s : suites) {
            s.run().ifPresent(r -> md.append("| ").append(s.suite()).append(" | ").append(r.date()).append(" | ")
                    .append(cell(r.mode())).append(" | `").append(cell(r.command())).append("` |\n"));
        }
        md.append("\n## Machines\n\n| Suite | Cores | Memory | CPU | JDK | OS |\n|---|---:|---:|---|---|---|\n");
        for (ResultsStore.Latest s : suites) {
            s.run().ifPresent(r -> {
                Machine m = r.machine();
                md.append("| ").append(s.suite()).append(" | ").append(m.cores()).append(" | ").append(m.memory())
                        .append(" | ").append(cell(m.cpu())).append(" | ").append(cell(m.jdk())).append(" | ")
                        .append(cell(m.os())).append(" |\n");
            });
        }
        return md.toString();
    }

    private static void intro(StringBuilder md, SuiteCatalog catalog) {
        md.append("# Benchmarks\n\n")
                .append("<!-- Generated by org.persistlab.bench.ResultsReadme from results/*-latest.json and")
                .append(" results/*-latest.properties at the end of every benchmark run. Do not edit by hand. -->\n\n")
                .append("JMH suites, each measured beside a peer in the same run. These machines are shared and")
                .append(" noisy, so the RATIO lines (ours / peer, higher is better for us) are what carries from one")
                .append(" machine to another; the absolute figures are the machine's below.\n\n")
                .append("Run: `./lab bench [SUITE...] [--quick|--medium] [--prof NAME]` (or `")
                .append(BenchMain.JAR_COMMAND).append(" ...`); `--list` lists the suites. Modes:\n\n")
                .append("- ").append(RunMode.FULL.describe()).append(" (the default, the figures to publish);\n")
                .append("- ").append(RunMode.MEDIUM.describe()).append(";\n")
                .append("- ").append(RunMode.QUICK.describe()).append(" (a smoke run).\n\n")
                .append("The GC profiler is always on: B/op is JMH's `gc.alloc.rate.norm`. Suites:\n\n");
        for (Suite s : catalog.all()) {
            md.append("- `").append(s.name()).append("`: ").append(s.summary()).append(";\n");
        }
        md.append("- `").append(BenchMain.SHELL_SUITE).append("`: RFC 7502's registration-rate search, SIPp against the")
                .append(" gateway on loopback over UDP and TCP; `./lab bench ").append(BenchMain.SHELL_SUITE)
                .append("` runs it in the shell and prints its figures (they are not kept here).\n\n");
    }

    private static String ratioCell(Measurement m, List<RatioLine> ratios) {
        return ratios.stream()
                .filter(r -> r.ours().equals(m.method()) && r.params().equals(m.params()))
                .map(r -> String.format(Locale.ROOT, "%.2fx %s", r.value(), r.peer()))
                .collect(Collectors.joining(", "));
    }

    private static String extras(Map<String, Double> extras) {
        return extras.entrySet().stream().map(e -> e.getKey() + " " + number(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String params(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    /** Whole numbers and anything above 1,000 with thousands separated, three significant digits below. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1000 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
