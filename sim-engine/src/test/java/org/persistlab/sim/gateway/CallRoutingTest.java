package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.sim.gateway.GatewayHarness.SECOND;
import static org.persistlab.sim.gateway.GatewayHarness.TRUNK;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sim.gateway.GatewayEvent.CallEndCause;
import org.persistlab.sim.gateway.GatewayEvent.CallKind;
import org.persistlab.sim.gateway.GatewayEvent.CallRefusal;
import org.persistlab.sip.ResponseBuilder;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.Via;

class CallRoutingTest {
    private static final String RR = "<sip:192.0.2.10:5060;lr;transport=udp>";
    private final GatewayHarness h = new GatewayHarness(GatewayHarness.defaults().trunkChannels(1).build(), List.of(
            new GatewayUser("2001", "pa", "A"), new GatewayUser("2002", "pb", "B"), new GatewayUser("2003", "pc", "C")));
    private final ScriptedPhone a = ScriptedPhone.avaya(h, "2001", "pa", "10.0.0.1");
    private final ScriptedPhone b = ScriptedPhone.avaya(h, "2002", "pb", "10.0.0.2");
    private final ScriptedPhone c = ScriptedPhone.avaya(h, "2003", "pc", "10.0.0.3");

    private void registerAll() {
        a.registerFully();
        b.registerFully();
        c.registerFully();
        h.out.events.clear();
    }

    @Test
    void anInternalCallGoesThroughTheProxyWithViaAndRecordRoute() {
        registerAll();
        byte[] inviteBytes = a.invite("2002", "call-1", "z9hG4bK-a-inv");
        List<SipMessage> toA = a.send(inviteBytes);
        assertThat(toA).extracting(SipMessage::statusCode).containsExactly(100);
        assertThat(toA.get(0).toTag()).as("100 Trying carries no To tag").isNull();

        List<SipMessage> toB = b.inbox();
        assertThat(toB).hasSize(1);
        SipMessage invite = toB.get(0);
        assertThat(invite.requestUri()).as("retargeted to B's registered contact").isEqualTo(b.contactUri());
        List<Via> vias = invite.vias();
        assertThat(vias).hasSize(2);
        assertThat(vias.get(0).sentBy()).isEqualTo("192.0.2.10:5060");
        assertThat(vias.get(0).branch()).startsWith(Via.MAGIC_COOKIE);
        assertThat(vias.get(1).branch()).isEqualTo("z9hG4bK-a-inv");
        assertThat(invite.headers("Record-Route")).containsExactly(RR);
        assertThat(invite.maxForwards()).isEqualTo(69);
        assertThat(invite.bodyText()).isEqualTo(SipMessage.parse(inviteBytes).bodyText());
        assertThat(h.out.events).containsExactly(new GatewayEvent.CallRouted(0, "2001", a.addr, CallKind.INTERNAL,
                "call-1", "2002"));

        assertThat(a.inbox()).isEmpty();
        SipMessage ringingAtA = forward(b, b.respond(invite, 180), a);
        assertThat(ringingAtA.statusCode()).isEqualTo(180);
        assertThat(ringingAtA.vias()).extracting(Via::branch).containsExactly("z9hG4bK-a-inv");

        SipMessage okAtA = forward(b, b.respond(invite, 200), a);
        assertThat(okAtA.statusCode()).isEqualTo(200);
        assertThat(okAtA.vias()).hasSize(1);
        assertThat(okAtA.headers("Record-Route")).containsExactly(RR);
        assertThat(h.out.events.get(1)).isEqualTo(new GatewayEvent.CallAnswered(0, "2001", a.addr,
                CallKind.INTERNAL, "call-1"));

        SipMessage ackAtB = forward(a, a.asCaller("ACK", okAtA, 1), b);
        assertThat(ackAtB.method()).isEqualTo("ACK");
        assertThat(ackAtB.headers("Route")).as("our own Route is consumed").isEmpty();
        assertThat(ackAtB.vias()).hasSize(2);
        assertThat(ackAtB.vias().get(0).sentBy()).isEqualTo("192.0.2.10:5060");
        assertThat(ackAtB.requestUri()).isEqualTo(b.contactUri());

        h.advanceBy(30 * SECOND);
        SipMessage byeAtB = forward(a, a.asCaller("BYE", okAtA, 2), b);
        assertThat(byeAtB.method()).isEqualTo("BYE");
        assertThat(h.out.events.get(2)).isEqualTo(new GatewayEvent.CallEnded(30 * SECOND, "2001", a.addr,
                CallKind.INTERNAL, "call-1", CallEndCause.BYE, 0));
        SipMessage byeOk = forward(b, b.respond(byeAtB, 200), a);
        assertThat(byeOk.statusCode()).isEqualTo(200);
        assertThat(byeOk.cseqMethod()).isEqualTo("BYE");

        h.advanceBy(60 * SECOND);
        assertThat(h.view().calls()).as("the call is forgotten after its linger").isZero();
        assertThat(h.view().proxyTransactions()).isZero();
    }

    @Test
    void aCallBetweenTransportsIsRecordRoutedTwiceAndBothRoutesAreConsumed() {
        a.registerFully();
        ScriptedPhone tlsPhone = new ScriptedPhone(h, "2003", "pc", org.persistlab.sip.Endpoint.parse("10.0.0.3:41000"),
                Transport.TLS, ScriptedPhone.AVAYA_UA);
        tlsPhone.registerFully();
        a.send(a.invite("2003", "x-1", "z9hG4bK-x1"));
        List<RecordingOutbox.Sent> got = h.out.take(tlsPhone.addr);
        assertThat(got).hasSize(1);
        assertThat(got.get(0).transport()).isEqualTo(Transport.TLS);
        SipMessage invite = got.get(0).message();
        assertThat(invite.topVia().transportToken()).isEqualTo("TLS");
        assertThat(invite.topVia().sentBy()).isEqualTo("192.0.2.10:5061");
        // RFC 5658: the callee uses the first (its side, TLS), the caller the last (its side, UDP).
        assertThat(invite.headers("Record-Route")).containsExactly("<sip:192.0.2.10:5061;lr;transport=tls>", RR);
        SipMessage ok = forward(tlsPhone, tlsPhone.respond(invite, 200), a);
        SipMessage ack = forward(a, a.asCaller("ACK", ok, 1), tlsPhone);
        assertThat(a.asCallerRoutes(ok)).containsExactly(RR, "<sip:192.0.2.10:5061;lr;transport=tls>");
        assertThat(ack.headers("Route")).isEmpty();
    }

    @Test
    void theCalleeCanHangUpToo() {
        registerAll();
        a.send(a.invite("2002", "call-2", "z9hG4bK-a-2"));
        SipMessage invite = b.inbox().get(0);
        SipMessage ok = forward(b, b.respond(invite, 200), a);
        forward(a, a.asCaller("ACK", ok, 1), b);
        SipMessage byeAtA = forward(b, b.asCallee("BYE", invite, 1), a);
        assertThat(byeAtA.method()).isEqualTo("BYE");
        assertThat(byeAtA.requestUri()).isEqualTo(a.contactUri());
        assertThat(forward(a, ResponseBuilder.to(byeAtA, 200).toBytes(), b).statusCode()).isEqualTo(200);
        assertThat(h.out.events(GatewayEvent.CallEnded.class)).extracting(GatewayEvent.CallEnded::cause)
                .containsExactly(CallEndCause.BYE);
    }

    @Test
    void aBusyCalleeIsAckedByTheGatewayAndTheCallersAckStopsThere() {
        registerAll();
        a.send(a.invite("2002", "call-3", "z9hG4bK-a-3"));
        SipMessage invite = b.inbox().get(0);
        List<SipMessage> toB = b.send(b.respond(invite, 486));
        assertThat(toB).hasSize(1);
        SipMessage ack = toB.get(0);
        assertThat(ack.method()).isEqualTo("ACK");
        assertThat(ack.topVia().branch()).as("hop-by-hop ACK reuses the INVITE branch")
                .isEqualTo(invite.topVia().branch());
        assertThat(ack.toTag()).isEqualTo("to-2002");
        assertThat(ack.header("From")).as("the INVITE's From").isEqualTo(invite.header("From"));
        assertThat(ack.cseq().number()).isEqualTo(1);
        SipMessage busy = a.inbox().get(0);
        assertThat(busy.statusCode()).isEqualTo(486);
        // The caller's ACK for the 486 has the INVITE's branch: absorbed, B sees nothing.
        byte[] callerAck = org.persistlab.sip.RequestBuilder.request("ACK", "sip:2002@192.0.2.10")
                .via(Transport.UDP, a.addr.toString(), "z9hG4bK-a-3").from(a.aor(), "from-2001")
                .to("sip:2002@192.0.2.10", busy.toTag()).callId("call-3").cseq(1, "ACK").toBytes();
        a.send(callerAck);
        assertThat(b.inbox()).isEmpty();
        assertThat(h.out.events(GatewayEvent.CallEnded.class)).containsExactly(new GatewayEvent.CallEnded(0, "2001",
                a.addr, CallKind.INTERNAL, "call-3", CallEndCause.REJECTED, 486));
    }

    @Test
    void outgoingExternalCallsAreLimitedByTrunkChannels() {
        registerAll();
        a.send(a.invite("5551234", "ext-1", "z9hG4bK-a-e1"));
        List<RecordingOutbox.Sent> atTrunk = h.out.take(TRUNK);
        assertThat(atTrunk).hasSize(1);
        SipMessage toTrunk = atTrunk.get(0).message();
        assertThat(toTrunk.requestUri()).isEqualTo("sip:5551234@198.51.100.1:5060");
        assertThat(h.view().trunkChannelsInUse()).isEqualTo(1);

        List<SipMessage> toB = b.send(b.invite("5559999", "ext-2", "z9hG4bK-b-e2"));
        assertThat(toB).extracting(SipMessage::statusCode).containsExactly(100, 503);
        assertThat(h.out.take(TRUNK)).as("nothing more reaches the trunk").isEmpty();
        assertThat(h.out.events(GatewayEvent.CallRefused.class)).extracting(GatewayEvent.CallRefused::reason)
                .containsExactly(CallRefusal.TRUNK_BUSY);

        // The trunk answers A, A hangs up: the channel comes back and B gets through.
        SipMessage ok = trunkAnswers(toTrunk, 200, a);
        forward(a, a.asCaller("ACK", ok, 1), null);
        a.send(a.asCaller("BYE", ok, 2));
        assertThat(h.view().trunkChannelsInUse()).isZero();
        assertThat(b.send(b.invite("5559999", "ext-3", "z9hG4bK-b-e3"))).extracting(SipMessage::statusCode)
                .containsExactly(100);
        assertThat(h.out.take(TRUNK)).extracting(s -> s.message().method()).contains("INVITE");
        assertThat(h.view().trunkChannelsInUse()).isEqualTo(1);
    }

    @Test
    void incomingExternalCallsReachRegisteredExtensionsOnly() {
        a.registerFully();
        h.out.events.clear();
        SipMessage unregistered = trunkInvite("2002", "in-1");
        assertThat(unregistered.statusCode()).isEqualTo(480);
        SipMessage unknown = trunkInvite("7777", "in-2");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(trunkInvite("2001", "in-3").statusCode()).isEqualTo(100);
        SipMessage atA = a.inbox().get(0);
        assertThat(atA.method()).isEqualTo("INVITE");
        assertThat(atA.requestUri()).isEqualTo(a.contactUri());
        assertThat(h.out.events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CallRefused", "CallRefused", "CallRouted");
        assertThat(h.out.events(GatewayEvent.CallRouted.class).get(0).kind()).isEqualTo(CallKind.INCOMING_EXTERNAL);
        assertThat(h.out.events(GatewayEvent.CallRouted.class).get(0).extension()).isEqualTo("2001");
    }

    @Test
    void cancelStopsARingingCallAndReleasesTheChannel() {
        registerAll();
        byte[] invite = a.invite("5551234", "can-1", "z9hG4bK-a-c1");
        a.send(invite);
        SipMessage atTrunk = h.out.take(TRUNK).get(0).message();
        h.deliver(TRUNK, Transport.UDP, ResponseBuilder.to(atTrunk, 180).toTag("trunk").toBytes());
        assertThat(a.inbox()).extracting(SipMessage::statusCode).containsExactly(180);

        h.advanceBy(SECOND);
        List<SipMessage> cancelAnswer = a.send(a.cancel("5551234", "can-1", "z9hG4bK-a-c1"));
        assertThat(cancelAnswer).extracting(SipMessage::statusCode).containsExactly(200);
        assertThat(cancelAnswer.get(0).cseqMethod()).isEqualTo("CANCEL");
        assertThat(h.view().trunkChannelsInUse()).isZero();
        SipMessage cancel = h.out.take(TRUNK).get(0).message();
        assertThat(cancel.method()).isEqualTo("CANCEL");
        assertThat(cancel.topVia().branch()).isEqualTo(atTrunk.topVia().branch());
        assertThat(cancel.requestUri()).isEqualTo(atTrunk.requestUri());
        assertThat(cancel.cseq().number()).isEqualTo(atTrunk.cseq().number());
        assertThat(cancel.header("From")).isEqualTo(atTrunk.header("From"));
        assertThat(cancel.header("To")).isEqualTo(atTrunk.header("To"));

        h.deliver(TRUNK, Transport.UDP, ResponseBuilder.to(cancel, 200).toTag("trunk").toBytes());
        assertThat(a.inbox()).as("the 200 to our CANCEL goes no further").isEmpty();
        h.deliver(TRUNK, Transport.UDP, ResponseBuilder.to(atTrunk, 487).toTag("trunk").toBytes());
        assertThat(h.out.take(TRUNK)).extracting(s -> s.message().method()).containsExactly("ACK");
        assertThat(a.inbox()).extracting(SipMessage::statusCode).containsExactly(487);
        assertThat(h.out.events(GatewayEvent.CallEnded.class)).containsExactly(new GatewayEvent.CallEnded(SECOND,
                "2001", a.addr, CallKind.OUTGOING_EXTERNAL, "can-1", CallEndCause.CANCELLED, 0));
    }

    @Test
    void anInviteFromAnUnregisteredSourceNeverReachesTheTrunk() {
        a.registerFully();
        h.out.events.clear();
        // Someone at another address claims to be 2001, and an unknown user tries too.
        ScriptedPhone spoof = ScriptedPhone.avaya(h, "2001", "pa", "203.0.113.66");
        ScriptedPhone stranger = ScriptedPhone.avaya(h, "9999", "x", "203.0.113.67");
        ScriptedPhone unregistered = ScriptedPhone.avaya(h, "2003", "pc", "10.0.0.3");
        for (ScriptedPhone p : List.of(spoof, stranger, unregistered)) {
            assertThat(p.send(p.invite("0044207123456", "fraud-" + p.addr, "z9hG4bK-f")))
                    .extracting(SipMessage::statusCode).containsExactly(100, 403);
            assertThat(p.send(p.invite("911", "fraud911-" + p.addr, "z9hG4bK-g")))
                    .extracting(SipMessage::statusCode).containsExactly(100, 403);
        }
        assertThat(h.out.sent).noneMatch(s -> s.dst().equals(TRUNK));
        assertThat(h.out.events(GatewayEvent.CallRefused.class)).extracting(GatewayEvent.CallRefused::reason)
                .containsOnly(CallRefusal.UNREGISTERED_SOURCE).hasSize(6);
        assertThat(h.view().trunkChannelsInUse()).isZero();
    }

    @Test
    void maxForwardsZeroIsRefusedWith483() {
        registerAll();
        byte[] invite = new String(a.invite("2002", "mf-0", "z9hG4bK-mf"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Max-Forwards: 70", "Max-Forwards: 0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(a.send(invite)).extracting(SipMessage::statusCode).containsExactly(100, 483);
        assertThat(b.inbox()).isEmpty();
    }

    @Test
    void anInDialogRequestForAnUnknownCallGets481() {
        registerAll();
        byte[] bye = org.persistlab.sip.RequestBuilder.request("BYE", "sip:2002@10.0.0.2")
                .via(Transport.UDP, a.addr.toString(), "z9hG4bK-bye-x").from(a.aor(), "f1")
                .to("sip:2002@192.0.2.10", "t1").callId("nobody").cseq(2).toBytes();
        assertThat(a.sendForOne(bye).statusCode()).isEqualTo(481);
    }

    @Test
    void aResponseThatMatchesNothingIsDroppedAndCounted() {
        registerAll();
        byte[] stray = ("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKipo999\r\n"
                + "From: <sip:a@x>;tag=1\r\nTo: <sip:b@y>;tag=2\r\nCall-ID: stray\r\nCSeq: 1 INVITE\r\n"
                + "Content-Length: 0\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int before = h.out.sent.size();
        h.deliver(b.addr, Transport.UDP, stray);
        assertThat(h.out.sent).hasSize(before);
        assertThat(h.core.counters().unmatchedResponses()).isEqualTo(1);
    }

    @Test
    void anUnansweredInviteTimesOutWithTimerC() {
        registerAll();
        a.send(a.invite("2002", "tc-1", "z9hG4bK-tc"));
        SipMessage invite = b.inbox().get(0);
        b.send(b.respond(invite, 180));
        assertThat(a.inbox()).extracting(SipMessage::statusCode).containsExactly(180);
        h.advanceTo(181 * SECOND);
        assertThat(a.inbox()).extracting(SipMessage::statusCode).containsExactly(408);
        assertThat(b.inbox()).extracting(SipMessage::method).containsExactly("CANCEL");
        assertThat(h.out.events(GatewayEvent.CallEnded.class)).extracting(GatewayEvent.CallEnded::cause)
                .containsExactly(CallEndCause.TIMEOUT);
    }

    @Test
    void aResponseIsMatchedByItsTopViaWhetherOrNotTheViaComesBackAsWeWroteIt() {
        registerAll();
        a.send(a.invite("2002", "call-v", "z9hG4bK-a-v"));
        SipMessage invite = b.inbox().get(0);
        String ours = invite.vias().get(0).toString();
        String ourLine = "Via: " + invite.headerValueAt(0) + "\r\n";
        assertThat(invite.headerNameAt(0)).isEqualTo("Via");

        String ringing = new String(b.respond(invite, 180), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ringing).contains(ourLine);
        SipMessage relayed = forward(b, ringing.replace(ourLine, ourLine.replace("\r\n", ";received=10.0.0.2\r\n"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), a);
        assertThat(relayed.statusCode()).as("matched by parsing the Via: " + ours).isEqualTo(180);

        String otherBranch = ourLine.replace("branch=z9hG4bKipo", "branch=z9hG4bKipo0");
        b.send(ringing.replace(ourLine, otherBranch).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(a.inbox()).as("a branch of ours that no transaction has").isEmpty();
        assertThat(h.core.counters().unmatchedResponses()).isEqualTo(1);

        assertThat(forward(b, b.respond(invite, 200), a).statusCode()).as("matched as written").isEqualTo(200);
    }

    /** Delivers a message from one phone and returns the one message the other got (null: nobody checks). */
    private SipMessage forward(ScriptedPhone from, byte[] message, ScriptedPhone to) {
        from.send(message);
        if (to == null) {
            return null;
        }
        List<SipMessage> got = to.inbox();
        assertThat(got).hasSize(1);
        return got.get(0);
    }

    private SipMessage trunkAnswers(SipMessage atTrunk, int status, ScriptedPhone caller) {
        ResponseBuilder r = ResponseBuilder.to(atTrunk, status).toTag("trunk");
        if (status == 200) {
            r.contact("sip:carrier@198.51.100.1:5060");
            for (String rr : atTrunk.headers("Record-Route")) {
                r.header("Record-Route", rr);
            }
        }
        h.deliver(TRUNK, Transport.UDP, r.toBytes());
        List<SipMessage> got = caller.inbox();
        assertThat(got).hasSize(1);
        return got.get(0);
    }

    private SipMessage trunkInvite(String extension, String callId) {
        byte[] invite = org.persistlab.sip.RequestBuilder.request("INVITE", "sip:" + extension + "@192.0.2.10")
                .via(Transport.UDP, TRUNK.toString(), "z9hG4bK-trunk-" + callId)
                .from("sip:+15550001111@198.51.100.1", "carrier").to("sip:" + extension + "@192.0.2.10", null)
                .callId(callId).cseq(1).contact("sip:+15550001111@198.51.100.1").toBytes();
        h.deliver(TRUNK, Transport.UDP, invite);
        List<RecordingOutbox.Sent> got = h.out.take(TRUNK);
        return got.get(got.size() - 1).message();
    }
}
