package org.persistlab.bench.gateway;

import org.persistlab.bench.RatioPair;
import org.persistlab.bench.Suite;

/** The {@code gateway} suite: {@link GatewayBenchmark}, the gateway core against JAIN-SIP parsing alone. */
public final class GatewaySuite {
    private GatewaySuite() {
    }

    public static Suite suite() {
        return Suite.of("gateway",
                "IP Office gateway core per second: full registrations (REGISTER, 401, REGISTER, 200) and internal"
                        + " calls (INVITE, 180, 200, ACK, BYE, 200) vs JAIN-SIP only parsing the same messages",
                "^org\\.persistlab\\.bench\\.gateway\\.GatewayBenchmark\\.",
                new RatioPair("registration", "jainSipRegistrationParse"),
                new RatioPair("internalCall", "jainSipCallParse"));
    }
}
