package org.persistlab.analyzer.decode;

/** The link-layer types we decode, by their LINKTYPE_/DLT_ numbers (tcpdump.org link-layer header types). */
public enum LinkType {
    /** BSD loopback: a 4-byte address family in the capturing host's byte order. */
    NULL(0),
    ETHERNET(1),
    /** DLT_RAW as numbered on most BSDs (12) and OpenBSD (14) in old files: raw IPv4 or IPv6. */
    RAW_12(12),
    RAW_14(14),
    /** LINKTYPE_RAW: raw IPv4 or IPv6, told apart by the version nibble. */
    RAW(101),
    /** OpenBSD loopback: like NULL, but the family is in network byte order. */
    LOOP(108),
    LINUX_SLL(113),
    IPV4(228),
    IPV6(229),
    LINUX_SLL2(276);

    private final int number;

    LinkType(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The link type with this number, or {@code null} when we do not decode it. */
    public static LinkType of(int number) {
        switch (number) {
            case 0: return NULL;
            case 1: return ETHERNET;
            case 12: return RAW_12;
            case 14: return RAW_14;
            case 101: return RAW;
            case 108: return LOOP;
            case 113: return LINUX_SLL;
            case 228: return IPV4;
            case 229: return IPV6;
            case 276: return LINUX_SLL2;
            default: return null;
        }
    }
}
