package org.persistlab.analyzer.decode;

/**
 * Ethernet II with any number (up to {@value #MAX_TAGS}) of 802.1Q / 802.1ad (QinQ) VLAN tags,
 * including the pre-standard QinQ EtherTypes 0x9100 and 0x9200. Trailer padding after a short IP
 * packet is left in the range; the IP decoder cuts it by the IP total length.
 */
final class EthernetDecoder {
    static final int HEADER_LENGTH = 14;
    private static final int MAX_TAGS = 8;

    private EthernetDecoder() {
    }

    static PacketOutcome decode(byte[] b, int off, int end, LinkFrame out) {
        if (end - off < HEADER_LENGTH) {
            return PacketOutcome.LINK_MALFORMED;
        }
        return skipVlanTags(b, off + HEADER_LENGTH, end, Bytes.u16(b, off + 12), out);
    }

    /** Steps over VLAN tags that start at {@code off} when {@code etherType} announces one. */
    static PacketOutcome skipVlanTags(byte[] b, int off, int end, int etherType, LinkFrame out) {
        int p = off;
        int type = etherType;
        for (int tags = 0; isVlanTag(type); tags++) {
            if (tags == MAX_TAGS || end - p < 4) {
                return PacketOutcome.LINK_MALFORMED;
            }
            type = Bytes.u16(b, p + 2);
            p += 4;
        }
        return out.set(type, p, end);
    }

    static boolean isVlanTag(int etherType) {
        return etherType == 0x8100 || etherType == 0x88A8 || etherType == 0x9100 || etherType == 0x9200;
    }
}
