package org.persistlab.sip.testing;

import gov.nist.javax.sip.address.SipUri;
import gov.nist.javax.sip.header.Authorization;
import gov.nist.javax.sip.header.Contact;
import gov.nist.javax.sip.header.ContactList;
import gov.nist.javax.sip.header.ContentType;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.header.WWWAuthenticate;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sip.address.URI;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.RetryAfterHeader;
import org.persistlab.sip.Address;
import org.persistlab.sip.AuthHeader;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipParseException;

/**
 * JAIN-SIP's {@code StringMsgParser} as the oracle for our parser: both read the same bytes and every
 * field the lab uses is compared. Shared with the analyzer's capture tests through the test-jar.
 */
public final class JainSipOracle {
    /** The outcome for one message: which side rejected it, and the fields that differ. */
    public record Result(String ours, String jain, List<String> differences) {
        public boolean bothParsed() {
            return ours == null && jain == null;
        }

        public boolean agree() {
            return bothParsed() && differences.isEmpty();
        }
    }

    private JainSipOracle() {
    }

    public static Result compare(byte[] bytes) {
        SipMessage ours;
        SIPMessage jain;
        String ourError = null;
        String jainError = null;
        try {
            ours = SipMessage.parse(bytes);
            touchAll(ours);
        } catch (SipParseException e) {
            ours = null;
            ourError = e.getMessage();
        }
        try {
            jain = new StringMsgParser().parseSIPMessage(bytes.clone(), true, false, null);
            if (jain == null) {
                jainError = "no message";
            }
        } catch (ParseException | RuntimeException e) {
            jain = null;
            jainError = String.valueOf(e);
        }
        if (ours == null || jain == null) {
            return new Result(ourError, jainError, List.of());
        }
        List<String> diffs = new ArrayList<>();
        compareFields(ours, jain, diffs);
        return new Result(null, null, diffs);
    }

    /** Calls every typed accessor, so a lazily found syntax error surfaces as a parse error here. */
    private static void touchAll(SipMessage m) {
        m.callId();
        m.cseq();
        m.from();
        m.to();
        m.vias();
        m.contacts();
        m.expires();
        m.maxForwards();
        m.retryAfter();
        m.authorization();
        m.wwwAuthenticate();
        m.proxyAuthorization();
        m.proxyAuthenticate();
    }

    private static void compareFields(SipMessage o, SIPMessage j, List<String> d) {
        boolean request = j instanceof SIPRequest;
        eq(d, "isRequest", o.isRequest(), request);
        if (request) {
            SIPRequest r = (SIPRequest) j;
            eq(d, "method", o.method(), r.getMethod());
            uri(d, "requestUri", o.requestUri(), r.getRequestURI());
        } else {
            SIPResponse r = (SIPResponse) j;
            eq(d, "status", o.statusCode(), r.getStatusCode());
            eq(d, "reason", o.reasonPhrase(), r.getReasonPhrase());
        }
        eq(d, "callId", o.callId(), j.getCallId() == null ? null : j.getCallId().getCallId());
        if (j.getCSeq() != null) {
            eq(d, "cseq.number", o.cseqNumber(), j.getCSeq().getSeqNumber());
            eq(d, "cseq.method", o.cseqMethod(), j.getCSeq().getMethod());
        }
        if (j.getFrom() != null) {
            address(d, "from", o.from(), j.getFrom().getAddress(), j.getFrom().getTag());
        }
        if (j.getTo() != null) {
            address(d, "to", o.to(), j.getTo().getAddress(), j.getTo().getTag());
        }
        int jv = j.getViaHeaders() == null ? 0 : j.getViaHeaders().size();
        eq(d, "via.count", o.vias().size(), jv);
        if (jv > 0 && !o.vias().isEmpty()) {
            Via v = j.getTopmostVia();
            org.persistlab.sip.Via ov = o.topVia();
            eq(d, "via.transport", ov.transportToken(), v.getTransport().toUpperCase(Locale.ROOT));
            eq(d, "via.host", host(ov.host()), host(v.getHost()));
            eq(d, "via.port", ov.port(), v.getPort() <= 0 ? -1 : v.getPort());
            eq(d, "via.branch", ov.branch(), v.getBranch());
        }
        ContactList cl = j.getContactHeaders();
        int jc = cl == null ? 0 : cl.size();
        eq(d, "contact.count", o.contacts().size(), jc);
        if (jc > 0 && !o.contacts().isEmpty()) {
            Contact c = (Contact) cl.getFirst();
            Address oc = o.contact();
            if (c.isWildCard()) {
                eq(d, "contact.wildcard", oc.isWildcard(), true);
            } else {
                uri(d, "contact.uri", oc.uri(), c.getAddress().getURI());
                eq(d, "contact.expires", oc.expires(), (long) c.getExpires());
            }
        }
        ExpiresHeader ex = (ExpiresHeader) j.getHeader("Expires");
        eq(d, "expires", o.expires(), ex == null ? -1L : (long) ex.getExpires());
        eq(d, "maxForwards", o.maxForwards(), j.getMaxForwards() == null ? -1L
                : (long) j.getMaxForwards().getMaxForwards());
        if (o.contentLength() >= 0 && j.getContentLength() != null) {
            eq(d, "contentLength", o.contentLength(), j.getContentLength().getContentLength());
        }
        ContentType ct = j.getContentTypeHeader();
        if (ct != null && o.contentType() != null) {
            eq(d, "contentType", mediaType(o.contentType()),
                    (ct.getContentType() + "/" + ct.getContentSubType()).toLowerCase(Locale.ROOT));
        }
        byte[] raw = j.getRawContent();
        eq(d, "body.length", o.bodyLength(), raw == null ? 0 : raw.length);
        Authorization a = j.getAuthorization();
        AuthHeader oa = o.authorization();
        if (a != null && oa != null) {
            eq(d, "auth.username", oa.param("username"), a.getUsername());
            eq(d, "auth.realm", oa.param("realm"), a.getRealm());
            eq(d, "auth.nonce", oa.param("nonce"), a.getNonce());
            eq(d, "auth.response", oa.param("response"), a.getResponse());
        } else {
            eq(d, "auth.present", oa != null, a != null);
        }
        WWWAuthenticate w = (WWWAuthenticate) j.getHeader("WWW-Authenticate");
        AuthHeader ow = o.wwwAuthenticate();
        if (w != null && ow != null) {
            eq(d, "www.realm", ow.param("realm"), w.getRealm());
            eq(d, "www.nonce", ow.param("nonce"), w.getNonce());
            eq(d, "www.scheme", ow.scheme().toLowerCase(Locale.ROOT), w.getScheme().toLowerCase(Locale.ROOT));
        } else {
            eq(d, "www.present", ow != null, w != null);
        }
        RetryAfterHeader ra = (RetryAfterHeader) j.getHeader("Retry-After");
        eq(d, "retryAfter", o.retryAfter(), ra == null ? -1L : (long) ra.getRetryAfter());
    }

    private static void address(List<String> d, String what, Address o, javax.sip.address.Address j, String jTag) {
        uri(d, what + ".uri", o.uri(), j.getURI());
        eq(d, what + ".tag", o.tag(), jTag);
        String jd = j.getDisplayName();
        eq(d, what + ".display", blankToNull(o.displayName()), blankToNull(jd));
    }

    private static void uri(List<String> d, String what, String ours, URI jain) {
        if (jain instanceof SipUri s) {
            org.persistlab.sip.SipUri o;
            try {
                o = org.persistlab.sip.SipUri.parse(ours);
            } catch (SipParseException e) {
                d.add(what + ": we could not read '" + ours + "': " + e.getMessage());
                return;
            }
            eq(d, what + ".scheme", o.scheme(), s.getScheme().toLowerCase(Locale.ROOT));
            eq(d, what + ".user", o.user(), s.getUser());
            eq(d, what + ".host", host(o.host()), host(s.getHost()));
            eq(d, what + ".port", o.port(), s.getPort() <= 0 ? -1 : s.getPort());
        } else {
            eq(d, what, ours.trim(), jain.toString().trim());
        }
    }

    private static String host(String h) {
        if (h == null) {
            return null;
        }
        String s = h.toLowerCase(Locale.ROOT);
        return s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
    }

    private static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        String t = semi < 0 ? contentType : contentType.substring(0, semi);
        return t.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void eq(List<String> d, String field, Object ours, Object jain) {
        if (!Objects.equals(ours, jain)) {
            d.add(field + ": ours=" + ours + " jain=" + jain);
        }
    }
}
