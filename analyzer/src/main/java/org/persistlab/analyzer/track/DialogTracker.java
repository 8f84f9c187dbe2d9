package org.persistlab.analyzer.track;

import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.persistlab.sip.WireEvent;

/**
 * Follows INVITE dialogs (Call-ID + tags) over the transactions that carry them.
 *
 * <p>A dialog is created by a 101-199 response with a To tag (early) or a 2xx (confirmed) to an
 * INVITE, or by an in-dialog BYE for a dialog that began before the capture. A 300-699 final ends an
 * early dialog. The first BYE starts the disconnect: its 2xx ends the dialog (SDD measured from the
 * first BYE); a final without a 2xx ends it as failed, except one carrying Retry-After (a recoverable
 * error per RFC 6076 §4.4), after which a retried BYE continues the same disconnect. A BYE that times
 * out ends it as failed. Forked 2xx responses give one dialog each.
 *
 * <p>Bounded state: an ended dialog is released at once; an early, confirmed or disconnecting one
 * after {@link TrackTimers#dialogIdleNanos()} without any message in it.
 */
public final class DialogTracker implements TransactionListener {
    private final ToLongFunction<Dialog> idleDeadline;
    private final Consumer<Dialog> ended;
    private final IdleIndex<DialogKey, Dialog> dialogs = new IdleIndex<>();
    private final TransactionMap<Dialog> pendingByes = new TransactionMap<>();

    /** @param ended told of every dialog as it ends or is released */
    public DialogTracker(TrackTimers timers, Consumer<Dialog> ended) {
        this.ended = ended;
        long idle = timers.dialogIdleNanos();
        this.idleDeadline = d -> d.lastActivityNanos() + idle;
    }

    @Override
    public void request(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
        // only a BYE creates a dialog here: for any other request, no dialog held means nothing to do
        if (retransmission || dialogs.size() == 0 && !f.isMethod(MessageFacts.BYE)) {
            return;
        }
        DialogKey key = DialogKey.of(f.callId(), f.fromTag(), f.toTag());
        if (key == null) {
            return;
        }
        Dialog d = dialogs.get(key);
        if (f.isMethod(MessageFacts.BYE)) {
            if (d == null) {
                d = new Dialog(key, false, DialogState.CONFIRMED, e.timeNanos(), "BYE (dialog began before the capture)");
            }
            DialogState s = d.state();
            if (s == DialogState.EARLY || s == DialogState.CONFIRMED || d.byeRetryPending()) {
                d.bye(t);
                d.moveTo(DialogState.TERMINATING, e.timeNanos(), MessageFacts.BYE);
                pendingByes.put(t, d);
            }
        }
        if (d != null) {
            d.touch(e.timeNanos());
            dialogs.touch(d);
        }
    }

    @Override
    public void response(Transaction t, WireEvent e, MessageFacts f, boolean retransmission) {
        int status = f.status();
        // only a 101-299 to an INVITE creates a dialog: otherwise no dialog held means nothing to do
        if (retransmission || dialogs.size() == 0 && !(t.isInvite() && status > 100 && status < 300)) {
            return;
        }
        DialogKey key = DialogKey.of(f.callId(), f.fromTag(), f.toTag());
        if (key == null) {
            return;
        }
        Dialog d = dialogs.get(key);
        if (t.isInvite()) {
            if (d == null && status > 100 && status < 300) {
                boolean initial = t.requestToTag() == null;
                DialogState first = status < 200 ? DialogState.EARLY : DialogState.CONFIRMED;
                d = new Dialog(key, initial, first, e.timeNanos(), Integer.toString(status));
            } else if (d != null && d.state() == DialogState.EARLY && status >= 200) {
                if (status < 300) {
                    d.moveTo(DialogState.CONFIRMED, e.timeNanos(), Integer.toString(status));
                } else {
                    end(d, e.timeNanos(), Integer.toString(status));
                    return;
                }
            }
        } else if (d != null && f.isMethod(MessageFacts.BYE) && status >= 200 && pendingByes.get(t) == d) {
            pendingByes.remove(t);
            if (status < 300) {
                d.disconnected(e.timeNanos());
                end(d, e.timeNanos(), Integer.toString(status));
                return;
            }
            if (!f.retryAfter()) {
                end(d, e.timeNanos(), Integer.toString(status));
                return;
            }
            d.awaitByeRetry();
        }
        if (d != null) {
            d.touch(e.timeNanos());
            dialogs.touch(d);
        }
    }

    @Override
    public void closed(Transaction t) {
        Dialog d = pendingByes.remove(t);
        if (d != null && d.currentBye() == t && d.state() == DialogState.TERMINATING && !d.byeRetryPending()) {
            end(d, t.lastTransitionNanos(), t.timedOut() ? "BYE timed out" : "BYE unanswered");
        }
    }

    private void end(Dialog d, long nanos, String cause) {
        d.moveTo(DialogState.TERMINATED, nanos, cause);
        dialogs.remove(d.key());
        if (d.currentBye() != null) {
            pendingByes.remove(d.currentBye());
        }
        ended.accept(d);
    }

    public void advanceTo(long nowNanos) {
        Dialog d;
        while ((d = dialogs.pollExpired(nowNanos, idleDeadline)) != null) {
            release(d, idleDeadline.applyAsLong(d), "idle");
        }
    }

    public void finish(long endNanos) {
        advanceTo(endNanos);
        for (Dialog d : dialogs.drain()) {
            release(d, endNanos, "end of input");
        }
    }

    private void release(Dialog d, long nanos, String cause) {
        if (d.currentBye() != null) {
            pendingByes.remove(d.currentBye());
        }
        d.moveTo(DialogState.TERMINATED, nanos, cause);
        ended.accept(d);
    }

    public int live() {
        return dialogs.size();
    }
}
