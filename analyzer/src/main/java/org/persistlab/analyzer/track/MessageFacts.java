package org.persistlab.analyzer.track;

import java.util.List;
import org.persistlab.sip.Address;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.Via;

/**
 * The header fields the trackers need, read from a message once and up front, so that a malformed
 * header fails before any tracker state changes (the caller counts the message as untracked).
 *
 * @param status         the status code of a response, 0 for a request
 * @param callId         the Call-ID, or {@code null} when absent
 * @param cseqMethod     the CSeq method: the transaction's method for requests and responses alike
 * @param branch         the top Via branch, or {@code null}
 * @param magicCookie    true when the branch starts with {@code z9hG4bK} (RFC 3261 §8.1.1.7)
 * @param sentBy         the top Via sent-by as written
 * @param registerAor    for REGISTER requests and responses, the To URI as {@code user@host}; else {@code null}
 * @param binding        for REGISTER requests, what the request does to the bindings; else {@code null}
 * @param retryAfter     true when the message carries a Retry-After header
 */
public record MessageFacts(boolean request, int status, String callId, long cseqNumber, String cseqMethod,
                           String branch, boolean magicCookie, String sentBy, String fromTag, String toTag,
                           String registerAor, Binding binding, boolean retryAfter) {

    /** What a REGISTER request asks of the registrar (RFC 3261 §10.2). */
    public enum Binding {
        /** Adds or refreshes at least one binding. */
        BIND,
        /** Removes bindings: {@code Contact: *}, or every contact expiring in 0 s. */
        UNBIND,
        /** No Contact: asks for the current bindings only (§10.2.3). */
        QUERY
    }

    public static final String REGISTER = "REGISTER";
    public static final String INVITE = "INVITE";
    public static final String ACK = "ACK";
    public static final String CANCEL = "CANCEL";
    public static final String BYE = "BYE";

    /**
     * Reads the facts of one message.
     *
     * @throws SipParseException when a header the trackers need is missing or malformed
     */
    public static MessageFacts of(SipMessage m) {
        Via top = m.topVia();
        if (top == null) {
            throw new SipParseException(0, "missing Via header");
        }
        String cseqMethod = m.cseqMethod();
        long cseqNumber = m.cseqNumber();
        String fromTag = m.fromTag();
        Address to = m.to();
        String aor = null;
        Binding binding = null;
        if (REGISTER.equals(cseqMethod)) {
            aor = to.sipUri().aor();
            if (m.isRequest()) {
                binding = binding(m);
            }
        }
        return new MessageFacts(m.isRequest(), m.statusCode(), m.callId(), cseqNumber, cseqMethod, top.branch(),
                top.hasMagicCookie(), top.sentBy(), fromTag, to.tag(), aor, binding,
                m.hasHeader(org.persistlab.sip.HeaderName.RETRY_AFTER));
    }

    private static Binding binding(SipMessage m) {
        List<Address> contacts = m.contacts();
        if (contacts.isEmpty()) {
            return Binding.QUERY;
        }
        long headerExpires = m.expires();
        for (Address c : contacts) {
            if (c.isWildcard()) {
                return Binding.UNBIND;
            }
            long e = c.expires() >= 0 ? c.expires() : headerExpires;
            if (e != 0) {
                return Binding.BIND;
            }
        }
        return Binding.UNBIND;
    }

    public boolean isMethod(String method) {
        return method.equals(cseqMethod);
    }
}
