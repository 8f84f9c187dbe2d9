package org.persistlab.analyzer.decode;

import org.persistlab.sip.Endpoint;

/**
 * Told of every packet of a TLS connection, from the one that showed the first TLS record on, in
 * capture order. Such packets are never parsed, but their timing is evidence: on an encrypted leg to
 * the primary, the last packet from its address is the phone's last sign of life from it.
 */
@FunctionalInterface
public interface EncryptedPacketSink {
    /** Takes nothing: for readers that want the SIP messages alone. */
    EncryptedPacketSink IGNORE = (timeNanos, src, dst) -> { };

    void encryptedPacket(long timeNanos, Endpoint src, Endpoint dst);
}
