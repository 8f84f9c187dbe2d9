package org.persistlab.bench.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.persistlab.sim.gateway.GatewayConfig;
import org.persistlab.sim.gateway.GatewayCore;
import org.persistlab.sim.gateway.GatewayCounters;
import org.persistlab.sim.gateway.GatewayUser;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.RequestBuilder;
import org.persistlab.sip.ResponseBuilder;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;
import org.persistlab.sip.digest.DigestAuth;
import org.persistlab.sip.digest.DigestChallenge;

/**
 * Internal calls through one {@link GatewayCore} between two registered J179s over TCP: the caller's
 * INVITE (the gateway answers 100 and forwards it), the callee's 180 and 200 (relayed), the caller's
 * ACK (forwarded), and, so the call table stays bounded, the caller's BYE and the callee's 200. Each
 * {@link #callOnce()} parses those six messages and hands them to the core.
 *
 * <p>The phones' messages are written during one rehearsal call; afterwards only the callee's three
 * answers change, by the gateway's branch spliced in ({@link Splice}). RFC 3261's T1 is set to 1 µs
 * in this core: over TCP nothing is retransmitted, so T1 only sets how long an ended call lingers
 * (64*T1) before the core forgets it, and virtual time moves 1 ms per call, so each call is gone
 * before the next one reuses its Call-ID and tags. The core's own work per call is unchanged.
 */
public final class CallLoad {
    private static final long T0 = 1_000_000_000L;
    private static final long STEP_NANOS = 1_000_000L;
    private static final String HOST = "192.0.2.10";

    private final GatewayCore core;
    private final Endpoint gateway;
    private final Endpoint caller = Endpoint.parse("10.1.0.1:49152");
    private final Endpoint callee = Endpoint.parse("10.1.0.2:49152");
    private final LastSent out;
    private final byte[] invite;
    private final byte[] ack;
    private final byte[] bye;
    private final Splice ringing;
    private final Splice answer;
    private final Splice byeOk;
    private final List<byte[]> rehearsal = new ArrayList<>();
    private long now = T0;

    public CallLoad() {
        GatewayConfig config = GatewayConfig.builder().seed(1).t1(Duration.ofNanos(1_000)).build();
        core = new GatewayCore(config, List.of(new GatewayUser("2001", "pw2001x", "Front Desk"),
                new GatewayUser("2002", "pw2002y", "Reception")));
        gateway = config.udpTcpEndpoint();
        out = new LastSent(caller, callee);
        register("2001", "pw2001x", caller);
        register("2002", "pw2002y", callee);

        now += STEP_NANOS;
        invite = inviteFromCaller();
        deliver(caller, invite);
        byte[] forwardedInvite = out.last(1);
        SipMessage atCallee = SipMessage.parse(forwardedInvite);
        byte[] ringingBytes = ResponseBuilder.to(atCallee, 180).toTag("b-2002").toBytes();
        byte[] okBytes = okToInvite(atCallee);
        deliver(callee, ringingBytes);
        deliver(callee, okBytes);
        SipMessage okAtCaller = SipMessage.parse(out.last(0));
        ack = inDialog("ACK", okAtCaller, 1, "z9hG4bK-a-ack");
        deliver(caller, ack);
        bye = inDialog("BYE", okAtCaller, 2, "z9hG4bK-a-bye");
        deliver(caller, bye);
        byte[] forwardedBye = out.last(1);
        byte[] byeOkBytes = ResponseBuilder.to(SipMessage.parse(forwardedBye), 200).toBytes();
        deliver(callee, byeOkBytes);
        ringing = Splice.around(ringingBytes, forwardedInvite);
        answer = Splice.around(okBytes, forwardedInvite);
        byeOk = Splice.around(byeOkBytes, forwardedBye);
        Collections.addAll(rehearsal, invite, ringingBytes, okBytes, ack, bye, byeOkBytes);
        if (core.counters().callsAnswered() != 1) {
            throw new IllegalStateException("the rehearsal call was not answered: " + core.counters().asMap());
        }
    }

    /** One internal call, set up and cleared: six messages parsed and handled. */
    public void callOnce() {
        now += STEP_NANOS;
        deliver(caller, invite);
        byte[] forwardedInvite = out.last(1);
        deliver(callee, ringing.answer(forwardedInvite));
        deliver(callee, answer.answer(forwardedInvite));
        deliver(caller, ack);
        deliver(caller, bye);
        deliver(callee, byeOk.answer(out.last(1)));
    }

    public GatewayCounters counters() {
        return core.counters();
    }

    /** Calls and transactions the core holds right now. */
    public int callsHeld() {
        return core.view().calls();
    }

    /** The six messages of a call as the gateway receives them (from the rehearsal). */
    public List<byte[]> requestsAndAnswers() {
        return List.copyOf(rehearsal);
    }

    private void deliver(Endpoint from, byte[] message) {
        core.handle(now, new WireEvent(now, from, gateway, Transport.TCP, SipMessage.parse(message)), out);
    }

    private void register(String ext, String password, Endpoint phone) {
        byte[] first = register(ext, phone, 1, null);
        deliver(phone, first);
        SipMessage challenge = SipMessage.parse(out.last(phone.equals(caller) ? 0 : 1));
        String auth = new DigestAuth().answer(DigestChallenge.from(challenge.wwwAuthenticate()), ext, password,
                "REGISTER", "sip:" + HOST, "c0ffee" + ext, 1).toHeaderValue();
        deliver(phone, register(ext, phone, 2, auth));
        if (!core.view().isRegistered(ext)) {
            throw new IllegalStateException(ext + " did not register: " + core.counters().asMap());
        }
    }

    private static byte[] register(String ext, Endpoint phone, long cseq, String authorization) {
        String aor = "sip:" + ext + "@" + HOST;
        RequestBuilder b = RequestBuilder.request("REGISTER", "sip:" + HOST)
                .via(Transport.TCP, phone.toString(), "z9hG4bK-reg-" + ext + "-" + cseq)
                .from(aor, "r" + ext).to(aor, null).callId("reg-" + ext + "@" + phone.address()).cseq(cseq)
                .contact(contact(ext, phone)).header("User-Agent", "Avaya J179 IP Phone 4.1.3.0.6");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b.toBytes();
    }

    private byte[] inviteFromCaller() {
        String ip = caller.address();
        String sdp = "v=0\r\no=- 1700000001 1700000001 IN IP4 " + ip + "\r\ns=-\r\nc=IN IP4 " + ip + "\r\nt=0 0\r\n"
                + "m=audio 5004 RTP/AVP 0 8 18 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
                + "a=rtpmap:18 G729/8000\r\na=fmtp:18 annexb=no\r\na=rtpmap:101 telephone-event/8000\r\n"
                + "a=fmtp:101 0-15\r\na=sendrecv\r\na=ptime:20\r\n";
        return RequestBuilder.request("INVITE", "sip:2002@" + HOST)
                .via(Transport.TCP, caller.toString(), "z9hG4bK-a-inv")
                .from("Front Desk", "sip:2001@" + HOST, "a-2001").to("sip:2002@" + HOST, null)
                .callId("bench-call@" + ip).cseq(1).contact(contact("2001", caller))
                .header("Allow", "INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, NOTIFY, REFER, UPDATE, PRACK")
                .header("User-Agent", "Avaya J179 IP Phone 4.1.3.0.6")
                .body("application/sdp", sdp.getBytes(StandardCharsets.US_ASCII)).toBytes();
    }

    private byte[] okToInvite(SipMessage atCallee) {
        String ip = callee.address();
        String sdp = "v=0\r\no=- 1700000002 1700000002 IN IP4 " + ip + "\r\ns=-\r\nc=IN IP4 " + ip + "\r\nt=0 0\r\n"
                + "m=audio 5006 RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n"
                + "a=fmtp:101 0-15\r\na=sendrecv\r\na=ptime:20\r\n";
        ResponseBuilder b = ResponseBuilder.to(atCallee, 200).toTag("b-2002").contact(contact("2002", callee));
        for (String rr : atCallee.headers("Record-Route")) {
            b.header("Record-Route", rr);
        }
        return b.body("application/sdp", sdp.getBytes(StandardCharsets.US_ASCII)).toBytes();
    }

    /** ACK or BYE from the caller: to the callee's Contact, through the Record-Route set reversed. */
    private byte[] inDialog(String method, SipMessage ok, long cseq, String branch) {
        List<String> routes = new ArrayList<>(ok.headers("Record-Route"));
        Collections.reverse(routes);
        RequestBuilder b = RequestBuilder.request(method, ok.contact().uri())
                .via(Transport.TCP, caller.toString(), branch)
                .from(ok.from().uri(), ok.fromTag()).to(ok.to().uri(), ok.toTag())
                .callId(ok.callId()).cseq(cseq, method);
        for (String r : routes) {
            b.header("Route", r);
        }
        return b.toBytes();
    }

    private static String contact(String ext, Endpoint phone) {
        return "sip:" + ext + "@" + phone + ";transport=tcp";
    }
}
