package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.sim.gateway.GatewayHarness.TRUNK;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;

/** A request whose headers do not parse gets 400 and changes nothing; one too broken to answer is dropped. */
class MalformedRequestTest {
    private final GatewayHarness h = new GatewayHarness(GatewayHarness.defaults().build(),
            List.of(new GatewayUser("2001", "pa", "A"), new GatewayUser("2002", "pb", "B")));
    private final ScriptedPhone a = ScriptedPhone.avaya(h, "2001", "pa", "10.0.0.1");

    private static byte[] edit(byte[] message, String from, String to) {
        String s = new String(message, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        return s.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBadCseqGets400() {
        SipMessage answer = a.sendForOne(edit(a.register(null, -1), "CSeq: 1 REGISTER", "CSeq: one REGISTER"));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(h.core.counters().challengesSent()).isZero();
        assertThat(h.core.counters().badRequests()).isEqualTo(1);
    }

    @Test
    void aCseqForAnotherMethodGets400() {
        SipMessage answer = a.sendForOne(edit(a.register(null, -1), "CSeq: 1 REGISTER", "CSeq: 1 INVITE"));
        assertThat(answer.statusCode()).isEqualTo(400);
    }

    @Test
    void aCorrectlyAuthenticatedRegisterWithABrokenContactChangesNothing() {
        SipMessage challenge = a.sendForOne(a.register(null, -1));
        byte[] good = a.register(a.answer(challenge, "pa"), -1);
        byte[] broken = edit(good, "Contact: <" + a.contactUri() + ">", "Contact: <" + a.contactUri());
        SipMessage answer = a.sendForOne(broken);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(h.view().isRegistered("2001")).isFalse();
        assertThat(h.view().licensesInUse()).isZero();
        assertThat(h.out.events).isEmpty();
    }

    @Test
    void aNonNumericExpiresGets400AndNoBinding() {
        SipMessage challenge = a.sendForOne(a.register(null, 600));
        SipMessage answer = a.sendForOne(edit(a.register(a.answer(challenge, "pa"), 600), "Expires: 600",
                "Expires: soon"));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(h.view().isRegistered("2001")).isFalse();
    }

    @Test
    void anUnterminatedQuoteInAuthorizationGets400() {
        SipMessage challenge = a.sendForOne(a.register(null, -1));
        String auth = a.answer(challenge, "pa");
        SipMessage answer = a.sendForOne(a.register(auth.substring(0, auth.lastIndexOf('"')), -1));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(h.view().isRegistered("2001")).isFalse();
    }

    @Test
    void anInviteWithABrokenFromNeverReachesAnyone() {
        a.registerFully();
        h.out.events.clear();
        byte[] invite = edit(a.invite("5551234", "bad-1", "z9hG4bK-b1"), "From: <" + a.aor() + ">",
                "From: <" + a.aor());
        assertThat(a.send(invite)).extracting(SipMessage::statusCode).containsExactly(400);
        assertThat(h.out.sent).isEmpty();
        assertThat(h.view().calls()).isZero();
        assertThat(h.out.events).isEmpty();
    }

    @Test
    void aRequestWithoutTheHeadersAResponseCopiesIsDropped() {
        byte[] noCallId = ("REGISTER sip:192.0.2.10 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-x\r\n"
                + "From: <sip:2001@192.0.2.10>;tag=1\r\nTo: <sip:2001@192.0.2.10>\r\nCSeq: 1 REGISTER\r\n"
                + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        h.deliver(a.addr, Transport.UDP, noCallId);
        assertThat(h.out.sent).isEmpty();
        assertThat(h.core.counters().undecodableDropped()).isEqualTo(1);
        assertThat(h.core.counters().challengesSent()).isZero();
    }

    @Test
    void aRequestWithoutViaIsDroppedNotAnswered() {
        byte[] noVia = ("OPTIONS sip:192.0.2.10 SIP/2.0\r\nFrom: <sip:2001@192.0.2.10>;tag=1\r\n"
                + "To: <sip:192.0.2.10>\r\nCall-ID: nv\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        h.deliver(a.addr, Transport.UDP, noVia);
        assertThat(h.out.sent).isEmpty();
        assertThat(h.core.counters().undecodableDropped()).isEqualTo(1);
    }

    @Test
    void anUnknownOutOfDialogMethodGets405() {
        byte[] message = org.persistlab.sip.RequestBuilder.request("MESSAGE", "sip:2002@192.0.2.10")
                .via(Transport.UDP, a.addr.toString(), "z9hG4bK-m").from(a.aor(), "m1")
                .to("sip:2002@192.0.2.10", null).callId("msg-1").cseq(1).toBytes();
        SipMessage answer = a.sendForOne(message);
        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.header("Allow")).contains("INVITE");
        assertThat(h.out.take(TRUNK)).isEmpty();
    }
}
