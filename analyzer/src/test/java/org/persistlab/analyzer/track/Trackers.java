package org.persistlab.analyzer.track;

import java.util.ArrayList;
import java.util.List;
import org.persistlab.sip.WireEvent;

/** The trackers wired as the analysis wires them, recording what each one ends, for tests. */
final class Trackers {
    final TrackTimers timers = TrackTimers.defaults();
    final List<Dialog> dialogs = new ArrayList<>();
    final List<RegistrationAttempt> registrations = new ArrayList<>();
    final List<CallAttempt> calls = new ArrayList<>();
    final DialogTracker dialogTracker = new DialogTracker(timers, dialogs::add);
    final RegistrationTracker registrationTracker = new RegistrationTracker(timers, registrations::add);
    final CallAttemptTracker callTracker = new CallAttemptTracker(timers, calls::add);
    final TransactionTracker transactions = new TransactionTracker(timers,
            TransactionListener.of(registrationTracker, callTracker, dialogTracker));

    void advanceTo(long t) {
        transactions.advanceTo(t);
        registrationTracker.advanceTo(t);
        callTracker.advanceTo(t);
        dialogTracker.advanceTo(t);
    }

    Trackers run(List<WireEvent> events, long endNanos) {
        for (WireEvent e : events) {
            advanceTo(e.timeNanos());
            transactions.accept(e, MessageFacts.of(e.message()));
        }
        transactions.finish(endNanos);
        registrationTracker.finish(endNanos);
        callTracker.finish(endNanos);
        dialogTracker.finish(endNanos);
        return this;
    }

    int live() {
        return transactions.live() + dialogTracker.live() + registrationTracker.live() + callTracker.live();
    }
}
