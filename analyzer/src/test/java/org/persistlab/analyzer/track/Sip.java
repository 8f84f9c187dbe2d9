package org.persistlab.analyzer.track;

import java.util.ArrayList;
import java.util.List;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * Hand-written SIP for tests: requests from a few fields, responses and ACK/CANCEL derived from their
 * request as RFC 3261 §8.2.6, §17.1.1.3 and §9.1 say, and a script that stamps them into
 * {@link WireEvent}s. Shared by the track, metrics and report tests.
 */
public final class Sip {
    public static final long US = 1_000L;
    public static final long MS = 1_000_000L;
    public static final long S = 1_000_000_000L;

    private Sip() {
    }

    public static Endpoint ep(String text) {
        return Endpoint.parse(text);
    }

    public static Request request(String method) {
        return new Request(method);
    }

    /** A request under construction; every field has a workable default. */
    public static final class Request {
        private final String method;
        private String uri;
        private String via = "10.0.0.1:5060";
        private String transport = "UDP";
        private String branch = "z9hG4bK-1";
        private String from = "alice@example.com";
        private String fromTag = "ft1";
        private String to = "alice@example.com";
        private String toTag;
        private String callId = "call-1";
        private long cseq = 1;
        private String cseqMethod;
        private final List<String> extra = new ArrayList<>();

        Request(String method) {
            this.method = method;
            this.cseqMethod = method;
        }

        public Request uri(String u) {
            uri = u;
            return this;
        }

        public Request via(String sentBy) {
            via = sentBy;
            return this;
        }

        public Request transport(String t) {
            transport = t;
            return this;
        }

        public Request branch(String b) {
            branch = b;
            return this;
        }

        public Request from(String aor, String tag) {
            from = aor;
            fromTag = tag;
            return this;
        }

        public Request to(String aor) {
            to = aor;
            return this;
        }

        public Request toTag(String tag) {
            toTag = tag;
            return this;
        }

        public Request callId(String id) {
            callId = id;
            return this;
        }

        public Request cseq(long n) {
            cseq = n;
            return this;
        }

        public Request header(String line) {
            extra.add(line);
            return this;
        }

        public SipMessage build() {
            StringBuilder sb = new StringBuilder();
            sb.append(method).append(' ').append(uri != null ? uri : "sip:" + to).append(" SIP/2.0\r\n");
            sb.append("Via: SIP/2.0/").append(transport).append(' ').append(via);
            if (branch != null) {
                sb.append(";branch=").append(branch);
            }
            sb.append("\r\n");
            sb.append("Max-Forwards: 70\r\n");
            sb.append("From: <sip:").append(from).append('>');
            if (fromTag != null) {
                sb.append(";tag=").append(fromTag);
            }
            sb.append("\r\n");
            sb.append("To: <sip:").append(to).append('>');
            if (toTag != null) {
                sb.append(";tag=").append(toTag);
            }
            sb.append("\r\n");
            sb.append("Call-ID: ").append(callId).append("\r\n");
            sb.append("CSeq: ").append(cseq).append(' ').append(cseqMethod).append("\r\n");
            for (String line : extra) {
                sb.append(line).append("\r\n");
            }
            sb.append("Content-Length: 0\r\n\r\n");
            return SipMessage.parse(sb.toString());
        }
    }

    /** A REGISTER adding a binding for 3600 s. */
    public static SipMessage register(String aor, String branch, String callId, long cseq, String via) {
        return request("REGISTER").uri("sip:" + aor.substring(aor.indexOf('@') + 1)).to(aor).from(aor, "rt-" + callId)
                .branch(branch).callId(callId).cseq(cseq).via(via)
                .header("Contact: <sip:" + aor.substring(0, aor.indexOf('@')) + "@" + via + ">;expires=3600").build();
    }

    /** An initial INVITE (no To tag). */
    public static SipMessage invite(String callId, String fromTag, String branch, long cseq, String via) {
        return request("INVITE").to("bob@example.com").from("alice@example.com", fromTag).callId(callId)
                .branch(branch).cseq(cseq).via(via).header("Contact: <sip:alice@" + via + ">").build();
    }

    /** A response to {@code req} copying Via, From, To, Call-ID and CSeq (§8.2.6.2), with a To tag if given. */
    public static SipMessage response(SipMessage req, int status, String toTag, String... extraHeaders) {
        StringBuilder sb = new StringBuilder();
        sb.append("SIP/2.0 ").append(status).append(' ').append(reason(status)).append("\r\n");
        for (int i = 0; i < req.headerCount(); i++) {
            String name = req.headerNameAt(i);
            String value = req.headerValueAt(i);
            switch (name.toLowerCase()) {
                case "via", "from", "call-id", "cseq" -> sb.append(name).append(": ").append(value).append("\r\n");
                case "to" -> {
                    sb.append(name).append(": ").append(value);
                    if (toTag != null && !value.contains(";tag=")) {
                        sb.append(";tag=").append(toTag);
                    }
                    sb.append("\r\n");
                }
                default -> {
                }
            }
        }
        for (String h : extraHeaders) {
            sb.append(h).append("\r\n");
        }
        sb.append("Content-Length: 0\r\n\r\n");
        return SipMessage.parse(sb.toString());
    }

    /** The ACK of a 300-699 response: same branch, Call-ID, From, CSeq number, and the response's To (§17.1.1.3). */
    public static SipMessage ackOf(SipMessage invite, String toTag) {
        return derived(invite, "ACK", invite.topVia().branch(), toTag);
    }

    /** The ACK of a 2xx: a new branch (§13.2.2.4). */
    public static SipMessage ack2xx(SipMessage invite, String newBranch, String toTag) {
        return derived(invite, "ACK", newBranch, toTag);
    }

    /** A CANCEL for {@code invite}: same branch, Call-ID, From, To and CSeq number (§9.1). */
    public static SipMessage cancelOf(SipMessage invite) {
        return derived(invite, "CANCEL", invite.topVia().branch(), null);
    }

    private static SipMessage derived(SipMessage invite, String method, String branch, String toTag) {
        String via = invite.topVia().sentBy();
        Request r = request(method).uri(invite.requestUri()).via(via).branch(branch)
                .callId(invite.callId()).cseq(invite.cseqNumber())
                .from(invite.from().sipUri().aor(), invite.fromTag()).to(invite.to().sipUri().aor());
        if (toTag != null) {
            r.toTag(toTag);
        }
        return r.build();
    }

    private static String reason(int status) {
        return switch (status) {
            case 100 -> "Trying";
            case 180 -> "Ringing";
            case 183 -> "Session Progress";
            case 200 -> "OK";
            case 302 -> "Moved Temporarily";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 407 -> "Proxy Authentication Required";
            case 408 -> "Request Timeout";
            case 423 -> "Interval Too Brief";
            case 486 -> "Busy Here";
            case 487 -> "Request Terminated";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    /** Wire events in the order they are added. */
    public static final class Script {
        private final List<WireEvent> events = new ArrayList<>();
        private Transport transport = Transport.UDP;

        public Script transport(Transport t) {
            transport = t;
            return this;
        }

        /** Adds {@code m} seen at {@code timeNanos} from {@code src} to {@code dst}; returns {@code m}. */
        public SipMessage send(long timeNanos, String src, String dst, SipMessage m) {
            events.add(new WireEvent(timeNanos, ep(src), ep(dst), transport, m));
            return m;
        }

        public List<WireEvent> events() {
            return List.copyOf(events);
        }
    }
}
