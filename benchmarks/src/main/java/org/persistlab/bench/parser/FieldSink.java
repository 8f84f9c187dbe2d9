package org.persistlab.bench.parser;

/**
 * Where a field reader puts what it read: a JMH {@code Blackhole} in the benchmark, a list in the test
 * that checks all three parsers read the same values.
 */
public interface FieldSink {
    void accept(Object value);

    void accept(long value);
}
