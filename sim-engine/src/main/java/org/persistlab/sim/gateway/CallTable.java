package org.persistlab.sim.gateway;

import java.util.HashMap;
import java.util.Map;
import org.persistlab.sim.gateway.GatewayEvent.CallEndCause;

/**
 * The calls the gateway holds and the requests it has forwarded for them, both bounded. A call's
 * timer handle runs Timer C while it is being set up and its linger (64*T1, to absorb the last
 * retransmissions) once it has ended; a forwarded non-INVITE request's handle runs Timer F. Trunk
 * channels are counted here and released when a call ends, exactly once.
 */
final class CallTable {
    private final Map<String, Call> byCallId = new HashMap<>();
    private final Map<String, ProxyTx> byBranch = new HashMap<>();
    private final Call[] calls;
    private final SlotPool callSlots;
    private final ProxyTx[] txs;
    private final SlotPool txSlots;
    private final DeadlineHeap timers;
    private final int callBase;
    private final int txBase;
    private final GatewayCounters counters;
    private final long linger;
    private long branches;
    private int channelsInUse;

    CallTable(int maxCalls, int maxTxs, DeadlineHeap timers, int callBase, int txBase, long lingerNanos,
              GatewayCounters counters) {
        this.calls = new Call[maxCalls];
        this.callSlots = new SlotPool(maxCalls);
        this.txs = new ProxyTx[maxTxs];
        this.txSlots = new SlotPool(maxTxs);
        this.timers = timers;
        this.callBase = callBase;
        this.txBase = txBase;
        this.linger = lingerNanos;
        this.counters = counters;
    }

    /** A fresh branch: the magic cookie, then a counter, so runs repeat byte for byte. */
    String nextBranch() {
        return "z9hG4bKipo" + Long.toHexString(++branches);
    }

    int freeCallSlot() {
        return callSlots.take();
    }

    int freeTxSlot() {
        return txSlots.take();
    }

    void releaseTxSlot(int slot) {
        txSlots.give(slot);
    }

    void releaseCallSlot(int slot) {
        callSlots.give(slot);
    }

    /** Registers a call built on a slot from {@link #freeCallSlot}; Timer C starts. */
    void add(Call c, long now, long timerC) {
        calls[c.slot] = c;
        byCallId.put(c.callId, c);
        if (c.usesTrunkChannel) {
            channelsInUse++;
        }
        timers.schedule(callBase + c.slot, now + timerC);
    }

    /** Registers a forwarded request built on a slot from {@link #freeTxSlot}; {@code timeout} 0 arms no timer. */
    void add(ProxyTx t, long now, long timeout) {
        txs[t.slot] = t;
        byBranch.put(t.branch, t);
        if (timeout > 0) {
            timers.schedule(txBase + t.slot, now + timeout);
        }
    }

    Call byCallId(String callId) {
        return byCallId.get(callId);
    }

    ProxyTx byBranch(String branch) {
        return branch == null ? null : byBranch.get(branch);
    }

    Call callInSlot(int slot) {
        return calls[slot];
    }

    ProxyTx txInSlot(int slot) {
        return txs[slot];
    }

    /** The callee answered: the call is connected and Timer C stops. */
    void answered(Call c, long now, Outbox out) {
        if (c.state != Call.State.PROCEEDING) {
            return;
        }
        c.state = Call.State.CONFIRMED;
        timers.cancel(callBase + c.slot);
        counters.answered();
        out.record(new GatewayEvent.CallAnswered(now, c.extension, c.source, c.kind, c.callId));
    }

    /** The call is over: its channel is released and the event recorded, once; it lingers, then goes. */
    void end(Call c, long now, CallEndCause cause, int status, Outbox out) {
        if (c.state == Call.State.ENDED) {
            return;
        }
        c.state = Call.State.ENDED;
        if (c.usesTrunkChannel) {
            channelsInUse--;
        }
        counters.ended(cause);
        out.record(new GatewayEvent.CallEnded(now, c.extension, c.source, c.kind, c.callId, cause, status));
        timers.schedule(callBase + c.slot, now + linger);
    }

    /** Forgets a call and its INVITE transaction (after its linger). */
    void remove(Call c) {
        if (calls[c.slot] != c) {
            return;
        }
        timers.cancel(callBase + c.slot);
        calls[c.slot] = null;
        byCallId.remove(c.callId);
        callSlots.give(c.slot);
        if (c.inviteTx != null) {
            remove(c.inviteTx);
        }
    }

    /** Keeps a finished forwarded request a while (to re-ACK a retransmitted final), then forgets it. */
    void removeLater(ProxyTx t, long now, long delay) {
        if (txs[t.slot] == t) {
            timers.schedule(txBase + t.slot, now + delay);
        }
    }

    /** Forgets a forwarded request (final response seen, Timer F, or its call gone). */
    void remove(ProxyTx t) {
        if (txs[t.slot] != t) {
            return;
        }
        timers.cancel(txBase + t.slot);
        txs[t.slot] = null;
        byBranch.remove(t.branch);
        txSlots.give(t.slot);
    }

    int channelsInUse() {
        return channelsInUse;
    }

    int calls() {
        return byCallId.size();
    }

    int transactions() {
        return byBranch.size();
    }
}
