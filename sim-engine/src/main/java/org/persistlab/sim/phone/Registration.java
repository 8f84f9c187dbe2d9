package org.persistlab.sim.phone;

/** One REGISTER exchange with one controller: the initial request and the answer to its challenge. */
final class Registration {
    /** Why the phone registers; decides what success and failure lead to. */
    enum Reason { INITIAL, REFRESH, FAILOVER, FAILBACK, UNREGISTER }

    final Controller controller;
    final Reason reason;
    final long startedAt;
    /** The phone's count of its registrations: the identity of this exchange for the truth. */
    final long serial;
    int challengesAnswered;
    int messagesSent;

    Registration(Controller controller, Reason reason, long startedAt, long serial) {
        this.controller = controller;
        this.reason = reason;
        this.startedAt = startedAt;
        this.serial = serial;
    }
}
