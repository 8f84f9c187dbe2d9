package org.persistlab.sim.gateway;

import java.nio.charset.StandardCharsets;
import org.persistlab.sim.gateway.GatewayEvent.CallEndCause;
import org.persistlab.sim.gateway.GatewayEvent.CallKind;
import org.persistlab.sim.gateway.GatewayEvent.OverloadCause;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.HeaderName;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipMethod;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.Transport;
import org.persistlab.sip.Via;
import org.persistlab.sip.WireEvent;

/**
 * The stateful, record-routing proxy (RFC 3261 §16): forwards an INVITE the {@link CallRouter}
 * accepted, forwards in-dialog requests to the other side of the call by Call-ID, handles CANCEL,
 * relays responses upstream by our branch, ACKs non-2xx final responses itself and absorbs the
 * caller's ACK for them, and gives up on its own after Timer C (INVITE) or Timer F (non-INVITE).
 */
final class Proxy {
    private static final Transport[] NO_RECORD_ROUTE = new Transport[0];
    private final GatewayConfig config;
    private final GatewayIdentity us;
    private final ProxyWriter writer;
    private final ResponseWriter responses;
    private final CallTable table;
    private final ServerTransactions serverTxs;
    private final GatewayCounters counters;
    private final RawMessage raw = new RawMessage();

    Proxy(GatewayConfig config, GatewayIdentity us, ResponseWriter responses, CallTable table,
          ServerTransactions serverTxs, GatewayCounters counters) {
        this.config = config;
        this.us = us;
        this.writer = new ProxyWriter(us);
        this.responses = responses;
        this.table = table;
        this.serverTxs = serverTxs;
        this.counters = counters;
    }

    /**
     * Forwards an initial INVITE to {@code dst} with {@code requestUri}; false (nothing changed)
     * when the call table or the transaction table is full.
     */
    boolean forwardInitial(Exchange x, CallKind kind, String extension, String target, Endpoint dst,
                           Transport dstTransport, String requestUri, boolean usesChannel) {
        int callSlot = table.freeCallSlot();
        int txSlot = callSlot < 0 ? -1 : table.freeTxSlot();
        if (txSlot < 0) {
            if (callSlot >= 0) {
                table.releaseCallSlot(callSlot);
            }
            return false;
        }
        SipMessage m = x.msg();
        String branch = table.nextBranch();
        String via = us.via(dstTransport, branch);
        Transport[] rr = x.transport() == dstTransport ? new Transport[] {dstTransport}
                : new Transport[] {dstTransport, x.transport()};
        String routes = writer.remainingRoutes(m);
        byte[] bytes = writer.forward(x.raw, requestUri, dstTransport, branch, rr, routes, maxForwards(m) - 1);
        Call call = new Call(callSlot, m.callId(), kind, extension, x.src(), target, x.src(), x.transport(), dst,
                dstTransport, m.fromTag(), m.topVia().branch(), usesChannel);
        ProxyTx tx = newTx(txSlot, x, branch, call, dst, dstTransport, bytes, requestUri, via, routes);
        call.inviteTx = tx;
        table.add(call, x.now, config.timerCNanos());
        table.add(tx, x.now, 0);
        x.out.send(dst, dstTransport, bytes);
        counters.routed(kind);
        x.out.record(new GatewayEvent.CallRouted(x.now, extension, x.src(), kind, call.callId, target));
        return true;
    }

    /** A request inside a dialog (To tag present): ACK, BYE, re-INVITE, UPDATE, INFO, ... */
    void onInDialog(Exchange x) {
        SipMessage m = x.msg();
        String fromTag = m.fromTag(); // everything read is parsed before anything changes
        long mf = maxForwards(m);
        String branch = m.topVia().branch();
        Call call = table.byCallId(m.callId());
        if (m.methodKind() == SipMethod.ACK) {
            onAck(x, call, fromTag, branch, mf);
            return;
        }
        if (call == null) {
            x.reply(481);
            return;
        }
        if (mf == 0) {
            x.reply(483);
            return;
        }
        int slot = table.freeTxSlot();
        if (slot < 0) {
            overloaded(x, call.extension);
            return;
        }
        boolean toCallee = call.callerTag != null && call.callerTag.equals(fromTag);
        Endpoint dst = toCallee ? call.callee : call.caller;
        Transport dstTransport = toCallee ? call.calleeTransport : call.callerTransport;
        String ourBranch = table.nextBranch();
        String via = us.via(dstTransport, ourBranch);
        String routes = writer.remainingRoutes(m);
        byte[] bytes = writer.forward(x.raw, null, dstTransport, ourBranch, NO_RECORD_ROUTE, routes, mf - 1);
        ProxyTx tx = newTx(slot, x, ourBranch, call, dst, dstTransport, bytes, m.requestUri(), via, routes);
        boolean invite = m.methodKind() == SipMethod.INVITE;
        table.add(tx, x.now, invite ? config.timerCNanos() : config.timerJNanos());
        if (m.methodKind() == SipMethod.BYE) {
            table.end(call, x.now, CallEndCause.BYE, 0, x.out);
        }
        x.out.send(dst, dstTransport, bytes);
    }

    /** An ACK: for our own non-2xx (the INVITE's branch) it stops here; for a 2xx it goes to the other side. */
    private void onAck(Exchange x, Call call, String fromTag, String branch, long mf) {
        if (call == null || mf == 0) {
            return;
        }
        if (call.callerBranch != null && call.callerBranch.equals(branch)) {
            counters.absorbed();
            return;
        }
        boolean toCallee = call.callerTag != null && call.callerTag.equals(fromTag);
        Endpoint dst = toCallee ? call.callee : call.caller;
        Transport dstTransport = toCallee ? call.calleeTransport : call.callerTransport;
        x.out.send(dst, dstTransport, writer.forward(x.raw, null, dstTransport, table.nextBranch(), NO_RECORD_ROUTE,
                writer.remainingRoutes(x.msg()), mf - 1));
    }

    /** CANCEL (§16.10): 200 to the caller, CANCEL to the callee if it has not answered; the call ends. */
    void onCancel(Exchange x) {
        SipMessage m = x.msg();
        Call call = table.byCallId(m.callId());
        if (call == null || call.callerBranch == null || !call.callerBranch.equals(m.topVia().branch())) {
            x.reply(481);
            return;
        }
        x.reply(200);
        if (call.state == Call.State.PROCEEDING) {
            ProxyTx invite = call.inviteTx;
            x.out.send(invite.down, invite.downTransport, writer.cancel(invite));
            table.end(call, x.now, CallEndCause.CANCELLED, 0, x.out);
        }
    }

    /** A response from downstream: matched by our branch, stripped of our Via and relayed upstream. */
    void onResponse(long now, WireEvent in, Outbox out) {
        SipMessage m = in.message();
        raw.load(m);
        ProxyTx tx;
        String cseqMethod;
        try {
            tx = txOfOurTopVia();
            if (tx == null) {
                Via top = m.topVia();
                tx = top == null ? null : table.byBranch(top.branch());
            }
            cseqMethod = m.cseqMethod();
        } catch (SipParseException e) {
            tx = null;
            cseqMethod = null;
        }
        if (tx == null || raw.find(HeaderName.TO, 0) < 0 || raw.find(HeaderName.FROM, 0) < 0
                || raw.find(HeaderName.CALL_ID, 0) < 0) {
            counters.unmatchedResponse(); // not ours, or too broken to relay
            return;
        }
        if (tx.method == SipMethod.INVITE && "CANCEL".equals(cseqMethod)) {
            return; // the answer to our own CANCEL: hop by hop, it goes no further
        }
        if (!tx.request.method().equals(cseqMethod)) {
            counters.unmatchedResponse();
            return;
        }
        int status = m.statusCode();
        if (status == 100) {
            tx.bestStatus = Math.max(tx.bestStatus, 100);
            return;
        }
        if (tx.method != SipMethod.INVITE) {
            relayUp(tx, status, now, out);
            if (status >= 200) {
                table.remove(tx);
            }
            return;
        }
        onInviteResponse(tx, status, now, out);
    }

    /**
     * The transaction whose Via is, byte for byte, the response's first Via header: the usual case,
     * found without parsing the Via. Null otherwise (several Vias on that line, another branch, a
     * Via we did not write), and the caller parses the top Via; for our own Vias parsing gives the
     * same branch ({@link GatewayIdentity#branchAfterOurSentBy}), so both ways find the same transaction.
     */
    private ProxyTx txOfOurTopVia() {
        int h = raw.find(HeaderName.VIA, 0);
        int end = h < 0 ? -1 : raw.valueEnd(h);
        if (end < 0) {
            return null;
        }
        byte[] b = raw.bytes();
        int start = raw.valueStart(h);
        int branch = us.branchAfterOurSentBy(b, start, end);
        if (branch < 0) {
            return null;
        }
        ProxyTx tx = table.byBranch(new String(b, branch, end - branch, StandardCharsets.ISO_8859_1));
        return tx != null && raw.isText(start, end, tx.via) ? tx : null;
    }

    private void onInviteResponse(ProxyTx tx, int status, long now, Outbox out) {
        Call call = tx.call;
        boolean initial = call.inviteTx == tx;
        if (status < 200) {
            tx.bestStatus = Math.max(tx.bestStatus, status);
            call.provisionalSeen |= initial;
            relayUp(tx, status, now, out);
        } else if (status < 300) {
            tx.bestStatus = status;
            if (initial) {
                table.answered(call, now, out);
            }
            relayUp(tx, status, now, out); // 2xx retransmissions are relayed too (§16.7 step 5)
        } else if (tx.ack != null) {
            out.send(tx.down, tx.downTransport, tx.ack); // a retransmitted final: our ACK was lost
        } else {
            tx.bestStatus = status;
            tx.ack = writer.ack(tx, raw);
            out.send(tx.down, tx.downTransport, tx.ack);
            relayUp(tx, status, now, out);
            if (initial) {
                table.end(call, now, CallEndCause.REJECTED, status, out);
            } else {
                table.removeLater(tx, now, config.timerJNanos());
            }
        }
    }

    /** Timer C (set-up too long: 408 upstream, CANCEL downstream) or the end of a call's linger. */
    void onCallTimer(Call call, long now, Outbox out) {
        ProxyTx invite = call.inviteTx;
        if (call.state == Call.State.PROCEEDING) {
            if (call.provisionalSeen) {
                out.send(invite.down, invite.downTransport, writer.cancel(invite));
            }
            answerUpstream(invite, 408, now, out);
            table.end(call, now, CallEndCause.TIMEOUT, 408, out);
        } else if (call.state == Call.State.ENDED) {
            if (invite.bestStatus < 200) {
                answerUpstream(invite, 487, now, out); // cancelled, and the callee never answered
            }
            table.remove(call);
        }
    }

    /** Timer F of a forwarded non-INVITE (or Timer C of a re-INVITE) without a final response. */
    void onTxTimer(ProxyTx tx, long now, Outbox out) {
        if (tx.bestStatus < 200) {
            answerUpstream(tx, 408, now, out);
        }
        table.remove(tx);
    }

    /** The gateway answers a forwarded request itself (it gave up waiting downstream). */
    private void answerUpstream(ProxyTx tx, int status, long now, Outbox out) {
        raw.load(tx.request);
        byte[] bytes = responses.begin(raw, status, true).finish();
        tx.bestStatus = status;
        out.send(tx.up, tx.upTransport, bytes);
        if (tx.serverTx != null) {
            serverTxs.answered(tx.serverTx, bytes, status, now);
        }
    }

    private void relayUp(ProxyTx tx, int status, long now, Outbox out) {
        byte[] bytes = writer.withoutTopVia(raw);
        out.send(tx.up, tx.upTransport, bytes);
        if (tx.serverTx != null) {
            serverTxs.answered(tx.serverTx, bytes, status, now);
        }
    }

    private ProxyTx newTx(int slot, Exchange x, String branch, Call call, Endpoint dst, Transport dstTransport,
                          byte[] bytes, String requestUri, String via, String routes) {
        SipMessage m = x.msg();
        ProxyTx tx = new ProxyTx(slot, branch, m.methodKind(), call, x.src(), x.transport(), dst, dstTransport, m,
                bytes, requestUri == null ? m.requestUri() : requestUri, via, routes, m.callId(), m.cseqNumber());
        if (x.tx != null) {
            x.tx.downstream = tx;
            tx.serverTx = x.tx;
        }
        return tx;
    }

    /** A 503 with Retry-After because the transaction table is full. */
    private void overloaded(Exchange x, String extension) {
        x.reply(x.respond(503, true).header("Retry-After", config.overloadRetryAfterSeconds()).finish(), 503);
        counters.overload();
        x.out.record(new GatewayEvent.OverloadSent(x.now, extension, x.src(), x.msg().method(),
                OverloadCause.TRANSACTIONS_FULL, config.overloadRetryAfterSeconds()));
    }

    /** Max-Forwards as received; 70 (§8.1.1.6) when absent. */
    static long maxForwards(SipMessage m) {
        long mf = m.maxForwards();
        return mf < 0 ? 70 : mf;
    }
}
