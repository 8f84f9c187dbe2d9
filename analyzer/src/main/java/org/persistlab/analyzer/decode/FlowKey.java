package org.persistlab.analyzer.decode;

/**
 * A connection's key, the same for both directions: the two (address, port) ends in a fixed order
 * plus the protocol. The decoder keeps one mutable probe and fills it for every packet, so looking
 * a flow up allocates nothing; {@link #copy()} makes the key a table stores.
 */
final class FlowKey {
    private int protocol;
    private long aHigh;
    private long aLow;
    private int aPort;
    private long bHigh;
    private long bLow;
    private int bPort;
    private int hash;

    /**
     * Sets the key from a packet's source and destination; returns {@code true} when the source is
     * the key's first end, so the caller knows the packet's direction.
     */
    boolean set(int protocol, IpHeader ip, int srcPort, int dstPort) {
        this.protocol = protocol;
        int c = Long.compareUnsigned(ip.srcHigh, ip.dstHigh);
        if (c == 0) {
            c = Long.compareUnsigned(ip.srcLow, ip.dstLow);
        }
        if (c == 0) {
            c = Integer.compare(srcPort, dstPort);
        }
        boolean forward = c <= 0;
        if (forward) {
            assign(ip.srcHigh, ip.srcLow, srcPort, ip.dstHigh, ip.dstLow, dstPort);
        } else {
            assign(ip.dstHigh, ip.dstLow, dstPort, ip.srcHigh, ip.srcLow, srcPort);
        }
        return forward;
    }

    private void assign(long ah, long al, int ap, long bh, long bl, int bp) {
        aHigh = ah;
        aLow = al;
        aPort = ap;
        bHigh = bh;
        bLow = bl;
        bPort = bp;
        long h = ah * 0x9E3779B97F4A7C15L ^ al * 0xC2B2AE3D27D4EB4FL ^ bh * 0x165667B19E3779F9L
                ^ bl * 0x27D4EB2F165667C5L ^ ((long) ap << 16 | bp) * 0x85EBCA77C2B2AE63L ^ protocol;
        hash = (int) (h ^ (h >>> 32));
    }

    FlowKey copy() {
        FlowKey k = new FlowKey();
        k.protocol = protocol;
        k.aHigh = aHigh;
        k.aLow = aLow;
        k.aPort = aPort;
        k.bHigh = bHigh;
        k.bLow = bLow;
        k.bPort = bPort;
        k.hash = hash;
        return k;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowKey k && k.hash == hash && k.protocol == protocol && k.aHigh == aHigh
                && k.aLow == aLow && k.aPort == aPort && k.bHigh == bHigh && k.bLow == bLow && k.bPort == bPort;
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
