package org.persistlab.analyzer.track;

/**
 * What identifies a transaction on the wire. RFC 3261 §17.1.3: the top Via branch and the CSeq
 * method, when the branch carries the magic cookie. Otherwise (RFC 2543 peers, §17.2.3 fallback):
 * Call-ID, CSeq number, From tag, top Via sent-by and method. Exactly one of the two shapes is filled.
 */
public record TransactionKey(String branch, String method, String callId, long cseqNumber, String fromTag,
                             String sentBy) {

    public static TransactionKey of(MessageFacts f) {
        return of(f, f.cseqMethod());
    }

    /** The key the message would have if its method were {@code method} (ACK and CANCEL look up their INVITE). */
    public static TransactionKey of(MessageFacts f, String method) {
        if (f.magicCookie()) {
            return new TransactionKey(f.branch(), method, null, 0, null, null);
        }
        return new TransactionKey(null, method, f.callId(), f.cseqNumber(), f.fromTag(), f.sentBy());
    }

    public TransactionKey withMethod(String otherMethod) {
        return new TransactionKey(branch, otherMethod, callId, cseqNumber, fromTag, sentBy);
    }

    public boolean rfc2543() {
        return branch == null;
    }

    @Override
    public String toString() {
        return rfc2543() ? "2543[" + callId + " " + cseqNumber + " " + fromTag + " " + sentBy + " " + method + "]"
                : branch + "/" + method;
    }
}
