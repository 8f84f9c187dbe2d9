package org.persistlab.sim.phone;

import org.persistlab.sip.ResponseBuilder;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.WireEvent;

/**
 * The phone's user and its calls: places calls from the call plan through the current controller,
 * answers incoming ones, and hangs up. One call at a time; a second incoming call gets 486.
 * During a transition (no usable controller) a dialled call fails locally without an INVITE
 * [J169-FO]: "No new calls can start while the phone is transitioning".
 */
final class CallAgent {
    private final PhoneCore phone;
    private final CallPlan plan;
    private PhoneCall call;

    CallAgent(PhoneCore phone) {
        this.phone = phone;
        this.plan = phone.cfg.calls().plan();
    }

    boolean connected() {
        return call != null && call.stage == PhoneCall.Stage.CONNECTED;
    }

    void scheduleFirstAttempt(long from) {
        long d = plan.nextAttemptDelay();
        if (d >= 0) {
            phone.timers.set(PhoneCore.Timer.CALL_ATTEMPT, from + d);
        }
    }

    void timer(PhoneCore.Timer k, long now, PhoneOutbox out) {
        switch (k) {
            case CALL_ATTEMPT -> attempt(now, out);
            case CALL_RING_TIMEOUT -> giveUp(now, out);
            case CALL_HANGUP -> hangUp(now, out);
            case CALL_ANSWER -> answer(now, out);
            case CALL_OK_RETRANSMIT -> retransmitOk(now, out);
            default -> throw new IllegalStateException("cannot handle timer " + k + " in the call agent");
        }
    }

    // ---- outgoing ----

    private void attempt(long now, PhoneOutbox out) {
        long next = plan.nextAttemptDelay();
        if (next >= 0) {
            phone.timers.set(PhoneCore.Timer.CALL_ATTEMPT, now + next);
        }
        if (call != null) {
            return; // the user is on a call and does not pick up the phone again
        }
        CallPlan.Dialled d = plan.dial();
        Controller c = phone.callController();
        if (c == null) {
            finish(now, new CallRecord(d.kind(), CallOutcome.NO_SERVICE, d.number(), null, now, -1, 0), out);
            return;
        }
        String callId = phone.msgs.callId();
        String tag = phone.msgs.tag();
        PhoneCall pc = new PhoneCall(true, d.kind(), d.number(), c, now, callId, c.aor(), tag);
        pc.remoteUri = "sip:" + d.number() + "@" + c.domain();
        pc.remoteTarget = pc.remoteUri;
        pc.cseq = 1;
        String branch = phone.msgs.branch();
        byte[] invite = phone.msgs.invite(c, phone.source(c), branch, d.number(), callId, tag, pc.cseq);
        pc.invite = SipMessage.parse(invite);
        call = pc;
        long timeout = phone.cfg.fastResponseTimeout() > 0 ? phone.cfg.fastResponseTimeout() : SipTimers.TIMER_B;
        phone.sendRequest(now, ClientTransaction.Purpose.INVITE, c, "INVITE", branch, invite, timeout, pc, out);
    }

    void provisional(long now, ClientTransaction t, SipMessage m, PhoneOutbox out) {
        PhoneCall pc = (PhoneCall) t.context;
        if (pc != call || m.statusCode() == 100) {
            return;
        }
        if (pc.setupDelay < 0) {
            pc.setupDelay = now - pc.startedAt;
        }
        if (pc.stage == PhoneCall.Stage.CALLING) {
            pc.stage = PhoneCall.Stage.RINGING;
            phone.timers.set(PhoneCore.Timer.CALL_RING_TIMEOUT, pc.startedAt + phone.cfg.calls().ringTimeout());
        }
    }

    void finalResponse(long now, ClientTransaction t, SipMessage m, PhoneOutbox out) {
        switch (t.purpose) {
            case INVITE -> inviteFinal(now, t, m, out);
            case BYE -> {
                PhoneCall pc = (PhoneCall) t.context;
                boolean ok = m.statusCode() < 300;
                end(now, pc, ok ? CallOutcome.COMPLETED : CallOutcome.ANSWERED_BYE_FAILED, out);
            }
            default -> {
                // CANCEL's 200: the INVITE's 487 ends the call.
            }
        }
    }

    private void inviteFinal(long now, ClientTransaction t, SipMessage m, PhoneOutbox out) {
        PhoneCall pc = (PhoneCall) t.context;
        int status = m.statusCode();
        if (pc.setupDelay < 0) {
            pc.setupDelay = now - pc.startedAt;
        }
        pc.finalStatus = status;
        phone.timers.clear(PhoneCore.Timer.CALL_RING_TIMEOUT);
        if (status >= 300) {
            // RFC 3261 §17.1.1.3: the client transaction ACKs a non-2xx final response itself.
            phone.sendPlain(pc.controller, phone.msgs.sameTransaction("ACK", pc.invite, m.toTag()), now, out);
            end(now, pc, status == 487 ? CallOutcome.NO_ANSWER : CallOutcome.REJECTED, out);
            return;
        }
        pc.remoteTag = m.toTag();
        if (m.contact() != null) {
            pc.remoteTarget = m.contact().uri();
        }
        sendAck(now, pc, out);
        if (pc.stage == PhoneCall.Stage.CANCELLING) {
            // The callee answered as we cancelled: take the call down with a BYE (RFC 3261 §9.1).
            pc.stage = PhoneCall.Stage.CONNECTED;
            hangUp(now, out);
            return;
        }
        pc.stage = PhoneCall.Stage.CONNECTED;
        phone.timers.set(PhoneCore.Timer.CALL_HANGUP, now + plan.holdingTime());
    }

    private void sendAck(long now, PhoneCall pc, PhoneOutbox out) {
        byte[] ack = phone.msgs.inDialog("ACK", pc.controller, phone.source(pc.controller), phone.msgs.branch(), pc, pc.cseq);
        phone.sendPlain(pc.controller, ack, now, out);
    }

    /** A 2xx for an INVITE whose transaction is over is a retransmission: ACK it again (RFC 3261 §13.2.2.4). */
    void strayResponse(long now, SipMessage m, PhoneOutbox out) {
        PhoneCall pc = call;
        if (pc != null && pc.outgoing && m.statusCode() >= 200 && m.statusCode() < 300
                && "INVITE".equals(m.cseqMethod()) && pc.callId.equals(m.callId())) {
            sendAck(now, pc, out);
        }
    }

    void inviteFailed(long now, ClientTransaction t, int status, PhoneOutbox out) {
        PhoneCall pc = (PhoneCall) t.context;
        pc.finalStatus = status;
        end(now, pc, status == 408 ? CallOutcome.TIMEOUT : CallOutcome.REJECTED, out);
    }

    void transactionFailed(long now, ClientTransaction t, int status, PhoneOutbox out) {
        if (t.purpose == ClientTransaction.Purpose.BYE) {
            end(now, (PhoneCall) t.context, CallOutcome.ANSWERED_BYE_FAILED, out);
        }
        // A CANCEL that fails changes nothing: the INVITE transaction decides how the call ends.
    }

    private void giveUp(long now, PhoneOutbox out) {
        PhoneCall pc = call;
        if (pc == null || !pc.outgoing || pc.stage != PhoneCall.Stage.RINGING) {
            return;
        }
        pc.stage = PhoneCall.Stage.CANCELLING;
        byte[] cancel = phone.msgs.sameTransaction("CANCEL", pc.invite, null);
        phone.sendRequest(now, ClientTransaction.Purpose.CANCEL, pc.controller, "CANCEL",
                pc.invite.topVia().branch(), cancel, SipTimers.TIMER_F, pc, out);
    }

    private void hangUp(long now, PhoneOutbox out) {
        PhoneCall pc = call;
        if (pc == null || pc.stage != PhoneCall.Stage.CONNECTED) {
            return;
        }
        pc.stage = PhoneCall.Stage.ENDING;
        pc.cseq++;
        String branch = phone.msgs.branch();
        byte[] bye = phone.msgs.inDialog("BYE", pc.controller, phone.source(pc.controller), branch, pc, pc.cseq);
        phone.sendRequest(now, ClientTransaction.Purpose.BYE, pc.controller, "BYE", branch, bye, SipTimers.TIMER_F,
                pc, out);
        // The user has hung up: a failover that waited for the call may go ahead while the BYE is answered.
        phone.callEnded(now, out);
    }

    // ---- incoming ----

    void request(long now, WireEvent in, PhoneOutbox out) {
        SipMessage m = in.message();
        String method = m.method();
        Controller from = controllerAt(in);
        if (from == null) {
            return; // only controllers talk to the phone
        }
        switch (method) {
            case "INVITE" -> incomingInvite(now, m, from, out);
            case "ACK" -> {
                if (call != null && !call.outgoing && call.callId.equals(m.callId())) {
                    phone.timers.clear(PhoneCore.Timer.CALL_OK_RETRANSMIT);
                    // The ACK of our 2xx only stops its retransmissions: the call has been up since we answered.
                    if (call.stage == PhoneCall.Stage.RINGING && call.finalStatus >= 300) {
                        end(now, call, call.finalStatus == 487 ? CallOutcome.NO_ANSWER : CallOutcome.REJECTED, out);
                    }
                }
            }
            case "BYE" -> incomingBye(now, m, from, out);
            case "CANCEL" -> incomingCancel(now, m, from, out);
            default -> phone.sendPlain(from, ResponseBuilder.to(m, method.equals("OPTIONS") ? 200 : 501).toBytes(),
                    now, out);
        }
    }

    private Controller controllerAt(WireEvent in) {
        for (Controller c : phone.cfg.controllers()) {
            if (c.address().sameAddress(in.src())) {
                return c;
            }
        }
        return null;
    }

    private void incomingInvite(long now, SipMessage m, Controller from, PhoneOutbox out) {
        if (call != null && call.callId.equals(m.callId()) && !call.outgoing) {
            if (call.lastInviteResponse != null) {
                phone.sendPlain(from, call.lastInviteResponse, now, out); // a retransmitted INVITE
            }
            return;
        }
        if (m.toTag() != null) {
            phone.sendPlain(from, ResponseBuilder.to(m, 481).toBytes(), now, out);
            return;
        }
        if (call != null) {
            phone.sendPlain(from, ResponseBuilder.to(m, 486).toTag(phone.msgs.tag()).toBytes(), now, out);
            return;
        }
        PhoneCall pc = new PhoneCall(false, CallKind.INCOMING, m.from().uri(), from, now, m.callId(), m.to().uri(),
                phone.msgs.tag());
        pc.invite = m;
        pc.remoteUri = m.from().uri();
        pc.remoteTag = m.fromTag();
        pc.remoteTarget = m.contact() != null && !m.contact().isWildcard() ? m.contact().uri() : m.from().uri();
        pc.stage = PhoneCall.Stage.RINGING;
        call = pc;
        pc.lastInviteResponse = ResponseBuilder.to(m, 180).toTag(pc.localTag).toBytes();
        phone.sendPlain(from, pc.lastInviteResponse, now, out);
        pc.setupDelay = 0;
        phone.timers.set(PhoneCore.Timer.CALL_ANSWER, now + plan.answerDelay());
    }

    private void answer(long now, PhoneOutbox out) {
        PhoneCall pc = call;
        if (pc == null || pc.outgoing || pc.stage != PhoneCall.Stage.RINGING) {
            return;
        }
        Controller c = pc.controller;
        pc.finalStatus = 200;
        pc.lastInviteResponse = ResponseBuilder.to(pc.invite, 200).toTag(pc.localTag)
                .contact("sip:" + c.user() + "@" + Messages.hostOf(phone.source(c)) + ":" + phone.source(c).port())
                .toBytes();
        phone.sendPlain(c, pc.lastInviteResponse, now, out);
        pc.stage = PhoneCall.Stage.CONNECTED;
        // Either user may hang up first. ASSUMPTION: the called user has a holding time of their own,
        // so a call whose far end hung up unheard (its BYE lost in an outage) still ends, as a user
        // hearing silence would end it, instead of holding the failover back for ever.
        phone.timers.set(PhoneCore.Timer.CALL_HANGUP, now + plan.holdingTime());
        if (!c.transport().reliable()) {
            // RFC 3261 §13.3.1.4: over UDP the UAS resends its 2xx until the ACK arrives.
            pc.okFirstSentAt = now;
            pc.okRetransmitInterval = SipTimers.T1;
            phone.timers.set(PhoneCore.Timer.CALL_OK_RETRANSMIT, now + SipTimers.T1);
        }
    }

    private void retransmitOk(long now, PhoneOutbox out) {
        PhoneCall pc = call;
        if (pc == null || pc.outgoing || pc.lastInviteResponse == null) {
            return;
        }
        if (now - pc.okFirstSentAt >= SipTimers.TIMER_B) {
            return; // no ACK in 64 x T1: the dialog is left to the caller's BYE
        }
        phone.sendPlain(pc.controller, pc.lastInviteResponse, now, out);
        pc.okRetransmitInterval = Math.min(pc.okRetransmitInterval * 2, SipTimers.T2);
        phone.timers.set(PhoneCore.Timer.CALL_OK_RETRANSMIT, now + pc.okRetransmitInterval);
    }

    private void incomingBye(long now, SipMessage m, Controller from, PhoneOutbox out) {
        boolean ours = call != null && call.callId.equals(m.callId());
        phone.sendPlain(from, ResponseBuilder.to(m, ours ? 200 : 481).toBytes(), now, out);
        if (ours) {
            phone.timers.clear(PhoneCore.Timer.CALL_OK_RETRANSMIT);
            end(now, call, CallOutcome.COMPLETED, out);
        }
    }

    private void incomingCancel(long now, SipMessage m, Controller from, PhoneOutbox out) {
        boolean ours = call != null && !call.outgoing && call.callId.equals(m.callId())
                && call.stage == PhoneCall.Stage.RINGING;
        phone.sendPlain(from, ResponseBuilder.to(m, ours ? 200 : 481).toBytes(), now, out);
        if (ours) {
            phone.timers.clear(PhoneCore.Timer.CALL_ANSWER);
            call.finalStatus = 487;
            call.lastInviteResponse = ResponseBuilder.to(call.invite, 487).toTag(call.localTag).toBytes();
            phone.sendPlain(from, call.lastInviteResponse, now, out);
        }
    }

    // ---- ending ----

    private void end(long now, PhoneCall pc, CallOutcome outcome, PhoneOutbox out) {
        if (pc != call) {
            return;
        }
        call = null;
        phone.timers.clear(PhoneCore.Timer.CALL_RING_TIMEOUT);
        phone.timers.clear(PhoneCore.Timer.CALL_HANGUP);
        phone.timers.clear(PhoneCore.Timer.CALL_ANSWER);
        finish(now, pc.record(outcome), out);
        phone.callEnded(now, out);
    }

    private void finish(long now, CallRecord record, PhoneOutbox out) {
        out.event(new PhoneEvent.CallFinished(phone.cfg.id(), now, record));
    }
}
