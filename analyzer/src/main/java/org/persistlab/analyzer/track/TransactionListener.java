package org.persistlab.analyzer.track;

import org.persistlab.sip.WireEvent;

/**
 * What {@link TransactionTracker} tells the trackers above it. A transaction's request is always
 * reported before its responses, even when a response arrived first in the capture.
 */
public interface TransactionListener {
    /**
     * A request of the transaction: its first transmission, or a retransmission (same request again,
     * same direction). An ACK of an INVITE's 300-699 response is reported on the INVITE transaction.
     */
    default void request(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
    }

    /** A response; a retransmission is the same status again in the same direction. */
    default void response(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
    }

    /** The transaction was released: nothing about it can change any more. */
    default void closed(Transaction t) {
    }

    /** Tells each of {@code listeners}, in the order given. */
    static TransactionListener of(TransactionListener... listeners) {
        TransactionListener[] all = listeners.clone();
        return new TransactionListener() {
            @Override
            public void request(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
                for (TransactionListener l : all) {
                    l.request(t, e, f, retransmission);
                }
            }

            @Override
            public void response(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
                for (TransactionListener l : all) {
                    l.response(t, e, f, retransmission);
                }
            }

            @Override
            public void closed(Transaction t) {
                for (TransactionListener l : all) {
                    l.closed(t);
                }
            }
        };
    }
}
