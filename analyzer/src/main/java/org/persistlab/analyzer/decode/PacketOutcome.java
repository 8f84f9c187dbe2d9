package org.persistlab.analyzer.decode;

/**
 * What became of one captured packet. Every packet gets exactly one outcome, so the counts add up
 * to the number of packets: {@link #SIP} and {@link #TLS} are the traffic we look for, the rest say
 * why a packet carried no SIP (ordinary other traffic, or damage) and are reported as "undecoded".
 */
public enum PacketOutcome {
    /** Carried a SIP message, or bytes of a TCP/SCTP/WebSocket stream that carries SIP. */
    SIP(false),
    /** Part of a TLS connection: counted and timed, never parsed. */
    TLS(false),
    /** The link layer carries something other than IPv4/IPv6 (ARP, LLDP, STP, 802.3 LLC ...). */
    NOT_IP(false),
    /** An IP protocol we do not read (ICMP, IGMP, OSPF, VRRP, ESP ...). */
    IP_PROTOCOL_OTHER(false),
    /** An IP fragment held until the rest of its datagram arrives. */
    IP_FRAGMENT_HELD(false),
    /** A UDP datagram whose payload is not SIP (RTP, DNS, a non-SIP keep-alive ...). */
    UDP_NOT_SIP(false),
    /** A SIP keep-alive: only CR and LF bytes (RFC 5626 §3.5.1). */
    SIP_KEEPALIVE(false),
    /** A TCP segment without payload (handshake, acknowledgement, FIN, RST). */
    TCP_NO_PAYLOAD(false),
    /** TCP payload already seen (a retransmission or duplicate): not delivered twice. */
    TCP_DUPLICATE(false),
    /** TCP payload of a connection not (yet) recognised as SIP, TLS or WebSocket. */
    TCP_NOT_SIP(false),
    /** SCTP packet without DATA carrying SIP (INIT, SACK, HEARTBEAT, other payloads). */
    SCTP_NOT_SIP(false),
    /** WebSocket handshake, control frame, or a message that is not SIP. */
    WEBSOCKET_NOT_SIP(false),
    /** The capture's link type is not one we decode. */
    LINK_TYPE_UNSUPPORTED(true),
    /** The link-layer header is cut short or malformed. */
    LINK_MALFORMED(true),
    /** An IPv4 header is malformed (bad version, header length, total length). */
    IPV4_MALFORMED(true),
    /** An IPv6 header or extension header is malformed. */
    IPV6_MALFORMED(true),
    /** The capture holds fewer bytes than the IP packet (snap length): the payload cannot be read. */
    IP_TRUNCATED(true),
    /** A GRE/ERSPAN header we cannot read, or tunnels nested deeper than the limit. */
    TUNNEL_MALFORMED(true),
    UDP_MALFORMED(true),
    TCP_MALFORMED(true),
    SCTP_MALFORMED(true),
    /** The payload looked like SIP but does not parse (reported as a problem with its offset). */
    SIP_MALFORMED(true),
    /** The decoder failed on this packet (reported as a problem); a bug, never expected. */
    DECODER_FAULT(true);

    private final boolean damage;

    PacketOutcome(boolean damage) {
        this.damage = damage;
    }

    /** True for outcomes caused by a malformed or cut packet, false for ordinary traffic that is not SIP. */
    public boolean damage() {
        return damage;
    }

    /** True for every outcome that is neither SIP nor TLS. */
    public boolean undecoded() {
        return this != SIP && this != TLS;
    }
}
