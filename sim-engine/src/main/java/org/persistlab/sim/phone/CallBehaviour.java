package org.persistlab.sim.phone;

/**
 * How a phone's user places and answers calls. Times are nanoseconds; draws come from the phone's
 * own random stream so that adding a phone never changes another phone's calls.
 *
 * @param ringTimeout how long a caller lets a call ring before hanging up (CANCEL); ASSUMPTION 60 s
 */
public record CallBehaviour(CallPlan plan, long ringTimeout) {
    public static final CallBehaviour NONE = new CallBehaviour(CallPlan.NONE, 60_000_000_000L);
}
