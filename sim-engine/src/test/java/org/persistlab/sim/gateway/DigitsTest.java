package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.persistlab.sip.ByteSink;

/** Digits writes exactly what ByteSink.decimal writes, for every size of number and many in a row. */
class DigitsTest {
    private final Digits digits = new Digits();

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 9, 10, 11, 99, 100, 3600, 999_999, 1_000_000, Long.MAX_VALUE, -1, -9})
    void writesTheSameBytesAsByteSink(long v) {
        assertThat(ours(v)).isEqualTo(oracle(v));
    }

    @Property(tries = 300)
    void reusingTheScratchLeavesNoDigitsBehind(@ForAll long first, @ForAll long second) {
        ByteSink sink = new ByteSink(8);
        digits.decimal(sink, first);
        sink.write(',');
        digits.decimal(sink, second);
        assertThat(new String(sink.toByteArray())).isEqualTo(oracle(first) + "," + oracle(second));
    }

    private String ours(long v) {
        ByteSink sink = new ByteSink(8);
        digits.decimal(sink, v);
        return new String(sink.toByteArray());
    }

    private static String oracle(long v) {
        return new String(new ByteSink(8).decimal(v).toByteArray());
    }
}
