package org.persistlab.sim.phone;

import org.persistlab.sip.SipMessage;

/** The phone's one call, as caller or callee: dialog identifiers and where the call stands. */
final class PhoneCall {
    enum Stage { CALLING, RINGING, CONNECTED, CANCELLING, ENDING }

    final boolean outgoing;
    final CallKind kind;
    final String dialled;
    final Controller controller;
    final long startedAt;
    final String callId;
    final String localUri;
    final String localTag;
    String remoteUri;
    String remoteTag;
    String remoteTarget;
    long cseq;
    Stage stage = Stage.CALLING;
    long setupDelay = -1;
    int finalStatus;
    /** Outgoing: the INVITE, kept for CANCEL and the ACK of a non-2xx. Incoming: the INVITE received. */
    SipMessage invite;
    /** Incoming: the last response sent to the INVITE, resent when the INVITE is retransmitted. */
    byte[] lastInviteResponse;
    long okRetransmitInterval;
    long okFirstSentAt;
    org.persistlab.sip.Endpoint peer;
    org.persistlab.sip.Transport peerTransport;

    PhoneCall(boolean outgoing, CallKind kind, String dialled, Controller controller, long startedAt, String callId,
              String localUri, String localTag) {
        this.outgoing = outgoing;
        this.kind = kind;
        this.dialled = dialled;
        this.controller = controller;
        this.startedAt = startedAt;
        this.callId = callId;
        this.localUri = localUri;
        this.localTag = localTag;
    }

    CallRecord record(CallOutcome outcome) {
        return new CallRecord(kind, outcome, dialled, controller == null ? null : controller.name(), startedAt,
                setupDelay, finalStatus);
    }
}
