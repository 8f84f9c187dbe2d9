package org.persistlab.bench;

import java.util.Locale;

/**
 * How long JMH measures: forks, and warm-up and measurement iterations with their durations, and
 * whether suites use their small inputs. The named modes are what {@code --quick}, {@code --medium}
 * and the default (full) mean. A single-shot suite runs once per fork whatever the mode.
 *
 * @param smallInputs suites use their {@link Suite#smallParams()} (a 100-phone scenario, not 100,000)
 */
public record RunMode(String name, int forks, int warmupIterations, long warmupMillis, int measurementIterations,
                      long measurementMillis, boolean smallInputs) {
    /** A smoke run: seconds per benchmark, numbers good to a factor, not a percent. */
    public static final RunMode QUICK = new RunMode("quick", 1, 1, 300, 2, 300, true);
    /** One fork, enough iterations for an error of a few percent on a quiet machine. */
    public static final RunMode MEDIUM = new RunMode("medium", 1, 3, 1000, 5, 1000, false);
    /** Two forks of five warm-up and five measured two-second iterations: the figures we publish. */
    public static final RunMode FULL = new RunMode("full", 2, 5, 2000, 5, 2000, false);

    public RunMode {
        if (forks < 0 || warmupIterations < 0 || measurementIterations < 1 || warmupMillis < 0
                || measurementMillis < 1) {
            throw new IllegalArgumentException("impossible run mode " + name + ": forks=" + forks + " warm-up="
                    + warmupIterations + "x" + warmupMillis + "ms measurement=" + measurementIterations + "x"
                    + measurementMillis + "ms");
        }
    }

    /** How this mode runs {@code suite}: single-shot suites run once per fork, unwarmed. */
    public String describeFor(Suite suite) {
        if (!suite.singleShot()) {
            return describe();
        }
        return String.format(Locale.ROOT, "%s: %d fork%s, one single-shot run each%s", name, forks,
                forks == 1 ? "" : "s", smallInputs ? ", small inputs" : "");
    }

    /** E.g. {@code quick: 1 fork, 1 x 300 ms warm-up, 2 x 300 ms measurement, small inputs}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %d fork%s, %d x %d ms warm-up, %d x %d ms measurement%s", name, forks,
                forks == 1 ? "" : "s", warmupIterations, warmupMillis, measurementIterations, measurementMillis,
                smallInputs ? ", small inputs" : "");
    }
}
