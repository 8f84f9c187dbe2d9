package org.persistlab.sim.gateway;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.RequestBuilder;
import org.persistlab.sip.ResponseBuilder;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.digest.DigestAuth;
import org.persistlab.sip.digest.DigestChallenge;
import org.persistlab.sip.digest.DigestCredentials;

/**
 * A phone the test drives by hand: builds requests with the sip module's {@link RequestBuilder},
 * answers challenges with {@link DigestAuth} (the independent client side of the digest), and
 * reads what the gateway sent it from the recording outbox.
 */
final class ScriptedPhone {
    static final String AVAYA_UA = "Avaya J179 IP Phone 4.1.3.0.6";
    static final String REGISTRAR_URI = "sip:192.0.2.10";

    final GatewayHarness h;
    final String extension;
    final String password;
    final Endpoint addr;
    final Transport transport;
    final String userAgent;
    final String regCallId;
    private long cseq;
    private int branches;
    private int cnonces;

    ScriptedPhone(GatewayHarness h, String extension, String password, Endpoint addr, Transport transport,
                  String userAgent) {
        this.h = h;
        this.extension = extension;
        this.password = password;
        this.addr = addr;
        this.transport = transport;
        this.userAgent = userAgent;
        this.regCallId = "reg-" + extension + "@" + addr.address();
    }

    static ScriptedPhone avaya(GatewayHarness h, String extension, String password, String ip) {
        return new ScriptedPhone(h, extension, password, Endpoint.parse(ip + ":5060"), Transport.UDP, AVAYA_UA);
    }

    String aor() {
        return "sip:" + extension + "@192.0.2.10";
    }

    String contactUri() {
        return "sip:" + extension + "@" + addr + ";transport=" + transport.token().toLowerCase();
    }

    String nextBranch() {
        return "z9hG4bK-" + extension + "-" + (++branches);
    }

    /** A REGISTER; {@code authorization} null for none, {@code expires} negative to leave it out. */
    byte[] register(String authorization, long expires) {
        RequestBuilder b = RequestBuilder.request("REGISTER", REGISTRAR_URI)
                .via(transport, addr.toString(), nextBranch())
                .from(aor(), "t" + extension).to(aor(), null).callId(regCallId).cseq(++cseq)
                .contact(contactUri());
        if (expires >= 0) {
            b.expires(expires);
        }
        if (userAgent != null) {
            b.header("User-Agent", userAgent);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b.toBytes();
    }

    /** The Authorization value answering a 401, with the given password. */
    String answer(SipMessage challenge, String withPassword) {
        DigestChallenge ch = DigestChallenge.from(challenge.wwwAuthenticate());
        DigestCredentials c = new DigestAuth().answer(ch, extension, withPassword, "REGISTER", REGISTRAR_URI,
                "cn" + extension + "x" + (++cnonces), 1);
        return c.toHeaderValue();
    }

    /** Sends and returns every message the gateway sent this phone in reply (in order). */
    List<SipMessage> send(byte[] message) {
        h.deliver(addr, transport, message);
        return inbox();
    }

    List<SipMessage> inbox() {
        List<SipMessage> got = new ArrayList<>();
        for (RecordingOutbox.Sent s : h.out.take(addr)) {
            got.add(s.message());
        }
        return got;
    }

    /** Sends and expects exactly one message back. */
    SipMessage sendForOne(byte[] message) {
        List<SipMessage> got = send(message);
        if (got.size() != 1) {
            throw new AssertionError("expected one reply to " + extension + ", got " + got);
        }
        return got.get(0);
    }

    /** REGISTER, 401, REGISTER with credentials; returns the final response. */
    SipMessage registerFully(long expires) {
        SipMessage challenge = sendForOne(register(null, expires));
        if (challenge.statusCode() != 401) {
            throw new AssertionError("expected 401, got " + challenge.startLine());
        }
        return sendForOne(register(answer(challenge, password), expires));
    }

    SipMessage registerFully() {
        return registerFully(-1);
    }

    // ---- calls ----

    byte[] invite(String target, String callId, String branch) {
        byte[] sdp = ("v=0\r\no=- 1 1 IN IP4 " + addr.address() + "\r\ns=-\r\nc=IN IP4 " + addr.address()
                + "\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n").getBytes(StandardCharsets.US_ASCII);
        return RequestBuilder.request("INVITE", "sip:" + target + "@192.0.2.10")
                .via(transport, addr.toString(), branch)
                .from(aor(), "from-" + extension).to("sip:" + target + "@192.0.2.10", null)
                .callId(callId).cseq(1).contact(contactUri())
                .body("application/sdp", sdp).toBytes();
    }

    /** A request the caller sends inside the dialog its 2xx set up: to the 2xx Contact, Routes = Record-Route reversed. */
    byte[] asCaller(String method, SipMessage ok, long cseqNumber) {
        List<String> routes = new ArrayList<>(ok.headers("Record-Route"));
        Collections.reverse(routes);
        return dialogRequest(method, ok.contact().uri(), routes, ok.from().uri(), ok.fromTag(), ok.to().uri(),
                ok.toTag(), ok.callId(), cseqNumber);
    }

    /** The route set the caller builds from a 2xx (Record-Route reversed). */
    List<String> asCallerRoutes(SipMessage ok) {
        List<String> routes = new ArrayList<>(ok.headers("Record-Route"));
        Collections.reverse(routes);
        return routes;
    }

    /** A request the callee sends inside the dialog of the INVITE it received: Routes = Record-Route in order. */
    byte[] asCallee(String method, SipMessage invite, long cseqNumber) {
        return dialogRequest(method, invite.contact().uri(), invite.headers("Record-Route"), invite.to().uri(),
                "to-" + extension, invite.from().uri(), invite.fromTag(), invite.callId(), cseqNumber);
    }

    private byte[] dialogRequest(String method, String target, List<String> routes, String localUri, String localTag,
                                 String remoteUri, String remoteTag, String callId, long cseqNumber) {
        RequestBuilder b = RequestBuilder.request(method, target)
                .via(transport, addr.toString(), nextBranch())
                .from(localUri, localTag).to(remoteUri, remoteTag)
                .callId(callId).cseq(cseqNumber, method);
        for (String r : routes) {
            b.header("Route", r);
        }
        return b.toBytes();
    }

    /** A CANCEL for an INVITE this phone sent (same branch, Request-URI, From, To, Call-ID, CSeq number). */
    byte[] cancel(String target, String callId, String branch) {
        return RequestBuilder.request("CANCEL", "sip:" + target + "@192.0.2.10")
                .via(transport, addr.toString(), branch)
                .from(aor(), "from-" + extension).to("sip:" + target + "@192.0.2.10", null)
                .callId(callId).cseq(1, "CANCEL").toBytes();
    }

    /** A response to a request this phone received, with its own To tag. */
    byte[] respond(SipMessage request, int status) {
        ResponseBuilder b = ResponseBuilder.to(request, status).toTag("to-" + extension);
        if (status >= 200 && status < 300 && request.method().equals("INVITE")) {
            b.contact(contactUri());
            for (String rr : request.headers("Record-Route")) {
                b.header("Record-Route", rr);
            }
        }
        return b.toBytes();
    }
}
