package org.persistlab.sim.phone;

/**
 * The source of a phone's calls: when the user next picks up the phone, whom they dial, how long
 * they talk, and how long they take to answer a ringing phone. The simulation implements it with
 * the phone's random stream and the scenario's call load.
 */
public interface CallPlan {
    /** Delay until the next outgoing call attempt, or -1 for none. */
    long nextAttemptDelay();

    /** The number dialled and what kind of call that makes. */
    Dialled dial();

    /** A number and its kind. */
    record Dialled(String number, CallKind kind) {
    }

    /** How long the call lasts once answered. */
    long holdingTime();

    /** How long this phone's user lets an incoming call ring before answering. */
    long answerDelay();

    /** A plan with no calls at all. */
    CallPlan NONE = new CallPlan() {
        @Override
        public long nextAttemptDelay() {
            return -1;
        }

        @Override
        public Dialled dial() {
            throw new IllegalStateException("a phone without calls dialled");
        }

        @Override
        public long holdingTime() {
            return 0;
        }

        @Override
        public long answerDelay() {
            return 0;
        }
    };
}
