package org.persistlab.sim.gateway;

import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/**
 * Everything the IP Office gateway core can be told, immutable. Durations are nanoseconds; values
 * that go on the wire (Expires, Retry-After) are seconds. Build with {@link #builder()}: each
 * builder default below names its source in {@code domain.md} or says ASSUMPTION.
 *
 * @param realm                     digest realm
 * @param udpTcpEndpoint            the gateway's address for UDP and TCP
 * @param tlsEndpoint               the gateway's address for TLS
 * @param endpointLicenses          size of the license pool
 * @param licenseMode               endpoint licenses or user subscriptions (same pool behaviour)
 * @param maxExtensions             users beyond this many are never created
 * @param challengeExpiryNanos      how long a digest challenge (nonce) stays valid
 * @param defaultExpiresSeconds     granted when a REGISTER names no expiry; also the largest granted
 * @param minExpiresSeconds         a shorter non-zero request gets 423 with Min-Expires
 * @param registerServiceNanos      time to serve one REGISTER; 0 answers on arrival
 * @param tlsHandshakeNanos         extra service time for the first request on a new TLS connection
 * @param registerQueueCapacity     REGISTERs waiting or in service; one more gets 503
 * @param overloadRetryAfterSeconds Retry-After of every 503 the core sends for overload
 * @param trunkEndpoint             the SIP trunk's address, or {@code null} for no trunk
 * @param trunkTransport            transport toward the trunk
 * @param trunkChannels             concurrent external calls the trunk carries
 * @param emergencyNumbers          numbers that always route to the trunk
 * @param absorbRetransmissions     true: the core runs UDP server transactions itself (simulator);
 *                                  false: the host's SIP stack does (JAIN-SIP behind {@code lab serve})
 * @param t1Nanos                   RFC 3261 T1; Timers H and J are 64*T1
 * @param timerCNanos               proxy INVITE timeout
 * @param maxPendingTransactions    bound on remembered server transactions and on proxied ones
 * @param maxTrackedSources         bound on addresses remembered for throttling and TLS connections
 * @param maxCalls                  bound on calls held (set-up, connected or just ended)
 * @param authFailureThreshold      refused REGISTERs from one address within the window before it is blocked
 * @param throttleWindowNanos       the window failures are counted in, and how long a block lasts
 * @param acceptRegistrations       false answers every REGISTER with 503
 * @param seed                      keys the nonce issuer, so runs are deterministic
 */
public record GatewayConfig(
        String realm,
        Endpoint udpTcpEndpoint,
        Endpoint tlsEndpoint,
        int endpointLicenses,
        LicenseMode licenseMode,
        int maxExtensions,
        long challengeExpiryNanos,
        long defaultExpiresSeconds,
        long minExpiresSeconds,
        long registerServiceNanos,
        long tlsHandshakeNanos,
        int registerQueueCapacity,
        long overloadRetryAfterSeconds,
        Endpoint trunkEndpoint,
        Transport trunkTransport,
        int trunkChannels,
        Set<String> emergencyNumbers,
        boolean absorbRetransmissions,
        long t1Nanos,
        long timerCNanos,
        int maxPendingTransactions,
        int maxTrackedSources,
        int maxCalls,
        int authFailureThreshold,
        long throttleWindowNanos,
        boolean acceptRegistrations,
        long seed) {

    public GatewayConfig {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(udpTcpEndpoint, "udpTcpEndpoint");
        Objects.requireNonNull(tlsEndpoint, "tlsEndpoint");
        Objects.requireNonNull(licenseMode, "licenseMode");
        Objects.requireNonNull(trunkTransport, "trunkTransport");
        emergencyNumbers = Collections.unmodifiableSortedSet(new TreeSet<>(emergencyNumbers));
        atLeast("endpointLicenses", endpointLicenses, 0);
        atLeast("maxExtensions", maxExtensions, 1);
        atLeast("challengeExpiryNanos", challengeExpiryNanos, 1);
        atLeast("minExpiresSeconds", minExpiresSeconds, 1);
        atLeast("defaultExpiresSeconds", defaultExpiresSeconds, minExpiresSeconds);
        atLeast("registerServiceNanos", registerServiceNanos, 0);
        atLeast("tlsHandshakeNanos", tlsHandshakeNanos, 0);
        atLeast("registerQueueCapacity", registerQueueCapacity, 1);
        atLeast("overloadRetryAfterSeconds", overloadRetryAfterSeconds, 0);
        atLeast("trunkChannels", trunkChannels, 0);
        atLeast("t1Nanos", t1Nanos, 1);
        atLeast("timerCNanos", timerCNanos, 1);
        atLeast("maxPendingTransactions", maxPendingTransactions, 1);
        atLeast("maxTrackedSources", maxTrackedSources, 1);
        atLeast("maxCalls", maxCalls, 1);
        atLeast("authFailureThreshold", authFailureThreshold, 1);
        atLeast("throttleWindowNanos", throttleWindowNanos, 1);
    }

    private static void atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }

    /** Timers H and J (64*T1): how long a UDP server transaction remembers its final response. */
    public long timerJNanos() {
        return 64 * t1Nanos;
    }

    /** The gateway's own address for a transport: TLS on its own port, everything else on 5060. */
    public Endpoint endpointFor(Transport transport) {
        return transport.encrypted() ? tlsEndpoint : udpTcpEndpoint;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding the documented defaults; every setter returns the builder. */
    public static final class Builder {
        private static final long SECOND = 1_000_000_000L;

        /** ASSUMPTION: IP Office's realm string is not in domain.md; "ipoffice" by convention of this lab. */
        private String realm = "ipoffice";
        /** ASSUMPTION: an RFC 5737 documentation address; ports per [B5800-MGR-151] (UDP/TCP 5060). */
        private Endpoint udpTcpEndpoint = Endpoint.parse("192.0.2.10:5060");
        /** ASSUMPTION for the address; TLS port 5061 per [B5800-MGR-151]. */
        private Endpoint tlsEndpoint = Endpoint.parse("192.0.2.10:5061");
        /**
         * domain.md §6 {@code ipo.endpointLicenses}: a scenario input (0-384). ASSUMPTION: the
         * default equals the 384-extension ceiling, so licensing limits nothing unless asked to.
         */
        private int endpointLicenses = 384;
        private LicenseMode licenseMode = LicenseMode.ENDPOINT_LICENSE;
        /** domain.md §2.1 and §6 {@code ipo.maxExtensions}: 384 [IPO-CAP-EXT]. */
        private int maxExtensions = 384;
        /** domain.md §6 {@code ipo.challengeExpiry}: 10 s [B5800-MGR-151]. */
        private long challengeExpiryNanos = 10 * SECOND;
        /** domain.md §3.1 and §6 {@code sip.defaultExpires}: 3600 s, a configuration choice, not an RFC default. */
        private long defaultExpiresSeconds = 3600;
        /** ASSUMPTION: 60 s (RFC 3261 §10.3 step 7 allows a registrar minimum but gives none). */
        private long minExpiresSeconds = 60;
        /** domain.md §6 {@code ipo.regServiceRate}: no source, must be calibrated; 0 answers on arrival. */
        private long registerServiceNanos = 0;
        /**
         * ASSUMPTION derived from domain.md §6 {@code ipo.tlsExtensionWeight} (a TLS extension counts as
         * 3 [IPO-CAP-EXT]): unless set, the first request on a TLS connection costs 2 extra service times.
         */
        private long tlsHandshakeNanos = -1;
        /** ASSUMPTION: 200 REGISTERs may wait; no source gives IP500 V2's queue. */
        private int registerQueueCapacity = 200;
        /** ASSUMPTION: 10 s; domain.md §6 {@code server.503RetryAfter} says only "optional" [RFC3261] §21.5.4. */
        private long overloadRetryAfterSeconds = 10;
        /** ASSUMPTION: an RFC 5737 documentation address; domain.md §6 {@code ipo.sipTrunkChannels} is a scenario input. */
        private Endpoint trunkEndpoint = Endpoint.parse("198.51.100.1:5060");
        /** ASSUMPTION: the trunk runs over UDP. */
        private Transport trunkTransport = Transport.UDP;
        /** domain.md §2.1: the only figure found is 20 SIP channels (Basic Edition) [IPO-KB-CAP]; a scenario input. */
        private int trunkChannels = 20;
        /** domain.md §4 and §6 {@code emergency.number}: 911, no prefix [FCC-MLTS], [IPO-46XX]. */
        private Set<String> emergencyNumbers = Set.of("911");
        /** The simulator runs UDP server transactions in the core; {@code lab serve} sets false (JAIN-SIP does it). */
        private boolean absorbRetransmissions = true;
        /** domain.md §3.1 and §6 {@code sip.T1}: 500 ms [RFC3261]. */
        private long t1Nanos = SECOND / 2;
        /** domain.md §3.1 Timer C "> 3 min" [RFC3261] §16.8; ASSUMPTION: 181 s, the first whole second above. */
        private long timerCNanos = 181 * SECOND;
        /** ASSUMPTION: 4096 transactions remembered at once. */
        private int maxPendingTransactions = 4096;
        /** ASSUMPTION: 4096 addresses remembered for throttling and TLS connection state. */
        private int maxTrackedSources = 4096;
        /** ASSUMPTION: 512 calls held at once (IP500 V2 concurrent-call limit not documented, domain.md §2.1). */
        private int maxCalls = 512;
        /** ASSUMPTION: 5 refused REGISTERs from one address within the window block it. */
        private int authFailureThreshold = 5;
        /** ASSUMPTION: failures are counted over 60 s, and a block lasts 60 s. */
        private long throttleWindowNanos = 60 * SECOND;
        /**
         * Always accept. In the ACO design IP Office has no connection to ACO (DESIGN.md), so it
         * cannot know whether ACO is down; domain.md §6 {@code ipo.acceptForeignRegistrationsOnlyInFailover}
         * describes the B5800 analogue, which does know. A scenario may still turn registration off.
         */
        private boolean acceptRegistrations = true;
        private long seed = 0;

        private Builder() {
        }

        public Builder realm(String v) { realm = v; return this; }
        public Builder udpTcpEndpoint(Endpoint v) { udpTcpEndpoint = v; return this; }
        public Builder tlsEndpoint(Endpoint v) { tlsEndpoint = v; return this; }
        public Builder endpointLicenses(int v) { endpointLicenses = v; return this; }
        public Builder licenseMode(LicenseMode v) { licenseMode = v; return this; }
        public Builder maxExtensions(int v) { maxExtensions = v; return this; }
        public Builder challengeExpiry(Duration v) { challengeExpiryNanos = v.toNanos(); return this; }
        public Builder defaultExpiresSeconds(long v) { defaultExpiresSeconds = v; return this; }
        public Builder minExpiresSeconds(long v) { minExpiresSeconds = v; return this; }
        public Builder registerServiceTime(Duration v) { registerServiceNanos = v.toNanos(); return this; }
        public Builder tlsHandshakeTime(Duration v) { tlsHandshakeNanos = v.toNanos(); return this; }
        public Builder registerQueueCapacity(int v) { registerQueueCapacity = v; return this; }
        public Builder overloadRetryAfterSeconds(long v) { overloadRetryAfterSeconds = v; return this; }
        public Builder trunkEndpoint(Endpoint v) { trunkEndpoint = v; return this; }
        public Builder trunkTransport(Transport v) { trunkTransport = v; return this; }
        public Builder trunkChannels(int v) { trunkChannels = v; return this; }
        public Builder emergencyNumbers(Set<String> v) { emergencyNumbers = v; return this; }
        public Builder absorbRetransmissions(boolean v) { absorbRetransmissions = v; return this; }
        public Builder t1(Duration v) { t1Nanos = v.toNanos(); return this; }
        public Builder timerC(Duration v) { timerCNanos = v.toNanos(); return this; }
        public Builder maxPendingTransactions(int v) { maxPendingTransactions = v; return this; }
        public Builder maxTrackedSources(int v) { maxTrackedSources = v; return this; }
        public Builder maxCalls(int v) { maxCalls = v; return this; }
        public Builder authFailureThreshold(int v) { authFailureThreshold = v; return this; }
        public Builder throttleWindow(Duration v) { throttleWindowNanos = v.toNanos(); return this; }
        public Builder acceptRegistrations(boolean v) { acceptRegistrations = v; return this; }
        public Builder seed(long v) { seed = v; return this; }

        public GatewayConfig build() {
            long tls = tlsHandshakeNanos >= 0 ? tlsHandshakeNanos : 2 * registerServiceNanos;
            return new GatewayConfig(realm, udpTcpEndpoint, tlsEndpoint, endpointLicenses, licenseMode,
                    maxExtensions, challengeExpiryNanos, defaultExpiresSeconds, minExpiresSeconds,
                    registerServiceNanos, tls, registerQueueCapacity, overloadRetryAfterSeconds, trunkEndpoint,
                    trunkTransport, trunkChannels, emergencyNumbers, absorbRetransmissions, t1Nanos, timerCNanos,
                    maxPendingTransactions, maxTrackedSources, maxCalls, authFailureThreshold, throttleWindowNanos,
                    acceptRegistrations, seed);
        }
    }
}
