package org.persistlab.analyzer.decode;

/**
 * Linux "cooked" captures: SLL (LINKTYPE_LINUX_SLL, 16-byte header, protocol at byte 14) and SLL2
 * (LINKTYPE_LINUX_SLL2, 20-byte header, protocol at byte 0). The protocol field is an EtherType for
 * the traffic we read; VLAN tags left in the packet are stepped over.
 */
final class SllDecoder {
    static final int SLL_LENGTH = 16;
    static final int SLL2_LENGTH = 20;

    private SllDecoder() {
    }

    static PacketOutcome decodeSll(byte[] b, int off, int end, LinkFrame out) {
        if (end - off < SLL_LENGTH) {
            return PacketOutcome.LINK_MALFORMED;
        }
        return EthernetDecoder.skipVlanTags(b, off + SLL_LENGTH, end, Bytes.u16(b, off + 14), out);
    }

    static PacketOutcome decodeSll2(byte[] b, int off, int end, LinkFrame out) {
        if (end - off < SLL2_LENGTH) {
            return PacketOutcome.LINK_MALFORMED;
        }
        return EthernetDecoder.skipVlanTags(b, off + SLL2_LENGTH, end, Bytes.u16(b, off), out);
    }
}
