package org.persistlab.analyzer.report;

import org.persistlab.analyzer.metrics.CallMetrics;
import org.persistlab.analyzer.metrics.FailoverRoles;
import org.persistlab.analyzer.metrics.FailoverTracker;
import org.persistlab.analyzer.metrics.MessageCounts;
import org.persistlab.analyzer.metrics.RegistrationMetrics;
import org.persistlab.analyzer.metrics.SecondCounter;
import org.persistlab.analyzer.track.CallAttemptTracker;
import org.persistlab.analyzer.track.DialogTracker;
import org.persistlab.analyzer.track.MessageFacts;
import org.persistlab.analyzer.track.RegistrationTracker;
import org.persistlab.analyzer.track.Transaction;
import org.persistlab.analyzer.track.TransactionListener;
import org.persistlab.analyzer.track.TransactionTracker;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.WireEvent;

/**
 * The analyzer's single entry point: feed it wire events (from a capture decoder or the simulator's
 * tap) in capture order, optionally the activity of encrypted flows, then {@link #finish()}.
 *
 * <p>Capture time drives everything: each event first releases the state whose deadline fell
 * before it, so memory follows what is live, not the length of the input. Events that arrive out of
 * time order by up to {@link AnalysisOptions#reorderWindowNanos()} are processed in time order; a
 * response stamped before its own request is handled by the transaction tracker. A message whose
 * tracking headers (Via, CSeq, From, To) cannot be read is counted and reported as untracked, and
 * the analysis goes on.
 */
public final class WireAnalysis {
    private final AnalysisOptions options;
    private final MessageCounts counts = new MessageCounts();
    private final RegistrationMetrics registrationMetrics;
    private final CallMetrics callMetrics;
    private final FailoverTracker failover;
    private final TransactionTracker transactions;
    private final RegistrationTracker registrations;
    private final CallAttemptTracker calls;
    private final DialogTracker dialogs;
    private final ReorderBuffer order;
    private long firstEvent = Long.MAX_VALUE;
    private long lastEvent = Long.MIN_VALUE;
    private long now = Long.MIN_VALUE;
    private boolean finished;

    public WireAnalysis(AnalysisOptions options) {
        this.options = options;
        this.registrationMetrics = new RegistrationMetrics(options.maxSeriesSeconds());
        this.callMetrics = new CallMetrics(options.maxSeriesSeconds());
        this.failover = new FailoverTracker(new FailoverRoles(options.primary(), options.gateway()),
                options.timers().lingerNanos());
        this.registrations = new RegistrationTracker(options.timers(), registrationMetrics::attemptEnded);
        this.calls = new CallAttemptTracker(options.timers(), callMetrics::attemptEnded);
        this.dialogs = new DialogTracker(options.timers(), callMetrics::dialogEnded);
        this.transactions = new TransactionTracker(options.timers(), new Listeners());
        this.order = new ReorderBuffer(options.reorderWindowNanos(), new ReorderBuffer.Sink() {
            @Override
            public void wire(WireEvent e) {
                process(e);
            }

            @Override
            public void encrypted(long timeNanos, Endpoint src, Endpoint dst) {
                advance(timeNanos);
                failover.encryptedPacket(timeNanos, src, dst);
            }
        });
    }

    public void accept(WireEvent e) {
        ensureOpen();
        order.wire(e);
    }

    private void process(WireEvent e) {
        long t = e.timeNanos();
        firstEvent = Math.min(firstEvent, t);
        lastEvent = Math.max(lastEvent, t);
        advance(t);
        SipMessage m = e.message();
        counts.count(m);
        if (m.isRequest() && MessageFacts.REGISTER.equals(m.method())) {
            registrationMetrics.registerMessage(t, e.dst());
        }
        MessageFacts f;
        try {
            f = MessageFacts.of(m);
        } catch (SipParseException ex) {
            counts.untracked();
            return;
        }
        if (f.request() && f.registerAor() != null) {
            registrationMetrics.addressOfRecord(f.registerAor());
        }
        transactions.accept(e, f);
        if (!f.request()) {
            failover.responseSeen(e);
        }
    }

    /**
     * One packet of an encrypted flow (TLS), which is never parsed as SIP: its timing still tells
     * when a primary was last heard from.
     */
    public void onEncryptedPacket(long timeNanos, Endpoint src, Endpoint dst) {
        ensureOpen();
        order.encrypted(timeNanos, src, dst);
    }

    /** Ends the input: decides whatever is still open and returns the report. Call once. */
    public AnalysisReport finish() {
        ensureOpen();
        order.flush();
        finished = true;
        long end = now == Long.MIN_VALUE ? 0 : now;
        transactions.finish(end);
        registrations.finish(end);
        calls.finish(end);
        dialogs.finish(end);
        boolean any = firstEvent != Long.MAX_VALUE;
        long firstSecond = any ? SecondCounter.secondOf(firstEvent) : 0;
        long lastSecond = any ? SecondCounter.secondOf(lastEvent) : -1;
        return new AnalysisReport(any ? firstEvent : null, any ? lastEvent : null,
                counts.summary(transactions.retransmissions()),
                registrationMetrics.summary(firstSecond, lastSecond), callMetrics.summary(firstSecond, lastSecond),
                failover.summary(end));
    }

    /** Tracked objects held now (for the bounded-memory test and for progress displays). */
    public LiveCounts live() {
        return new LiveCounts(order.held(), transactions.live(), dialogs.live(), registrations.live(), calls.live(),
                failover.live());
    }

    public AnalysisOptions options() {
        return options;
    }

    private void advance(long t) {
        if (t <= now) {
            return;
        }
        now = t;
        transactions.advanceTo(now);
        registrations.advanceTo(now);
        calls.advanceTo(now);
        dialogs.advanceTo(now);
    }

    /**
     * What the transaction tracker tells, passed on to each tracker in turn, as
     * {@link TransactionListener#of} would: written out so that every call has one known target.
     */
    private final class Listeners implements TransactionListener {
        @Override
        public void request(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
            registrations.request(t, e, f, retransmission);
            calls.request(t, e, f, retransmission);
            dialogs.request(t, e, f, retransmission);
            failover.request(t, e, f, retransmission);
        }

        @Override
        public void response(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
            registrations.response(t, e, f, retransmission);
            calls.response(t, e, f, retransmission);
            dialogs.response(t, e, f, retransmission);
            failover.response(t, e, f, retransmission);
        }

        @Override
        public void closed(Transaction t) {
            registrations.closed(t);
            calls.closed(t);
            dialogs.closed(t);
            failover.closed(t);
        }
    }

    private void ensureOpen() {
        if (finished) {
            throw new IllegalStateException("this analysis is finished; start a new WireAnalysis");
        }
    }
}
