package org.persistlab.analyzer.decode;

/**
 * The fields of the innermost IP header decoded so far, reused for every packet. Addresses are kept
 * in {@link org.persistlab.sip.Endpoint}'s 128-bit form (IPv4 as {@code ::ffff:a.b.c.d}), so an
 * endpoint is built from them without parsing.
 */
final class IpHeader {
    static final long V4_MAPPED_LOW = 0x0000_FFFF_0000_0000L;

    int version;
    long srcHigh;
    long srcLow;
    long dstHigh;
    long dstLow;
    /** Upper-layer protocol number (after IPv6 extension headers). */
    int protocol;
    int payloadOffset;
    int payloadEnd;
    /** The capture holds fewer bytes than the header's length says. */
    boolean truncated;
    boolean fragment;
    /** Fragment offset in bytes. */
    int fragmentOffset;
    boolean moreFragments;
    int identification;

    void setIpv4Addresses(int src, int dst) {
        srcHigh = 0;
        srcLow = V4_MAPPED_LOW | (src & 0xFFFF_FFFFL);
        dstHigh = 0;
        dstLow = V4_MAPPED_LOW | (dst & 0xFFFF_FFFFL);
    }

    void clearFragment() {
        fragment = false;
        fragmentOffset = 0;
        moreFragments = false;
        identification = 0;
    }
}
