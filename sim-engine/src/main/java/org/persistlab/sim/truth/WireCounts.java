package org.persistlab.sim.truth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.persistlab.sim.network.NodeRef;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.WireEvent;

/**
 * Registrations and calls as a capture on the sites' LANs shows them, counted by identity rather
 * than by matching bytes: a registration attempt is the phone's own registration exchange (the
 * phone says which REGISTER belongs to which), a call is its Call-ID (unique by construction here).
 * The analyzer must reach the same counts from the bytes alone:
 * <ul>
 * <li>registrations: every exchange with at least one REGISTER on the wire; challenges are its 401 and
 * 407 responses (one per transaction); it succeeded when a 2xx came, else it failed (a failure
 * final, no final at all, or unfinished at the end);</li>
 * <li>calls: every Call-ID whose initial INVITE (no To tag) reached the wire; the first INVITE seen is
 * the originating leg, and its transaction's first final response is the outcome: the status code,
 * "timeout" when no response at all came within Timer B (32 s) before the end of the input, or
 * "unfinished".</li>
 * </ul>
 * Only open attempts and calls are kept; a finished one goes into the counts, so memory stays bounded.
 */
public final class WireCounts {
    private static final long TIMER_B = 32_000_000_000L;

    /** Which registration exchange a REGISTER transaction of phone {@code phone} belongs to, or -1. */
    @FunctionalInterface
    public interface RegistrationResolver {
        long serial(int phone, String branch);
    }

    private static final class Attempt {
        final long key;
        long lastRegister;
        final List<String> branches = new ArrayList<>(2);
        final List<String> challenged = new ArrayList<>(2);

        Attempt(long key) {
            this.key = key;
        }
    }

    private static final class Call {
        final String branch;
        final long start;
        boolean anyResponse;

        Call(String branch, long start) {
            this.branch = branch;
            this.start = start;
        }
    }

    private final RegistrationResolver resolver;
    private final Map<Long, Attempt> openAttempts = new HashMap<>();
    private final Map<String, Attempt> attemptOfBranch = new HashMap<>();
    private final Map<String, Call> openCalls = new HashMap<>();
    private final Map<String, Long> outcomes = new TreeMap<>();
    private long attempts;
    private long succeeded;
    private long challenges;
    private long calls;
    private long lastMessage;
    private long lastSweep;

    public WireCounts(RegistrationResolver resolver) {
        this.resolver = resolver;
    }

    public void onWire(WireEvent e, NodeRef from, NodeRef to) {
        SipMessage m = e.message();
        lastMessage = Math.max(lastMessage, e.timeNanos());
        if (lastMessage - lastSweep > TIMER_B) {
            sweep();
        }
        if (m.isRequest()) {
            request(e, m, from);
            return;
        }
        String branch = m.topVia() == null ? null : m.topVia().branch();
        if ("REGISTER".equals(m.cseqMethod())) {
            registerResponse(m, branch);
        } else if ("INVITE".equals(m.cseqMethod())) {
            Call c = openCalls.get(m.callId());
            if (c != null && c.branch.equals(branch)) {
                c.anyResponse = true;
                if (m.statusCode() >= 200) {
                    openCalls.remove(m.callId());
                    outcome(Integer.toString(m.statusCode()));
                }
            }
        }
    }

    private void request(WireEvent e, SipMessage m, NodeRef from) {
        if (m.method().equals("REGISTER") && from.kind() == NodeRef.Kind.PHONE) {
            String branch = m.topVia().branch();
            Attempt known = attemptOfBranch.get(branch);
            if (known != null) {
                known.lastRegister = e.timeNanos(); // a retransmission
                return;
            }
            long serial = resolver.serial(from.index(), branch);
            if (serial < 0) {
                return;
            }
            long key = ((long) from.index() << 32) | serial;
            Attempt a = openAttempts.get(key);
            if (a == null) {
                a = new Attempt(key);
                openAttempts.put(key, a);
                attempts++;
            }
            a.branches.add(branch);
            a.lastRegister = e.timeNanos();
            attemptOfBranch.put(branch, a);
        } else if (m.method().equals("INVITE") && m.toTag() == null && !openCalls.containsKey(m.callId())) {
            openCalls.put(m.callId(), new Call(m.topVia().branch(), e.timeNanos()));
            calls++;
        }
    }

    private void registerResponse(SipMessage m, String branch) {
        Attempt a = attemptOfBranch.get(branch);
        if (a == null) {
            return;
        }
        int s = m.statusCode();
        if (s == 401 || s == 407) {
            if (!a.challenged.contains(branch)) {
                a.challenged.add(branch);
                challenges++;
            }
        } else if (s >= 200 && s != 402 && (s < 300 || s >= 400)) {
            if (s < 300) {
                succeeded++;
            }
            openAttempts.remove(a.key);
            a.branches.forEach(attemptOfBranch::remove);
        }
    }

    /**
     * Attempts with no final response 64 x T1 after their last REGISTER have failed for good (the
     * phone and the analyzer both say so), and calls with no response at all after Timer B are
     * timeouts: count them and let them go.
     */
    private void sweep() {
        lastSweep = lastMessage;
        openAttempts.values().removeIf(a -> {
            if (a.lastRegister + TIMER_B < lastMessage) {
                a.branches.forEach(attemptOfBranch::remove);
                return true;
            }
            return false;
        });
        openCalls.values().removeIf(c -> {
            if (!c.anyResponse && c.start + TIMER_B < lastMessage) {
                outcome("timeout");
                return true;
            }
            return false;
        });
    }

    private void outcome(String key) {
        outcomes.merge(key, 1L, Long::sum);
    }

    public long registrationAttempts() {
        return attempts;
    }

    public long registrationsSucceeded() {
        return succeeded;
    }

    public long challenges() {
        return challenges;
    }

    public long callAttempts() {
        return calls;
    }

    /** Calls by outcome: status code, "timeout" or "unfinished" (the open ones as of the last message). */
    public Map<String, Long> callOutcomes() {
        Map<String, Long> out = new TreeMap<>(outcomes);
        for (Call c : openCalls.values()) {
            String k = !c.anyResponse && c.start + TIMER_B <= lastMessage ? "timeout" : "unfinished";
            out.merge(k, 1L, Long::sum);
        }
        return out;
    }
}
