package org.persistlab.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One benchmark suite, declared: its name on the command line, a one-line summary, the JMH include
 * pattern that selects its benchmarks, the pairs whose ratio it reports, and extra JVM options for
 * its forks (a heap size, say).
 *
 * @param include a regular expression JMH searches for in each benchmark's full name
 */
public record Suite(String name, String summary, String include, List<RatioPair> ratios, List<String> jvmArgs) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public Suite {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("suite name must be lower-case letters, digits and '-': '" + name + "'");
        }
        Pattern.compile(include);
        ratios = List.copyOf(ratios);
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** A suite whose forks need nothing beyond the defaults. */
    public static Suite of(String name, String summary, String include, RatioPair... ratios) {
        return new Suite(name, summary, include, List.of(ratios), List.of());
    }
}
