package org.persistlab.analyzer.decode;

/**
 * Where a link-layer (or tunnel) decoder found the network packet: its EtherType and byte range.
 * One instance is reused for every packet, so the hot path allocates nothing.
 *
 * <p>Convention of the stateless decoders in this package: they fill a scratch object like this one
 * and return {@code null} when the layer decoded, or the {@link PacketOutcome} saying why not.
 */
final class LinkFrame {
    static final int ETHERTYPE_IPV4 = 0x0800;
    static final int ETHERTYPE_IPV6 = 0x86DD;
    /** GRE's "transparent Ethernet bridging": an Ethernet frame follows (also used for ERSPAN payloads). */
    static final int ETHERTYPE_ETHERNET = 0x6558;

    int etherType;
    int offset;
    int end;

    /** Records the result and returns {@code null}, the "decoded" outcome. */
    PacketOutcome set(int etherType, int offset, int end) {
        this.etherType = etherType;
        this.offset = offset;
        this.end = end;
        return null;
    }
}
