package org.persistlab.sim.phone;

/** The four ways a J100 notices that its controller is gone (domain.md §1.3). */
public enum LossTrigger {
    /** LAB_OPTIONS_FAILURES consecutive OPTIONS polls unanswered within LAB_OPTIONS_TIMEOUT. */
    OPTIONS_UNANSWERED,
    /** The TCP/TLS connection was reset, or keep-alive probes went unanswered. */
    CONNECTION_LOST,
    /** An INVITE got no response within FAST_RESPONSE_TIMEOUT. */
    INVITE_UNANSWERED,
    /** A re-REGISTER got no (good) response within WAIT_FOR_REGISTRATION_TIMER. */
    REGISTER_FAILED
}
