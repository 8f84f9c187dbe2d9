package org.persistlab.analyzer.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.persistlab.analyzer.capture.CaptureRecord;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.SipStartLine;
import org.persistlab.sip.Transport;

/**
 * Takes each captured packet down through its layers (link, IP, tunnels, transport) to SIP, and
 * gives every packet one {@link PacketOutcome}. Stateless layers are static decoders writing into
 * scratch objects reused for every packet, so the UDP path allocates only the SIP payload copy,
 * the message and its event. Stateful layers (IP reassembly, TCP and SCTP flows) keep bounded state
 * that capture time releases.
 */
final class PacketDecoder {
    private static final int IPPROTO_IPV4 = 4;
    private static final int IPPROTO_TCP = 6;
    private static final int IPPROTO_UDP = 17;
    private static final int IPPROTO_IPV6 = 41;
    private static final int IPPROTO_GRE = 47;
    private static final int IPPROTO_SCTP = 132;
    private static final long SWEEP_INTERVAL_NANOS = 1_000_000_000L;
    /** What {@link #sipPayload} returns for a payload that is not SIP; SCTP renames it. */
    private static final PacketOutcome NOT_SIP = PacketOutcome.UDP_NOT_SIP;

    private final DecodeContext ctx;
    private final LinkFrame link = new LinkFrame();
    private final IpHeader ip = new IpHeader();
    private final TransportHeader th = new TransportHeader();
    private final FlowKey probe = new FlowKey();
    private final IpReassembler fragments;
    private final FlowTable<TcpConnection> tcpFlows;
    private final SctpReader sctp;
    private final List<EncryptedFlow> encryptedFlows = new ArrayList<>();
    private final long[] outcomes = new long[PacketOutcome.values().length];
    private boolean ending;
    private boolean swept;
    private long lastSweepNanos;
    private long reportedIncomplete;

    // The packet being decoded.
    private CaptureRecord record;
    private long now;

    PacketDecoder(DecodeContext ctx) {
        this.ctx = ctx;
        DecoderConfig c = ctx.config;
        fragments = new IpReassembler(c.maxIpDatagrams(), c.ipFragmentTimeoutNanos());
        tcpFlows = new FlowTable<>(c.maxTcpConnections(), c.tcpIdleNanos(), conn -> conn.release(!ending, encryptedFlows));
        sctp = new SctpReader(ctx, c.maxSctpAssociations(), c.tcpIdleNanos(), c.maxMessageBytes());
    }

    /** Decodes one packet; never throws for bad input. */
    PacketOutcome decode(CaptureRecord r) {
        record = r;
        now = r.timeNanos();
        // Idle flows are looked for once per second of capture time (and whenever the clock jumps back).
        if (!swept || now - lastSweepNanos >= SWEEP_INTERVAL_NANOS || now < lastSweepNanos) {
            swept = true;
            lastSweepNanos = now;
            tcpFlows.expire(now);
            sctp.expire(now);
        }
        PacketOutcome outcome;
        try {
            outcome = link(r.data(), r.length(), r.linkType());
        } catch (RuntimeException e) {
            // A bug, not bad input: report it against the packet and go on with the next one.
            ctx.problem(r.fileOffset(), "decoder fault on this packet: " + e);
            outcome = PacketOutcome.DECODER_FAULT;
        }
        outcomes[outcome.ordinal()]++;
        return outcome;
    }

    private PacketOutcome link(byte[] b, int end, int linkType) {
        LinkType type = LinkType.of(linkType);
        if (type == null) {
            return PacketOutcome.LINK_TYPE_UNSUPPORTED;
        }
        PacketOutcome bad = switch (type) {
            case ETHERNET -> EthernetDecoder.decode(b, 0, end, link);
            case LINUX_SLL -> SllDecoder.decodeSll(b, 0, end, link);
            case LINUX_SLL2 -> SllDecoder.decodeSll2(b, 0, end, link);
            case NULL -> LoopbackDecoder.decodeNull(b, 0, end, link);
            case LOOP -> LoopbackDecoder.decodeNull(b, 0, end, link);
            case RAW, RAW_12, RAW_14 -> LoopbackDecoder.decodeRaw(b, 0, end, link);
            case IPV4 -> link.set(LinkFrame.ETHERTYPE_IPV4, 0, end);
            case IPV6 -> link.set(LinkFrame.ETHERTYPE_IPV6, 0, end);
        };
        return bad != null ? bad : network(link.etherType, b, link.offset, link.end, 0);
    }

    private PacketOutcome network(int etherType, byte[] b, int off, int end, int depth) {
        if (depth > ctx.config.maxTunnelDepth()) {
            return PacketOutcome.TUNNEL_MALFORMED;
        }
        PacketOutcome bad;
        if (etherType == LinkFrame.ETHERTYPE_IPV4) {
            bad = Ipv4Decoder.decode(b, off, end, ip);
        } else if (etherType == LinkFrame.ETHERTYPE_IPV6) {
            bad = Ipv6Decoder.decode(b, off, end, ip);
        } else if (etherType == LinkFrame.ETHERTYPE_ETHERNET) {
            bad = EthernetDecoder.decode(b, off, end, link);
            return bad != null ? PacketOutcome.TUNNEL_MALFORMED : network(link.etherType, b, link.offset, link.end, depth + 1);
        } else {
            return PacketOutcome.NOT_IP;
        }
        if (bad != null) {
            return ip.truncated ? PacketOutcome.IP_TRUNCATED : bad;
        }
        if (!ip.fragment) {
            return transport(ip.protocol, b, ip.payloadOffset, ip.payloadEnd, depth);
        }
        if (ip.truncated) {
            return PacketOutcome.IP_TRUNCATED;
        }
        byte[] whole = fragments.offer(ip, b, now);
        countIncomplete();
        if (whole == null) {
            return PacketOutcome.IP_FRAGMENT_HELD;
        }
        ctx.count(DecodeEvent.IP_DATAGRAM_REASSEMBLED);
        ip.fragment = false;
        ip.truncated = false;
        if (ip.version == 6) {
            bad = Ipv6Decoder.skipExtensionHeaders(whole, 0, whole.length, ip.protocol, ip);
            return bad != null ? bad : transport(ip.protocol, whole, ip.payloadOffset, ip.payloadEnd, depth);
        }
        return transport(ip.protocol, whole, 0, whole.length, depth);
    }

    private PacketOutcome transport(int protocol, byte[] b, int off, int end, int depth) {
        switch (protocol) {
            case IPPROTO_UDP:
                return udp(b, off, end);
            case IPPROTO_TCP:
                return tcp(b, off, end);
            case IPPROTO_SCTP:
                return sctp(b, off, end);
            case IPPROTO_IPV4:
                return network(LinkFrame.ETHERTYPE_IPV4, b, off, end, depth + 1);
            case IPPROTO_IPV6:
                return network(LinkFrame.ETHERTYPE_IPV6, b, off, end, depth + 1);
            case IPPROTO_GRE: {
                PacketOutcome bad = GreDecoder.decode(b, off, end, link);
                return bad != null ? bad : network(link.etherType, b, link.offset, link.end, depth + 1);
            }
            default:
                return PacketOutcome.IP_PROTOCOL_OTHER;
        }
    }

    private PacketOutcome udp(byte[] b, int off, int end) {
        PacketOutcome bad = UdpDecoder.decode(b, off, end, th);
        if (bad != null) {
            return bad;
        }
        return sipPayload(b, th.payloadOffset, th.payloadEnd, Transport.UDP, null, null);
    }

    /**
     * Reads a SIP message that is a whole datagram or SCTP user message. Returns SIP, a keep-alive,
     * {@link #NOT_SIP}, or the damage found. The endpoints are built from the headers when not given.
     */
    private PacketOutcome sipPayload(byte[] b, int off, int end, Transport transport, Endpoint src, Endpoint dst) {
        int at = SipSniffer.find(b, off, end);
        if (at == SipSniffer.KEEPALIVE) {
            return PacketOutcome.SIP_KEEPALIVE;
        }
        int first = off;
        while (first < end && (b[first] == '\r' || b[first] == '\n')) {
            first++;
        }
        if (at == SipSniffer.NOT_SIP) {
            // A snap length that cut the start line leaves what may be SIP: that is damage, not other traffic.
            return ip.truncated && SipStartLine.couldBeStartLine(b, first, end) ? PacketOutcome.IP_TRUNCATED : NOT_SIP;
        }
        if (at > first) {
            ctx.count(DecodeEvent.SIP_JUNK_SKIPPED);
            ctx.problem(fileOffset(b, first), (at - first) + " bytes of junk before the SIP start line skipped");
        }
        SipMessage message;
        try {
            message = SipMessage.parse(Arrays.copyOfRange(b, at, end));
        } catch (SipParseException e) {
            if (ip.truncated) {
                return PacketOutcome.IP_TRUNCATED;
            }
            boolean rebuilt = b != record.data();
            ctx.problem(rebuilt ? record.fileOffset() : fileOffset(b, at) + e.offset(), "SIP over " + transport
                    + " does not parse: " + e.reason() + " (byte " + e.offset() + " of the message"
                    + (rebuilt ? ", which was rebuilt from fragments completed by the packet at this offset)" : ")"));
            return PacketOutcome.SIP_MALFORMED;
        }
        Endpoint s = src != null ? src : Endpoint.ipv6(ip.srcHigh, ip.srcLow, th.srcPort);
        Endpoint d = dst != null ? dst : Endpoint.ipv6(ip.dstHigh, ip.dstLow, th.dstPort);
        ctx.emit(now, s, d, transport, message);
        return PacketOutcome.SIP;
    }

    private PacketOutcome tcp(byte[] b, int off, int end) {
        PacketOutcome bad = TcpDecoder.decode(b, off, end, th);
        if (bad != null) {
            return bad;
        }
        if (ip.truncated) {
            th.payloadEnd = th.payloadOffset; // a cut segment would corrupt the stream: keep only its flags
        }
        boolean forward = probe.set(IPPROTO_TCP, ip, th.srcPort, th.dstPort);
        TcpConnection conn = tcpFlows.get(probe);
        boolean opening = th.has(TransportHeader.SYN) && !th.has(TransportHeader.ACK);
        if (conn != null && opening && conn.used()) {
            tcpFlows.remove(probe); // the 4-tuple is reused by a new connection
            conn = null;
        }
        if (conn == null) {
            Endpoint src = Endpoint.ipv6(ip.srcHigh, ip.srcLow, th.srcPort);
            Endpoint dst = Endpoint.ipv6(ip.dstHigh, ip.dstLow, th.dstPort);
            conn = forward ? new TcpConnection(ctx, src, dst) : new TcpConnection(ctx, dst, src);
            tcpFlows.put(probe, conn);
        }
        PacketOutcome outcome = conn.segment(forward, th, b, now, fileOffset(b, th.payloadOffset));
        return ip.truncated && outcome != PacketOutcome.TLS ? PacketOutcome.IP_TRUNCATED : outcome;
    }

    private PacketOutcome sctp(byte[] b, int off, int end) {
        PacketOutcome bad = SctpDecoder.decodeHeader(b, off, end, th);
        if (bad != null) {
            return bad;
        }
        if (ip.truncated) {
            return PacketOutcome.IP_TRUNCATED;
        }
        boolean forward = probe.set(IPPROTO_SCTP, ip, th.srcPort, th.dstPort);
        return sctp.read(b, ip, th, probe, forward, now, this::sctpMessage);
    }

    private PacketOutcome sctpMessage(byte[] b, int from, int to, Endpoint src, Endpoint dst) {
        PacketOutcome o = sipPayload(b, from, to, Transport.SCTP, src, dst);
        return o == NOT_SIP ? PacketOutcome.SCTP_NOT_SIP : o;
    }

    /** File offset of {@code b[i]} when {@code b} is the record's buffer; the record's offset for rebuilt data. */
    private long fileOffset(byte[] b, int i) {
        return b == record.data() ? record.dataFileOffset() + i : record.fileOffset();
    }

    private void countIncomplete() {
        long n = fragments.incomplete();
        if (n > reportedIncomplete) {
            ctx.count(DecodeEvent.IP_DATAGRAM_INCOMPLETE, n - reportedIncomplete);
            reportedIncomplete = n;
        }
    }

    /** Ends the capture: releases every flow and fragment, delivering what streams still hold. */
    void finish() {
        ending = true;
        tcpFlows.releaseAll();
        sctp.releaseAll();
        fragments.finish();
        countIncomplete();
        ending = false;
    }

    /** Packets per outcome since the last {@link #resetCounts()}. */
    long[] outcomes() {
        return outcomes.clone();
    }

    /** TLS directions released since the last {@link #resetCounts()}, in release order. */
    List<EncryptedFlow> encryptedFlows() {
        return List.copyOf(encryptedFlows);
    }

    void resetCounts() {
        Arrays.fill(outcomes, 0);
        encryptedFlows.clear();
    }
}
