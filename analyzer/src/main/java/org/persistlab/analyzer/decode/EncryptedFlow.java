package org.persistlab.analyzer.decode;

import org.persistlab.sip.Endpoint;

/**
 * One direction of a TLS connection: never parsed, but its timing is evidence. The failover
 * analysis uses it as "the last packet from the primary's address" on an encrypted leg.
 *
 * @param src              sender of these packets
 * @param dst              receiver
 * @param firstPacketNanos capture time of the first packet in this direction (handshake and ACKs included)
 * @param lastPacketNanos  capture time of the last one
 * @param packets          packets in this direction
 * @param payloadBytes     TCP payload bytes in this direction
 */
public record EncryptedFlow(Endpoint src, Endpoint dst, long firstPacketNanos, long lastPacketNanos, long packets,
                            long payloadBytes) {
}
