package org.persistlab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.persistlab.bench.results.Measurement;

class RatiosTest {
    private static final String PKG = "org.persistlab.bench.x.XBenchmark.";
    private static final Suite SUITE = Suite.of("x", "test suite", "x", new RatioPair("ours", "peer"));

    private static Measurement m(String method, String mode, double score, String... kv) {
        TreeMap<String, String> params = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            params.put(kv[i], kv[i + 1]);
        }
        return new Measurement(PKG + method, mode, params, score, 1, mode.equals("thrpt") ? "ops/s" : "ns/op", 0);
    }

    @Test
    void throughputRatioIsOursOverPeerForEachParameterSet() {
        Ratios.Outcome o = Ratios.compute(SUITE, List.of(
                m("ours", "thrpt", 900, "n", "10"), m("peer", "thrpt", 300, "n", "10"),
                m("ours", "thrpt", 500, "n", "20"), m("peer", "thrpt", 1000, "n", "20")));
        assertThat(o.problems()).isEmpty();
        assertThat(o.lines()).extracting(RatioLine::format).containsExactly(
                "RATIO suite=x n=10 ours=ours peer=peer value=3.00",
                "RATIO suite=x n=20 ours=ours peer=peer value=0.50");
    }

    @Test
    void timePerOperationRatioIsPeerOverOursSoHigherStillMeansFaster() {
        Ratios.Outcome o = Ratios.compute(SUITE, List.of(m("ours", "avgt", 20), m("peer", "avgt", 100)));
        assertThat(o.lines()).singleElement().satisfies(l -> assertThat(l.value()).isCloseTo(5.0, within(1e-12)));
    }

    @Test
    void aPeerWithFewerParametersMatchesOnTheSharedOnes() {
        Ratios.Outcome o = Ratios.compute(SUITE, List.of(
                m("ours", "thrpt", 400, "message", "invite", "depth", "2"), m("peer", "thrpt", 100, "message", "invite"),
                m("peer", "thrpt", 50, "message", "bye")));
        assertThat(o.lines()).extracting(RatioLine::format)
                .containsExactly("RATIO suite=x depth=2 message=invite ours=ours peer=peer value=4.00");
    }

    @Test
    void aMissingOrAmbiguousPeerIsReportedNotGuessed() {
        Ratios.Outcome missing = Ratios.compute(SUITE, List.of(m("ours", "thrpt", 1, "n", "1")));
        assertThat(missing.lines()).isEmpty();
        assertThat(missing.problems()).singleElement().asString().contains("no result(s) for peer");

        Ratios.Outcome ambiguous = Ratios.compute(SUITE, List.of(m("ours", "thrpt", 1),
                m("peer", "thrpt", 1, "n", "1"), m("peer", "thrpt", 1, "n", "2")));
        assertThat(ambiguous.problems()).singleElement().asString().contains("2 result(s) for peer");

        Ratios.Outcome none = Ratios.compute(SUITE, List.of(m("peer", "thrpt", 1)));
        assertThat(none.problems()).singleElement().asString().contains("no result for ours");
    }

    @Test
    void differentModesAreNotCompared() {
        Ratios.Outcome o = Ratios.compute(SUITE, List.of(m("ours", "thrpt", 1), m("peer", "avgt", 1)));
        assertThat(o.lines()).isEmpty();
        assertThat(o.problems()).singleElement().asString().contains("no ratio");
    }

    @Test
    void parametersPrintInNameOrder() {
        RatioLine l = new RatioLine("calendar", new TreeMap<>(Map.of("n", "100000", "calendar", "heap")), "a", "b", 3.14159);
        assertThat(l.format()).isEqualTo("RATIO suite=calendar calendar=heap n=100000 ours=a peer=b value=3.14");
    }
}
