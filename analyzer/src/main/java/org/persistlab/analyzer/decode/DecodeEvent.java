package org.persistlab.analyzer.decode;

/**
 * Things that happen to state rather than to one packet, counted per file: reassembly and framing
 * events a report should show next to the packet outcomes.
 */
public enum DecodeEvent {
    /** An IP datagram was rebuilt from its fragments. */
    IP_DATAGRAM_REASSEMBLED,
    /** Fragments of a datagram that never completed (timeout, end of capture, or memory bound). */
    IP_DATAGRAM_INCOMPLETE,
    /** Out-of-order TCP segments that were buffered and later delivered in order. */
    TCP_SEGMENT_REORDERED,
    /** A hole in a TCP stream that was never filled (segment not captured); bytes after it were still read. */
    TCP_GAP,
    /** TCP connections released after being idle (in capture time) or by the connection limit. */
    TCP_CONNECTION_EXPIRED,
    /** A TCP connection first seen without its SYN: reading started at the first segment seen. */
    TCP_MIDSTREAM_START,
    /** Bytes skipped at the start of a stream (or after a gap) before the first SIP start line. */
    STREAM_BYTES_SKIPPED,
    /** SIP framing errors in a stream (junk, missing Content-Length, unparseable message). */
    SIP_STREAM_ERROR,
    /** A message cut off by the end of its stream (FIN, RST, gap, expiry or end of capture). */
    SIP_STREAM_TRUNCATED,
    /** CRLF keep-alives seen on streams. */
    SIP_STREAM_KEEPALIVE,
    /** Junk before a SIP start line in a datagram, skipped (see {@code malformed_zeek_junk_before_register.pcap}). */
    SIP_JUNK_SKIPPED,
    /** TLS connections seen. */
    TLS_CONNECTION,
    /** WebSocket connections (HTTP Upgrade) seen. */
    WEBSOCKET_CONNECTION,
    /** WebSocket frames that could not be read (bad length, reserved opcode). */
    WEBSOCKET_ERROR,
    /** SCTP DATA chunks seen again (same TSN) and not delivered twice. */
    SCTP_DUPLICATE_CHUNK
}
