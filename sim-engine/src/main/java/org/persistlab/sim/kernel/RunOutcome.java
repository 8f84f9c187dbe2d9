package org.persistlab.sim.kernel;

/** Why a call to one of the {@link Simulator} run methods returned. */
public enum RunOutcome {
    /** The clock reached the requested time; it now reads exactly that time. */
    TIME_REACHED,
    /** No event is left. */
    EMPTY,
    /** The run's condition stopped holding (or its stop condition started holding). */
    CONDITION_MET,
    /** {@link Simulator#pause()} was called; calling a run method again resumes. */
    PAUSED
}
