package org.persistlab.analyzer.track;

import java.util.List;
import org.persistlab.sip.Address;
import org.persistlab.sip.HeaderName;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.Via;

/**
 * The header fields the trackers need, read from a message once and up front, so that a malformed
 * header fails before any tracker state changes (the caller counts the message as untracked).
 *
 * <p>Only the top Via's sent-by is formatted when first asked for: it cannot fail, and only RFC 2543
 * keys (branches without the magic cookie) use it. The CSeq methods the trackers test are the
 * constants of this class, so that comparing them is mostly a reference check.
 */
public final class MessageFacts {
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

    private final boolean request;
    private final int status;
    private final String callId;
    private final long cseqNumber;
    private final String cseqMethod;
    private final Via topVia;
    private final String branch;
    private final boolean magicCookie;
    private String sentBy;
    private final String fromTag;
    private final String toTag;
    private final String registerAor;
    private final Binding binding;
    private final boolean retryAfter;

    private MessageFacts(SipMessage m, Via top, String cseqMethod, String fromTag, Address to, String registerAor,
                         Binding binding) {
        this.request = m.isRequest();
        this.status = m.statusCode();
        this.callId = m.callId();
        this.cseqNumber = m.cseqNumber();
        this.cseqMethod = cseqMethod;
        this.topVia = top;
        this.branch = top.branch();
        this.magicCookie = top.hasMagicCookie();
        this.fromTag = fromTag;
        this.toTag = to.tag();
        this.registerAor = registerAor;
        this.binding = binding;
        this.retryAfter = m.hasHeader(HeaderName.RETRY_AFTER);
    }

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
        String cseqMethod = known(m.cseqMethod());
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
        return new MessageFacts(m, top, cseqMethod, fromTag, to, aor, binding);
    }

    /** The constant of this class for a method the trackers test, else the method as given. */
    private static String known(String method) {
        return switch (method) {
            case REGISTER -> REGISTER;
            case INVITE -> INVITE;
            case ACK -> ACK;
            case CANCEL -> CANCEL;
            case BYE -> BYE;
            default -> method;
        };
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

    public boolean request() {
        return request;
    }

    /** The status code of a response, 0 for a request. */
    public int status() {
        return status;
    }

    /** The Call-ID, or {@code null} when absent. */
    public String callId() {
        return callId;
    }

    public long cseqNumber() {
        return cseqNumber;
    }

    /** The CSeq method: the transaction's method for requests and responses alike. */
    public String cseqMethod() {
        return cseqMethod;
    }

    /** The top Via branch, or {@code null}. */
    public String branch() {
        return branch;
    }

    /** True when the branch starts with {@code z9hG4bK} (RFC 3261 §8.1.1.7). */
    public boolean magicCookie() {
        return magicCookie;
    }

    /** The top Via sent-by as written. */
    public String sentBy() {
        if (sentBy == null) {
            sentBy = topVia.sentBy();
        }
        return sentBy;
    }

    public String fromTag() {
        return fromTag;
    }

    public String toTag() {
        return toTag;
    }

    /** For REGISTER requests and responses, the To URI as {@code user@host}; else {@code null}. */
    public String registerAor() {
        return registerAor;
    }

    /** For REGISTER requests, what the request does to the bindings; else {@code null}. */
    public Binding binding() {
        return binding;
    }

    /** True when the message carries a Retry-After header. */
    public boolean retryAfter() {
        return retryAfter;
    }

    public boolean isMethod(String method) {
        return method.equals(cseqMethod);
    }

    @Override
    public String toString() {
        return (request ? cseqMethod : status + " " + cseqMethod) + " " + callId + " " + branch;
    }
}
