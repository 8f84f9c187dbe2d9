/**
 * SIP state machines on capture time, fed by {@link org.persistlab.sip.WireEvent}s.
 *
 * <p>{@link org.persistlab.analyzer.track.TransactionTracker} groups messages into transactions
 * (top Via branch + CSeq method; the RFC 2543 key when the branch has no magic cookie), recognises
 * retransmissions and holds responses that arrive before their request. Above it, through
 * {@link org.persistlab.analyzer.track.TransactionListener}:
 * {@link org.persistlab.analyzer.track.RegistrationTracker} (attempts per AoR and sending host, the
 * challenge round inside), {@link org.persistlab.analyzer.track.CallAttemptTracker} (session attempts
 * per Call-ID and From tag, measured at the originating host) and
 * {@link org.persistlab.analyzer.track.DialogTracker} (Call-ID + tags, disconnect delay, completion).
 *
 * <p>Every object records its transitions and is released as soon as it can no longer change, or
 * after a fixed silence ({@link org.persistlab.analyzer.track.TrackTimers}), so memory follows the
 * live load, not the length of the capture.
 */
package org.persistlab.analyzer.track;
