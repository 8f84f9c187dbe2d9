package org.persistlab.bench.capture;

import org.persistlab.bench.RatioPair;
import org.persistlab.bench.Suite;

/**
 * The {@code capture} suite: {@link CaptureBenchmark}, our reader and decoder (alone, with the
 * transaction tracker, with the whole analysis) against pkts.io.
 */
public final class CaptureSuite {
    private CaptureSuite() {
    }

    public static Suite suite() {
        return Suite.of("capture",
                "SIP packets per second reading a " + CaptureFile.MESSAGES + "-message pcap: our reader+decoder"
                        + " (alone, + TransactionTracker, + the whole WireAnalysis) vs pkts.io Pcap.loop with SIP"
                        + " framing",
                "^org\\.persistlab\\.bench\\.capture\\.CaptureBenchmark\\.",
                new RatioPair("ours", "pkts"), new RatioPair("oursWithTracker", "pkts"),
                new RatioPair("oursWithAnalysis", "pkts"));
    }
}
