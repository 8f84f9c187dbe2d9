package org.persistlab.bench.parser;

import org.persistlab.bench.RatioPair;
import org.persistlab.bench.Suite;

/** The {@code parser} suite: {@link ParserBenchmark}, ours against JAIN-SIP and against pkts.io, per message. */
public final class ParserSuite {
    private ParserSuite() {
    }

    public static Suite suite() {
        return Suite.of("parser",
                "SIP messages parsed and read per second: ours vs JAIN-SIP StringMsgParser and pkts.io SipMessage.frame",
                "^org\\.persistlab\\.bench\\.parser\\.ParserBenchmark\\.",
                new RatioPair("ours", "jainSip"), new RatioPair("ours", "pkts"));
    }
}
