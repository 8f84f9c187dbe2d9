package org.persistlab.sim.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import org.persistlab.sim.gateway.GatewayEvent.CallEndCause;
import org.persistlab.sim.gateway.GatewayEvent.CallKind;
import org.persistlab.sim.gateway.GatewayEvent.CallRefusal;
import org.persistlab.sim.gateway.GatewayEvent.RefusalReason;

/**
 * Running totals for a run summary. Read them any time; only the core writes them. The gauges
 * (licenses in use, bindings) are read live from the core's tables.
 */
public final class GatewayCounters {
    private final long[] refused = new long[RefusalReason.values().length];
    private final long[] routed = new long[CallKind.values().length];
    private final long[] callsRefused = new long[CallRefusal.values().length];
    private final long[] ended = new long[CallEndCause.values().length];
    private long accepted;
    private long challenges;
    private long staleChallenges;
    private long overload503;
    private long answered;
    private long retransmissionsAbsorbed;
    private long unmatchedResponses;
    private long badRequests;
    private long undecodableDropped;
    private long peakBindings;
    private final Bindings bindings;

    GatewayCounters(Bindings bindings) {
        this.bindings = bindings;
    }

    void accepted() { accepted++; }
    void refused(RefusalReason r) { refused[r.ordinal()]++; }
    void challenge(boolean stale) { challenges++; if (stale) { staleChallenges++; } }
    void overload() { overload503++; }
    void routed(CallKind k) { routed[k.ordinal()]++; }
    void callRefused(CallRefusal r) { callsRefused[r.ordinal()]++; }
    void answered() { answered++; }
    void ended(CallEndCause c) { ended[c.ordinal()]++; }
    void absorbed() { retransmissionsAbsorbed++; }
    void unmatchedResponse() { unmatchedResponses++; }
    void badRequest() { badRequests++; }
    void undecodable() { undecodableDropped++; }
    void bindingsNow(int active) { peakBindings = Math.max(peakBindings, active); }

    public long registrationsAccepted() { return accepted; }
    public long registrationsRefused(RefusalReason r) { return refused[r.ordinal()]; }
    public long challengesSent() { return challenges; }
    public long staleChallengesSent() { return staleChallenges; }
    public long overload503Sent() { return overload503; }
    public long callsRouted(CallKind k) { return routed[k.ordinal()]; }
    public long callsRefused(CallRefusal r) { return callsRefused[r.ordinal()]; }
    public long callsAnswered() { return answered; }
    public long callsEnded(CallEndCause c) { return ended[c.ordinal()]; }
    public long retransmissionsAbsorbed() { return retransmissionsAbsorbed; }
    /** Responses that matched no transaction of ours; dropped. */
    public long unmatchedResponses() { return unmatchedResponses; }
    /** Requests answered 400 because a header did not parse. */
    public long badRequests() { return badRequests; }
    /** Requests too broken to answer at all (no Via, From, To, Call-ID or CSeq to copy); dropped. */
    public long undecodableDropped() { return undecodableDropped; }
    public long peakBindings() { return peakBindings; }
    public int bindings() { return bindings.active(); }
    public int licensesInUse() { return bindings.licensesInUse(); }
    public int emergencyOnlyBindings() { return bindings.emergencyOnly(); }

    /** Every counter by a stable name, in a fixed order, for reports and JSON. */
    public Map<String, Long> asMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("registrations.accepted", accepted);
        for (RefusalReason r : RefusalReason.values()) {
            m.put("registrations.refused." + r.name().toLowerCase(java.util.Locale.ROOT), refused[r.ordinal()]);
        }
        m.put("challenges", challenges);
        m.put("challenges.stale", staleChallenges);
        m.put("overload503", overload503);
        for (CallKind k : CallKind.values()) {
            m.put("calls.routed." + k.name().toLowerCase(java.util.Locale.ROOT), routed[k.ordinal()]);
        }
        for (CallRefusal r : CallRefusal.values()) {
            m.put("calls.refused." + r.name().toLowerCase(java.util.Locale.ROOT), callsRefused[r.ordinal()]);
        }
        m.put("calls.answered", answered);
        for (CallEndCause c : CallEndCause.values()) {
            m.put("calls.ended." + c.name().toLowerCase(java.util.Locale.ROOT), ended[c.ordinal()]);
        }
        m.put("retransmissions.absorbed", retransmissionsAbsorbed);
        m.put("responses.unmatched", unmatchedResponses);
        m.put("requests.bad", badRequests);
        m.put("requests.undecodable", undecodableDropped);
        m.put("bindings", (long) bindings.active());
        m.put("bindings.peak", peakBindings);
        m.put("licenses.in_use", (long) bindings.licensesInUse());
        m.put("bindings.emergency_only", (long) bindings.emergencyOnly());
        return m;
    }
}
