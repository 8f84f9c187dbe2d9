package org.persistlab.sim.phone;

/** How a call attempt ended. */
public enum CallOutcome {
    /** Answered, talked, and hung up with a BYE that got a 2xx. */
    COMPLETED,
    /** Answered, but the BYE went unanswered (the far side or the path was gone). */
    ANSWERED_BYE_FAILED,
    /** A final failure response (4xx, 5xx, 6xx). */
    REJECTED,
    /** Rang until the caller gave up and cancelled. */
    NO_ANSWER,
    /** No response at all (FAST_RESPONSE_TIMEOUT or Timer B). */
    TIMEOUT,
    /** The phone had no usable controller, so no INVITE was sent. */
    NO_SERVICE,
    /** The user was already on a call. */
    BUSY_LOCAL
}
