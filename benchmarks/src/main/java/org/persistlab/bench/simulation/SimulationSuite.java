package org.persistlab.bench.simulation;

import java.util.List;
import java.util.Map;
import org.persistlab.bench.Suite;

/**
 * The {@code simulation} suite: {@link SimulationBenchmark}, one run per fork in a 2 GB heap. It has no
 * peer (no other simulator runs this model), so no RATIO line; quick and smoke runs simulate two
 * sites of 50 phones for 30 minutes instead.
 */
public final class SimulationSuite {
    private SimulationSuite() {
    }

    public static Suite suite() {
        return new Suite("simulation",
                "the 100,000-phone, one-hour ACO outage scenario end to end: wall time, events/s, peak heap (-Xmx2g)",
                "^org\\.persistlab\\.bench\\.simulation\\.SimulationBenchmark\\.", List.of(), List.of("-Xmx2g"), true,
                Map.of("sites", "2", "phones", "50", "outageLength", "10m", "duration", "30m"));
    }
}
