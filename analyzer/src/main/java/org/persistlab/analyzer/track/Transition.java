package org.persistlab.analyzer.track;

/**
 * One step of a tracked state machine, stamped with the capture time of the message (or the
 * nominal timer expiry) that caused it.
 *
 * @param cause the method or status code that moved the machine, or the timer's name
 */
public record Transition<S extends Enum<S>>(long timeNanos, S from, S to, String cause) {
    @Override
    public String toString() {
        return from + "->" + to + "@" + timeNanos + "(" + cause + ")";
    }
}
