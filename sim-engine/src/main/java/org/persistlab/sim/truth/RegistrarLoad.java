package org.persistlab.sim.truth;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.persistlab.sim.network.NodeRef;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.WireEvent;

/**
 * REGISTER requests reaching each registrar, retransmissions included, counted per second of
 * simulated time: the registration storm as a series, and its peak.
 */
public final class RegistrarLoad {
    /** Per-second counts for one registrar. */
    static final class Series {
        long[] perSecond = new long[64];
        long total;

        void add(long second) {
            if (second >= perSecond.length) {
                perSecond = Arrays.copyOf(perSecond, (int) Math.max(second + 1, perSecond.length * 2L));
            }
            perSecond[(int) second]++;
            total++;
        }

        long peak(long fromSecond, long toSecond) {
            long p = 0;
            for (long s = Math.max(0, fromSecond); s < Math.min(toSecond, perSecond.length); s++) {
                p = Math.max(p, perSecond[(int) s]);
            }
            return p;
        }
    }

    private static final long SECOND = 1_000_000_000L;
    private final Map<Endpoint, Series> gateways = new TreeMap<>();
    private final Series aco = new Series();
    private final Series allGateways = new Series();
    private final java.util.BitSet gatewaySenders = new java.util.BitSet();
    private final java.util.BitSet acoSenders = new java.util.BitSet();

    public void onWire(WireEvent e, NodeRef from, NodeRef to) {
        if (!e.message().isRequest() || !"REGISTER".equals(e.message().method())) {
            return;
        }
        long second = e.timeNanos() / SECOND;
        boolean fromPhone = from.kind() == NodeRef.Kind.PHONE;
        if (to.kind() == NodeRef.Kind.ACO) {
            aco.add(second);
            if (fromPhone) {
                acoSenders.set(from.index());
            }
        } else if (to.kind() == NodeRef.Kind.GATEWAY) {
            gateways.computeIfAbsent(e.dst().host(), k -> new Series()).add(second);
            allGateways.add(second);
            if (fromPhone) {
                gatewaySenders.set(from.index());
            }
        }
    }

    /** The busiest second at any one IP Office in {@code [from, to)} seconds. */
    public long gatewayPeak(long fromSecond, long toSecond) {
        long p = 0;
        for (Series s : gateways.values()) {
            p = Math.max(p, s.peak(fromSecond, toSecond));
        }
        return p;
    }

    public long acoPeak(long fromSecond, long toSecond) {
        return aco.peak(fromSecond, toSecond);
    }

    public long gatewayTotal() {
        return allGateways.total;
    }

    /** Phones that sent at least one REGISTER to an IP Office. */
    public long gatewaySenders() {
        return gatewaySenders.cardinality();
    }

    public long acoSenders() {
        return acoSenders.cardinality();
    }

    public long acoTotal() {
        return aco.total;
    }

    /** REGISTERs per second at all IP Offices together, seconds 0 .. seconds-1. */
    public long[] gatewaySeries(int seconds) {
        return Arrays.copyOf(allGateways.perSecond, seconds);
    }

    public long[] acoSeries(int seconds) {
        return Arrays.copyOf(aco.perSecond, seconds);
    }
}
