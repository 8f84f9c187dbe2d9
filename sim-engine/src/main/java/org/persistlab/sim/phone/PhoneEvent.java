package org.persistlab.sim.phone;

/** What a phone reports to the truth timeline. Every event carries the phone's id and the time. */
public sealed interface PhoneEvent {
    int phone();

    long at();

    /**
     * The phone's service state changed. For {@link ServiceState#DETECTING} the time is in the past:
     * the first transmission of the first unanswered request, known only once the phone gives up.
     *
     * @param controller the controller the phone is registered to or trying, or {@code null}
     */
    record StateChanged(int phone, long at, ServiceState state, String controller) implements PhoneEvent {
    }

    /** The phone decided its primary is lost, and why. */
    record LossDetected(int phone, long at, LossTrigger trigger) implements PhoneEvent {
    }

    /** One call attempt, reported when it is over. */
    record CallFinished(int phone, long at, CallRecord call) implements PhoneEvent {
    }

    /** A REGISTER exchange ended: success or the reason it failed. */
    record RegistrationFinished(int phone, long at, String controller, long startedAt, int status, int messagesSent)
            implements PhoneEvent {
    }
}
