package org.persistlab.sim.phone;

import java.nio.charset.StandardCharsets;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.RequestBuilder;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;

/**
 * Writes the requests a J1xx phone sends. Branches, tags and Call-IDs come from counters, so the
 * same run gives the same bytes; they carry the phone id so they are unique across phones.
 */
final class Messages {
    private final PhoneConfig cfg;
    private final String idText;
    private long counter;

    Messages(PhoneConfig cfg) {
        this.cfg = cfg;
        this.idText = Integer.toString(cfg.id(), 36);
    }

    String branch() {
        return "z9hG4bK" + idText + "." + Long.toString(++counter, 36);
    }

    String tag() {
        return idText + "t" + Long.toString(++counter, 36);
    }

    String callId() {
        return idText + "c" + Long.toString(++counter, 36) + "@" + cfg.address().address();
    }

    private String sentBy(Endpoint src) {
        return hostOf(src) + ":" + src.port();
    }

    static String hostOf(Endpoint e) {
        return e.isIpv4() ? e.address() : "[" + e.address() + "]";
    }

    private String contact(Controller c, Endpoint src) {
        return "sip:" + c.user() + "@" + sentBy(src) + ";transport=" + lower(c.transport());
    }

    private static String lower(Transport t) {
        return t.token().toLowerCase(java.util.Locale.ROOT);
    }

    private RequestBuilder base(String method, String uri, Controller c, Endpoint src, String branch) {
        return RequestBuilder.request(method, uri)
                .viaRaw("SIP/2.0/" + c.transport().token() + " " + sentBy(src) + ";branch=" + branch + ";rport")
                .header("User-Agent", cfg.userAgent());
    }

    byte[] register(Controller c, Endpoint src, String branch, String callId, String fromTag, long cseq, long expires,
                    String authHeader, String authorization) {
        RequestBuilder b = base("REGISTER", c.uri(), c, src, branch)
                .from(c.aor(), fromTag).to(c.aor(), null).callId(callId).cseq(cseq)
                .header("Contact", "<" + contact(c, src) + ">;expires=" + expires)
                .expires(expires);
        if (authorization != null) {
            b.header(authHeader, authorization);
        }
        return b.toBytes();
    }

    byte[] options(Controller c, Endpoint src, String branch) {
        return base("OPTIONS", c.uri(), c, src, branch)
                .from(c.aor(), tag()).to("sip:" + c.host(), null).callId(callId()).cseq(1)
                .header("Accept", "application/sdp").toBytes();
    }

    byte[] invite(Controller c, Endpoint src, String branch, String number, String callId, String fromTag, long cseq) {
        String sdp = "v=0\r\no=" + c.user() + " " + cseq + " " + cseq + " IN IP4 " + cfg.address().address()
                + "\r\ns=-\r\nc=IN IP4 " + cfg.address().address() + "\r\nt=0 0\r\nm=audio 46750 RTP/AVP 0 8 101\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\n";
        return base("INVITE", "sip:" + number + "@" + c.domain(), c, src, branch)
                .from(c.aor(), fromTag).to("sip:" + number + "@" + c.domain(), null).callId(callId).cseq(cseq)
                .contact(contact(c, src)).body("application/sdp", sdp.getBytes(StandardCharsets.US_ASCII)).toBytes();
    }

    /** A request inside a dialog (ACK for 2xx, BYE): To carries the remote tag. */
    byte[] inDialog(String method, Controller c, Endpoint src, String branch, PhoneCall call, long cseq) {
        return base(method, call.remoteTarget, c, src, branch)
                .from(call.localUri, call.localTag).to(call.remoteUri, call.remoteTag).callId(call.callId)
                .cseq(cseq, method).toBytes();
    }

    /**
     * The ACK for a non-2xx final response or the CANCEL of an INVITE: same branch, Call-ID, From and
     * Request-URI as the INVITE, CSeq number of the INVITE (RFC 3261 §9.1, §17.1.1.3). The ACK's To
     * carries the response's tag; a CANCEL's To is the INVITE's.
     */
    byte[] sameTransaction(String method, SipMessage invite, String toTag) {
        return RequestBuilder.request(method, invite.requestUri())
                .viaRaw(invite.header("Via"))
                .maxForwards(70)
                .from(invite.from().uri(), invite.fromTag())
                .to(invite.to().uri(), toTag)
                .callId(invite.callId())
                .cseq(invite.cseqNumber(), method)
                .header("User-Agent", cfg.userAgent())
                .toBytes();
    }
}
