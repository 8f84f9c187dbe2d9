package org.persistlab.analyzer.decode;

import java.util.Objects;

import org.persistlab.sip.FramerLimits;

/**
 * Limits that bound the decoder's memory whatever the capture holds, and the capture-time timeouts
 * that release state. Defaults are chosen far above what SIP traffic needs.
 *
 * @param maxTcpConnections      TCP connections tracked at once; the least recently used is released beyond it
 * @param tcpIdleNanos           a TCP or SCTP flow silent this long (capture time) is released: 15 min,
 *                               above SIP's 10-minute idle-connection habits (RFC 5626 keep-alives are 2 min);
 *                               a connection closed by FIN/RST has already dropped its buffers and keeps only
 *                               a small record (for its late packets) until then
 * @param maxBufferedBytesPerDirection out-of-order bytes one TCP direction may hold before its first hole is given up
 * @param maxUndecidedBytes      bytes of a stream searched for a SIP start line (or TLS/WebSocket) before it is
 *                               taken as not SIP
 * @param maxIpDatagrams         IP datagrams being reassembled at once
 * @param ipFragmentTimeoutNanos how long fragments wait for the rest of their datagram: 30 s, Linux's ipfrag_time
 * @param maxSctpAssociations    SCTP associations tracked at once
 * @param maxMessageBytes        largest WebSocket message or fragmented SCTP user message reassembled
 * @param framerLimits           limits of the SIP stream framer; the 1 MiB body bound keeps one stream's buffer small
 * @param maxTunnelDepth         IP-in-IP/GRE nesting followed
 */
public record DecoderConfig(
        int maxTcpConnections,
        long tcpIdleNanos,
        int maxBufferedBytesPerDirection,
        int maxUndecidedBytes,
        int maxIpDatagrams,
        long ipFragmentTimeoutNanos,
        int maxSctpAssociations,
        int maxMessageBytes,
        FramerLimits framerLimits,
        int maxTunnelDepth) {

    private static final long SECOND = 1_000_000_000L;

    public static final DecoderConfig DEFAULT = new DecoderConfig(
            100_000, 900 * SECOND, 4 << 20, 1 << 20, 4096, 30 * SECOND, 10_000, 1 << 20,
            new FramerLimits(8 * 1024, 64 * 1024, 1 << 20), 4);

    public DecoderConfig {
        if (maxTcpConnections < 1 || maxIpDatagrams < 1 || maxSctpAssociations < 1 || maxTunnelDepth < 0
                || maxBufferedBytesPerDirection < 0 || maxUndecidedBytes < 0 || maxMessageBytes < 0
                || tcpIdleNanos <= 0 || ipFragmentTimeoutNanos <= 0) {
            throw new IllegalArgumentException("decoder limits must be positive: " + maxTcpConnections + " connections, "
                    + maxIpDatagrams + " datagrams, " + maxSctpAssociations + " associations, tunnel depth "
                    + maxTunnelDepth + ", timeouts " + tcpIdleNanos + "/"
                    + ipFragmentTimeoutNanos + " ns");
        }
        Objects.requireNonNull(framerLimits, "framerLimits");
    }

    public DecoderConfig withMaxTcpConnections(int n) {
        return new DecoderConfig(n, tcpIdleNanos, maxBufferedBytesPerDirection, maxUndecidedBytes, maxIpDatagrams,
                ipFragmentTimeoutNanos, maxSctpAssociations, maxMessageBytes, framerLimits, maxTunnelDepth);
    }

    public DecoderConfig withTcpIdleNanos(long nanos) {
        return new DecoderConfig(maxTcpConnections, nanos, maxBufferedBytesPerDirection, maxUndecidedBytes, maxIpDatagrams,
                ipFragmentTimeoutNanos, maxSctpAssociations, maxMessageBytes, framerLimits, maxTunnelDepth);
    }

    public DecoderConfig withMaxIpDatagrams(int n) {
        return new DecoderConfig(maxTcpConnections, tcpIdleNanos, maxBufferedBytesPerDirection, maxUndecidedBytes, n,
                ipFragmentTimeoutNanos, maxSctpAssociations, maxMessageBytes, framerLimits, maxTunnelDepth);
    }
}
