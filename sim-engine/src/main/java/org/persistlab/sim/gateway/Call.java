package org.persistlab.sim.gateway;

import org.persistlab.sim.gateway.GatewayEvent.CallKind;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/**
 * One call the gateway routed, from the initial INVITE until it has ended and lingered long enough
 * to absorb late retransmissions. The two sides are told apart by the From tag of the initial
 * INVITE (requests from the callee carry the callee's tag in From), not by address, since several
 * phones may share one.
 */
final class Call {
    enum State { PROCEEDING, CONFIRMED, ENDED }

    final int slot;
    final String callId;
    final CallKind kind;
    /** The extension the truth events name, and the source address of the INVITE. */
    final String extension;
    final Endpoint source;
    final String target;
    final Endpoint caller;
    final Transport callerTransport;
    final Endpoint callee;
    final Transport calleeTransport;
    final String callerTag;
    /** The caller's top-Via branch on the INVITE: its CANCEL and its ACK for a non-2xx carry it too. */
    final String callerBranch;
    final boolean usesTrunkChannel;
    ProxyTx inviteTx;
    State state = State.PROCEEDING;
    boolean provisionalSeen;

    Call(int slot, String callId, CallKind kind, String extension, Endpoint source, String target, Endpoint caller,
         Transport callerTransport, Endpoint callee, Transport calleeTransport, String callerTag,
         String callerBranch, boolean usesTrunkChannel) {
        this.slot = slot;
        this.callId = callId;
        this.kind = kind;
        this.extension = extension;
        this.source = source;
        this.target = target;
        this.caller = caller;
        this.callerTransport = callerTransport;
        this.callee = callee;
        this.calleeTransport = calleeTransport;
        this.callerTag = callerTag;
        this.callerBranch = callerBranch;
        this.usesTrunkChannel = usesTrunkChannel;
    }
}
