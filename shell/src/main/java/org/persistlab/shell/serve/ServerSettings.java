package org.persistlab.shell.serve;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Objects;
import org.persistlab.sim.gateway.GatewayConfig;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/**
 * How {@code lab serve} runs: where it listens, what the gateway core is told, and where the
 * certificates and the capture go. A port of 0 leaves that transport off. UDP and TCP share one port
 * when both are on, because the gateway core names a single address for both in Via and
 * Record-Route, as IP Office does (5060).
 *
 * @param bind              the address to listen on and to put in Via and Record-Route
 * @param udpPort           UDP port, 0 for none
 * @param tcpPort           TCP port, 0 for none
 * @param tlsPort           TLS port, 0 for none
 * @param certsDir          where the root CA, the server certificate and {@code WebRootCA.pem} live
 * @param licenses          endpoint licenses in the pool
 * @param maxExtensions     users created (IP500 V2: 384); the rate benchmark lifts it so every REGISTER
 *                          has its own AoR (RFC 7502 §6.7)
 * @param trunk             the SIP trunk (external and emergency calls), {@code null} for none
 * @param trunkTransport    transport toward the trunk
 * @param capture           pcap file for the live capture, {@code null} for none
 * @param nonceSeed         keys the core's stateless nonces; random per run so nonces cannot be predicted
 * @param queueCapacity     messages waiting for the core thread; beyond it UDP-style drops (bounded memory)
 */
public record ServerSettings(InetAddress bind, int udpPort, int tcpPort, int tlsPort, Path certsDir, int licenses,
                             int maxExtensions, Endpoint trunk, Transport trunkTransport, Path capture, long nonceSeed,
                             int queueCapacity) {
    /** domain.md §2.1: 384 extensions per IP500 V2 [IPO-CAP-EXT]. */
    public static final int IP500_V2_EXTENSIONS = 384;
    /** ASSUMPTION: 65,536 queued messages (about 64 MB of small SIP messages at most). */
    public static final int DEFAULT_QUEUE_CAPACITY = 65_536;

    public ServerSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(certsDir, "certsDir");
        Objects.requireNonNull(trunkTransport, "trunkTransport");
        checkPort("udpPort", udpPort);
        checkPort("tcpPort", tcpPort);
        checkPort("tlsPort", tlsPort);
        if (udpPort == 0 && tcpPort == 0 && tlsPort == 0) {
            throw new IllegalArgumentException("at least one of UDP, TCP and TLS must listen");
        }
        if (udpPort != 0 && tcpPort != 0 && udpPort != tcpPort) {
            throw new IllegalArgumentException("UDP and TCP must share one port (the core names one address for both),"
                    + " not " + udpPort + " and " + tcpPort);
        }
        if (tlsPort != 0 && tlsPort == Math.max(udpPort, tcpPort)) {
            throw new IllegalArgumentException("TLS needs its own port, not " + tlsPort);
        }
        if (trunk != null && (trunkTransport == Transport.UDP ? udpPort : trunkTransport == Transport.TCP ? tcpPort : 0) == 0) {
            throw new IllegalArgumentException("the trunk runs over " + trunkTransport + ", which is not listening");
        }
        if (bind.isAnyLocalAddress()) {
            throw new IllegalArgumentException("bind to the address phones reach: " + bind.getHostAddress()
                    + " cannot be written in Via and Record-Route");
        }
        if (licenses < 0 || maxExtensions < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("licenses >= 0, maxExtensions >= 1 and queueCapacity >= 1 are required");
        }
    }

    private static void checkPort(String name, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be 0-65535, not " + port);
        }
    }

    /** The gateway's UDP/TCP address as the core writes it. */
    public Endpoint udpTcpEndpoint() {
        int port = udpPort != 0 ? udpPort : tcpPort != 0 ? tcpPort : Transport.UDP.defaultPort();
        return Endpoint.of(bind.getAddress(), port);
    }

    /** The gateway's TLS address as the core writes it (5061 when TLS is off: never used then). */
    public Endpoint tlsEndpoint() {
        return Endpoint.of(bind.getAddress(), tlsPort != 0 ? tlsPort : Transport.TLS.defaultPort());
    }

    /** The gateway core's configuration: IP Office's documented defaults, with our addresses and licenses. */
    public GatewayConfig coreConfig() {
        return GatewayConfig.builder()
                .udpTcpEndpoint(udpTcpEndpoint())
                .tlsEndpoint(tlsEndpoint())
                .endpointLicenses(licenses)
                .maxExtensions(maxExtensions)
                .trunkEndpoint(trunk)
                .trunkTransport(trunkTransport)
                // JAIN-SIP's server transactions absorb retransmissions and resend the last response
                .absorbRetransmissions(false)
                .seed(nonceSeed)
                .build();
    }

    /** The transports that listen, in a fixed order. */
    public java.util.List<Transport> transports() {
        java.util.List<Transport> t = new java.util.ArrayList<>(3);
        if (udpPort != 0) {
            t.add(Transport.UDP);
        }
        if (tcpPort != 0) {
            t.add(Transport.TCP);
        }
        if (tlsPort != 0) {
            t.add(Transport.TLS);
        }
        return java.util.List.copyOf(t);
    }

    public int port(Transport t) {
        return switch (t) {
            case UDP -> udpPort;
            case TCP -> tcpPort;
            case TLS -> tlsPort;
            default -> 0;
        };
    }

    public static Builder builder(InetAddress bind) {
        return new Builder(bind);
    }

    /** Defaults: UDP and TCP on 5060, no TLS, 384 licenses and extensions, no trunk, no capture. */
    public static final class Builder {
        private final InetAddress bind;
        private int udpPort = Transport.UDP.defaultPort();
        private int tcpPort = Transport.TCP.defaultPort();
        private int tlsPort;
        private Path certsDir = Path.of("serve-certs");
        private int licenses = IP500_V2_EXTENSIONS;
        private int maxExtensions = IP500_V2_EXTENSIONS;
        private Endpoint trunk;
        private Transport trunkTransport = Transport.UDP;
        private Path capture;
        private long nonceSeed = new java.security.SecureRandom().nextLong();
        private int queueCapacity = DEFAULT_QUEUE_CAPACITY;

        private Builder(InetAddress bind) {
            this.bind = bind;
        }

        public Builder udpPort(int v) { udpPort = v; return this; }
        public Builder tcpPort(int v) { tcpPort = v; return this; }
        public Builder tlsPort(int v) { tlsPort = v; return this; }
        public Builder certsDir(Path v) { certsDir = v; return this; }
        public Builder licenses(int v) { licenses = v; return this; }
        public Builder maxExtensions(int v) { maxExtensions = v; return this; }
        public Builder trunk(Endpoint v, Transport t) { trunk = v; trunkTransport = t; return this; }
        public Builder capture(Path v) { capture = v; return this; }
        public Builder nonceSeed(long v) { nonceSeed = v; return this; }
        public Builder queueCapacity(int v) { queueCapacity = v; return this; }

        public ServerSettings build() {
            return new ServerSettings(bind, udpPort, tcpPort, tlsPort, certsDir, licenses, maxExtensions, trunk,
                    trunkTransport, capture, nonceSeed, queueCapacity);
        }
    }
}
