package org.persistlab.analyzer.track;

import java.util.Objects;

/**
 * What identifies a transaction on the wire. RFC 3261 §17.1.3: the top Via branch and the CSeq
 * method, when the branch carries the magic cookie. Otherwise (RFC 2543 peers, §17.2.3 fallback):
 * Call-ID, CSeq number, From tag, top Via sent-by and method. Exactly one of the two shapes is filled.
 *
 * <p>A value class rather than a record only to compute its hash once: the key of a transaction
 * is hashed again when the transaction is released, long after its strings left the CPU caches.
 * The hash is the one a record with these components would have.
 */
public final class TransactionKey {
    private final String branch;
    private final String method;
    private final String callId;
    private final long cseqNumber;
    private final String fromTag;
    private final String sentBy;
    private final int hash;

    public TransactionKey(String branch, String method, String callId, long cseqNumber, String fromTag,
                          String sentBy) {
        this.branch = branch;
        this.method = method;
        this.callId = callId;
        this.cseqNumber = cseqNumber;
        this.fromTag = fromTag;
        this.sentBy = sentBy;
        int h = Objects.hashCode(branch);
        h = 31 * h + Objects.hashCode(method);
        h = 31 * h + Objects.hashCode(callId);
        h = 31 * h + Long.hashCode(cseqNumber);
        h = 31 * h + Objects.hashCode(fromTag);
        this.hash = 31 * h + Objects.hashCode(sentBy);
    }

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

    public String branch() {
        return branch;
    }

    public String method() {
        return method;
    }

    public String callId() {
        return callId;
    }

    public long cseqNumber() {
        return cseqNumber;
    }

    public String fromTag() {
        return fromTag;
    }

    public String sentBy() {
        return sentBy;
    }

    public boolean rfc2543() {
        return branch == null;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TransactionKey k && k.hash == hash && k.cseqNumber == cseqNumber
                && Objects.equals(k.branch, branch) && Objects.equals(k.method, method)
                && Objects.equals(k.callId, callId) && Objects.equals(k.fromTag, fromTag)
                && Objects.equals(k.sentBy, sentBy);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return rfc2543() ? "2543[" + callId + " " + cseqNumber + " " + fromTag + " " + sentBy + " " + method + "]"
                : branch + "/" + method;
    }
}
