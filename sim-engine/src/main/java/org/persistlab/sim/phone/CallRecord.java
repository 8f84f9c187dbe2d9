package org.persistlab.sim.phone;

/**
 * One call as the phone saw it.
 *
 * @param dialled       the number dialled (callee side: the caller's)
 * @param controller    the controller the call went through, or {@code null} when no INVITE was sent
 * @param startedAt     when the user dialled (or the INVITE arrived, for an incoming call)
 * @param setupDelay    INVITE to the first non-100 response, or -1 when none came
 * @param finalStatus   the INVITE's final status, 408 for a local timeout, 0 when no INVITE was sent
 */
public record CallRecord(CallKind kind, CallOutcome outcome, String dialled, String controller, long startedAt,
                         long setupDelay, int finalStatus) {
}
