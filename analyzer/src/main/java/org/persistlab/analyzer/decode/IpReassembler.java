package org.persistlab.analyzer.decode;

import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rebuilds IPv4 and IPv6 datagrams from fragments that arrive in any order. Overlapping bytes keep
 * the first copy that arrived (a duplicated fragment changes nothing). Memory is bounded: a
 * datagram waits at most {@code timeoutNanos} of capture time (Linux's default is 30 s), at most
 * {@code maxDatagrams} wait at once (the oldest is dropped), and none grows past 65535 bytes.
 */
final class IpReassembler {
    private static final int MAX_DATAGRAM = 65_535;

    private final int maxDatagrams;
    private final long timeoutNanos;
    /** Insertion order is arrival order of each datagram's first fragment: the head is the oldest. */
    private final LinkedHashMap<Key, Pending> pending = new LinkedHashMap<>();
    private long incomplete;

    private record Key(int version, long srcHigh, long srcLow, long dstHigh, long dstLow, int id, int protocol) {
    }

    /** The bytes of one datagram being rebuilt, and which of them have arrived. */
    private static final class Pending {
        final long firstSeenNanos;
        byte[] data = new byte[2048];
        final BitSet have = new BitSet();
        int totalLength = -1;
        /** For IPv6, the next header after the fragment header of the first fragment. */
        int protocol;

        Pending(long firstSeenNanos) {
            this.firstSeenNanos = firstSeenNanos;
        }
    }

    IpReassembler(int maxDatagrams, long timeoutNanos) {
        this.maxDatagrams = maxDatagrams;
        this.timeoutNanos = timeoutNanos;
    }

    /**
     * Adds the fragment described by {@code ip} (payload {@code b[ip.payloadOffset, ip.payloadEnd)}).
     * Returns the whole datagram's payload when this fragment completes it, otherwise {@code null};
     * {@code ip.protocol} is then the protocol of the whole datagram.
     */
    byte[] offer(IpHeader ip, byte[] b, long nowNanos) {
        expire(nowNanos);
        int length = ip.payloadEnd - ip.payloadOffset;
        int last = ip.fragmentOffset + length;
        if (last > MAX_DATAGRAM || ip.truncated) {
            return null;
        }
        // IPv6 fragments of one datagram share the identification whatever their next header says.
        Key key = new Key(ip.version, ip.srcHigh, ip.srcLow, ip.dstHigh, ip.dstLow, ip.identification,
                ip.version == 4 ? ip.protocol : 0);
        Pending p = pending.get(key);
        if (p == null) {
            if (pending.size() >= maxDatagrams) {
                dropOldest();
            }
            p = new Pending(nowNanos);
            pending.put(key, p);
        }
        if (ip.fragmentOffset == 0) {
            p.protocol = ip.protocol;
        }
        if (!ip.moreFragments) {
            if (p.totalLength >= 0 && p.totalLength != last) {
                return null; // a second "last fragment" that disagrees: keep the first
            }
            p.totalLength = last;
        }
        if (p.data.length < last) {
            byte[] grown = new byte[Math.min(MAX_DATAGRAM, Math.max(last, p.data.length * 2))];
            System.arraycopy(p.data, 0, grown, 0, p.data.length);
            p.data = grown;
        }
        copyNewBytes(p, b, ip.payloadOffset, ip.fragmentOffset, length);
        if (p.totalLength < 0 || p.have.nextClearBit(0) < p.totalLength) {
            return null;
        }
        pending.remove(key);
        ip.protocol = p.protocol;
        byte[] whole = new byte[p.totalLength];
        System.arraycopy(p.data, 0, whole, 0, p.totalLength);
        return whole;
    }

    private static void copyNewBytes(Pending p, byte[] b, int from, int at, int length) {
        int i = at;
        int endAt = at + length;
        while (i < endAt) {
            int gapStart = p.have.nextClearBit(i);
            if (gapStart >= endAt) {
                break;
            }
            int gapEnd = Math.min(endAt, p.have.nextSetBit(gapStart) < 0 ? endAt : p.have.nextSetBit(gapStart));
            System.arraycopy(b, from + (gapStart - at), p.data, gapStart, gapEnd - gapStart);
            p.have.set(gapStart, gapEnd);
            i = gapEnd;
        }
    }

    private void expire(long nowNanos) {
        Iterator<Map.Entry<Key, Pending>> it = pending.entrySet().iterator();
        while (it.hasNext()) {
            Pending p = it.next().getValue();
            if (nowNanos - p.firstSeenNanos <= timeoutNanos) {
                break;
            }
            it.remove();
            incomplete++;
        }
    }

    private void dropOldest() {
        Iterator<Map.Entry<Key, Pending>> it = pending.entrySet().iterator();
        it.next();
        it.remove();
        incomplete++;
    }

    /** Drops every waiting datagram (end of capture) and returns how many were incomplete in all. */
    long finish() {
        incomplete += pending.size();
        pending.clear();
        return incomplete;
    }

    /** Datagrams given up so far (timed out or dropped for room). */
    long incomplete() {
        return incomplete;
    }

    int waiting() {
        return pending.size();
    }
}
