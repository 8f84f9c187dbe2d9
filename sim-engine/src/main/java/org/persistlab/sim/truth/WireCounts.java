package org.persistlab.sim.truth;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
 */
public final class WireCounts {
    private static final long TIMER_B = 32_000_000_000L;

    /** Which registration exchange a REGISTER transaction of phone {@code phone} belongs to, or -1. */
    @FunctionalInterface
    public interface RegistrationResolver {
        long serial(int phone, String branch);
    }

    private static final class Attempt {
        int challenges;
        int finalStatus;
    }

    private static final class Call {
        final String branch;
        final long start;
        boolean anyResponse;
        int finalStatus;

        Call(String branch, long start) {
            this.branch = branch;
            this.start = start;
        }
    }

    private final RegistrationResolver resolver;
    private final Map<Long, Attempt> attempts = new HashMap<>();
    private final Map<String, Long> attemptOfBranch = new HashMap<>();
    private final Set<String> challengedBranches = new HashSet<>();
    private final Map<String, Call> calls = new HashMap<>();
    private long lastMessage;

    public WireCounts(RegistrationResolver resolver) {
        this.resolver = resolver;
    }

    public void onWire(WireEvent e, NodeRef from, NodeRef to) {
        SipMessage m = e.message();
        lastMessage = Math.max(lastMessage, e.timeNanos());
        if (m.isRequest()) {
            if (m.method().equals("REGISTER") && from.kind() == NodeRef.Kind.PHONE) {
                String branch = m.topVia().branch();
                long serial = resolver.serial(from.index(), branch);
                if (serial >= 0) {
                    long key = ((long) from.index() << 32) | serial;
                    attemptOfBranch.put(branch, key);
                    attempts.computeIfAbsent(key, k -> new Attempt());
                }
            } else if (m.method().equals("INVITE") && m.toTag() == null) {
                calls.putIfAbsent(m.callId(), new Call(m.topVia().branch(), e.timeNanos()));
            }
            return;
        }
        String branch = m.topVia() == null ? null : m.topVia().branch();
        if ("REGISTER".equals(m.cseqMethod())) {
            Long key = attemptOfBranch.get(branch);
            Attempt a = key == null ? null : attempts.get(key);
            if (a == null || a.finalStatus != 0) {
                return;
            }
            int s = m.statusCode();
            if ((s == 401 || s == 407) && challengedBranches.add(branch)) {
                a.challenges++;
            } else if (s >= 200 && s != 401 && s != 407 && s != 402 && (s < 300 || s >= 400)) {
                a.finalStatus = s;
            }
        } else if ("INVITE".equals(m.cseqMethod())) {
            Call c = calls.get(m.callId());
            if (c != null && c.branch.equals(branch)) {
                c.anyResponse = true;
                if (m.statusCode() >= 200 && c.finalStatus == 0) {
                    c.finalStatus = m.statusCode();
                }
            }
        }
    }

    public long registrationAttempts() {
        return attempts.size();
    }

    public long registrationsSucceeded() {
        return attempts.values().stream().filter(a -> a.finalStatus >= 200 && a.finalStatus < 300).count();
    }

    public long challenges() {
        return attempts.values().stream().mapToLong(a -> a.challenges).sum();
    }

    public long callAttempts() {
        return calls.size();
    }

    /** Calls by outcome: status code, "timeout" or "unfinished". */
    public Map<String, Long> callOutcomes() {
        Map<String, Long> out = new TreeMap<>();
        for (Call c : calls.values()) {
            String k = c.finalStatus != 0 ? Integer.toString(c.finalStatus)
                    : !c.anyResponse && c.start + TIMER_B <= lastMessage ? "timeout" : "unfinished";
            out.merge(k, 1L, Long::sum);
        }
        return out;
    }
}
