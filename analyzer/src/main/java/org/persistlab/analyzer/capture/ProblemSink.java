package org.persistlab.analyzer.capture;

/** Receives every problem found in a capture; reading goes on after each one. */
@FunctionalInterface
public interface ProblemSink {
    void report(Problem problem);

    /** A sink that drops problems, for callers that only want the counts. */
    static ProblemSink ignoring() {
        return p -> { };
    }
}
