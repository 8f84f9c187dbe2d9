package org.persistlab.bench;

import java.util.ArrayList;
import java.util.List;
import org.persistlab.bench.results.Measurement;

/**
 * Turns a suite's measurements into its RATIO lines: for each declared pair and each parameter set of
 * ours, the peer's measurement with the same shared parameters. Ours over peer for throughput, peer
 * over ours for time per operation, so a value above 1 always means ours was faster.
 */
public final class Ratios {
    /** The lines, and what could not be computed (a benchmark that did not run, an ambiguous match). */
    public record Outcome(List<RatioLine> lines, List<String> problems) {
    }

    private Ratios() {
    }

    public static Outcome compute(Suite suite, List<Measurement> measurements) {
        List<RatioLine> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (RatioPair pair : suite.ratios()) {
            List<Measurement> ours = withMethod(measurements, pair.ours());
            if (ours.isEmpty()) {
                problems.add(suite.name() + ": no result for " + pair.ours() + ", so no ratio to " + pair.peer());
                continue;
            }
            for (Measurement o : ours) {
                List<Measurement> peers = withMethod(measurements, pair.peer()).stream()
                        .filter(p -> p.sharesParamsWith(o)).toList();
                if (peers.size() != 1) {
                    problems.add(suite.name() + ": " + (peers.isEmpty() ? "no" : peers.size()) + " result(s) for "
                            + pair.peer() + " to compare with " + pair.ours() + " " + o.params());
                    continue;
                }
                Measurement p = peers.get(0);
                if (!p.mode().equals(o.mode()) || !p.unit().equals(o.unit())) {
                    problems.add(suite.name() + ": " + pair.ours() + " is in " + o.mode() + " " + o.unit() + " but "
                            + pair.peer() + " in " + p.mode() + " " + p.unit() + "; no ratio");
                    continue;
                }
                double value = o.higherIsBetter() ? o.score() / p.score() : p.score() / o.score();
                lines.add(new RatioLine(suite.name(), o.params(), pair.ours(), pair.peer(), value));
            }
        }
        return new Outcome(List.copyOf(lines), List.copyOf(problems));
    }

    private static List<Measurement> withMethod(List<Measurement> all, String method) {
        return all.stream().filter(m -> m.method().equals(method)).toList();
    }
}
