package org.persistlab.analyzer.track;

/**
 * Where a transaction stands as an observer on the wire sees it (after RFC 3261 §17.1, with the
 * RFC 6026 "Accepted" state for an INVITE answered with 2xx).
 */
public enum TransactionState {
    /** Only responses seen so far (they arrived before their request; see {@link TransactionTracker}). */
    INITIAL,
    /** INVITE sent, no response yet: Timer B runs. */
    CALLING,
    /** Non-INVITE request sent, no response yet: Timer F runs. */
    TRYING,
    /** An ACK for a 2xx: a request that gets no response by design. */
    SENT,
    /** A provisional response seen. */
    PROCEEDING,
    /** INVITE answered with 2xx (RFC 6026). */
    ACCEPTED,
    /** A final response seen (for INVITE: 300-699; for non-INVITE: any). */
    COMPLETED,
    /** The ACK for an INVITE's 300-699 response seen. */
    CONFIRMED,
    /** Timer B or F expired with no (final) response. */
    TIMED_OUT,
    /** Released: nothing more can change it. */
    TERMINATED
}
