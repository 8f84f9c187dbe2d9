package org.persistlab.bench;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One benchmark suite, declared: its name on the command line, a one-line summary, the JMH include
 * pattern that selects its benchmarks, the pairs whose ratio it reports, extra JVM options for its
 * forks (a heap size, say), whether each fork is one single long run rather than timed iterations, and
 * the smaller {@code @Param} values a quick or smoke run uses instead of the real ones.
 *
 * @param include     a regular expression JMH searches for in each benchmark's full name
 * @param singleShot  each fork runs the benchmark once, unwarmed, and the time is the score
 * @param smallParams {@code @Param} values for modes with {@link RunMode#smallInputs()}, several separated by
 *                    commas
 */
public record Suite(String name, String summary, String include, List<RatioPair> ratios, List<String> jvmArgs,
                    boolean singleShot, Map<String, String> smallParams) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public Suite {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("suite name must be lower-case letters, digits and '-': '" + name + "'");
        }
        Pattern.compile(include);
        ratios = List.copyOf(ratios);
        jvmArgs = List.copyOf(jvmArgs);
        smallParams = Collections.unmodifiableMap(new TreeMap<>(smallParams));
    }

    /** A suite of timed iterations whose forks need nothing beyond the defaults. */
    public static Suite of(String name, String summary, String include, RatioPair... ratios) {
        return new Suite(name, summary, include, List.of(ratios), List.of(), false, Map.of());
    }
}
