package org.persistlab.sim.truth;

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
    private final Map<Endpoint, SecondSeries> gateways = new TreeMap<>();
    private final SecondSeries aco = new SecondSeries();
    private final SecondSeries allGateways = new SecondSeries();
    private final java.util.BitSet gatewaySenders = new java.util.BitSet();
    private final java.util.BitSet acoSenders = new java.util.BitSet();

    public void onWire(WireEvent e, NodeRef from, NodeRef to) {
        if (!e.message().isRequest() || !"REGISTER".equals(e.message().method())) {
            return;
        }
        long at = e.timeNanos();
        boolean fromPhone = from.kind() == NodeRef.Kind.PHONE;
        if (to.kind() == NodeRef.Kind.ACO) {
            aco.add(at);
            if (fromPhone) {
                acoSenders.set(from.index());
            }
        } else if (to.kind() == NodeRef.Kind.GATEWAY) {
            gateways.computeIfAbsent(e.dst().host(), k -> new SecondSeries()).add(at);
            allGateways.add(at);
            if (fromPhone) {
                gatewaySenders.set(from.index());
            }
        }
    }

    /** The busiest second at any one IP Office in {@code [from, to)} seconds. */
    public long gatewayPeak(long fromSecond, long toSecond) {
        long p = 0;
        for (SecondSeries s : gateways.values()) {
            p = Math.max(p, s.peak(fromSecond, toSecond));
        }
        return p;
    }

    public long acoPeak(long fromSecond, long toSecond) {
        return aco.peak(fromSecond, toSecond);
    }

    public long gatewayTotal() {
        return allGateways.total();
    }

    /** Phones that sent at least one REGISTER to an IP Office. */
    public long gatewaySenders() {
        return gatewaySenders.cardinality();
    }

    public long acoSenders() {
        return acoSenders.cardinality();
    }

    public long acoTotal() {
        return aco.total();
    }

    /** REGISTERs per second at all IP Offices together, seconds 0 .. seconds-1. */
    public long[] gatewaySeries(int seconds) {
        return allGateways.first(seconds);
    }

    public long[] acoSeries(int seconds) {
        return aco.first(seconds);
    }
}
