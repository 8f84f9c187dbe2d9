package org.persistlab.sim.phone;

/**
 * The phone's service state as the truth timeline records it. These are what the phone itself is
 * doing, not what a user sees; the report maps them to "has service" and "911 works".
 */
public enum ServiceState {
    /** Not yet registered anywhere since the start of the run. */
    STARTING,
    /** Registered to ACO, the primary. */
    ON_ACO,
    /** ACO stopped answering (the phone's first unanswered request) and the phone has not yet given up on it. */
    DETECTING,
    /** ACO given up: probing the controller list and registering with the best that answers. */
    SEARCHING,
    /** Registered to IP Office: the "Limited Service" of the guide. */
    LIMITED_SERVICE,
    /** No controller answered: waiting U(0.5, 0.9) x RECOVERYREGISTERWAIT before searching again. */
    NO_SERVICE,
    /** Still on IP Office, trying to register to ACO again. */
    FAILING_BACK
}
