package org.persistlab.sim.phone;

import java.util.ArrayList;
import java.util.List;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;

/** The phone's open client transactions; a phone has only a handful, so a list beats a map. */
final class Transactions {
    private final ArrayList<ClientTransaction> active = new ArrayList<>(4);

    void add(ClientTransaction t) {
        active.add(t);
    }

    void remove(ClientTransaction t) {
        active.remove(t);
    }

    /** The transaction a response belongs to: top Via branch plus CSeq method (RFC 3261 §17.1.3). */
    ClientTransaction match(SipMessage response) {
        String branch = response.topVia() == null ? null : response.topVia().branch();
        if (branch == null) {
            return null;
        }
        String method = response.cseqMethod();
        for (ClientTransaction t : active) {
            if (t.branch.equals(branch) && t.method.equals(method)) {
                return t;
            }
        }
        return null;
    }

    ClientTransaction byBranch(String branch) {
        for (ClientTransaction t : active) {
            if (t.branch.equals(branch)) {
                return t;
            }
        }
        return null;
    }

    long nextDeadline() {
        long min = TimerTable.NONE;
        for (ClientTransaction t : active) {
            min = Math.min(min, t.nextDeadline());
        }
        return min;
    }

    /** The transaction with the earliest deadline at or before {@code now}; ties go to the oldest. */
    ClientTransaction firstDue(long now) {
        ClientTransaction best = null;
        for (ClientTransaction t : active) {
            long d = t.nextDeadline();
            if (d <= now && (best == null || d < best.nextDeadline())) {
                best = t;
            }
        }
        return best;
    }

    List<ClientTransaction> to(Endpoint dst) {
        List<ClientTransaction> out = new ArrayList<>(2);
        for (ClientTransaction t : active) {
            if (t.dst.equals(dst)) {
                out.add(t);
            }
        }
        return out;
    }

    boolean anyFor(ClientTransaction.Purpose purpose) {
        for (ClientTransaction t : active) {
            if (t.purpose == purpose) {
                return true;
            }
        }
        return false;
    }
}
