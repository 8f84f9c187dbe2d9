package org.persistlab.sim.run;

/** A scenario that cannot be run as written: the message names the file, the line or the value. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }
}
