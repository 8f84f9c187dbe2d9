package org.persistlab.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsEveryUnitExactly() {
        assertThat(Durations.parse("100ns")).isEqualTo(100L);
        assertThat(Durations.parse("2us")).isEqualTo(2_000L);
        assertThat(Durations.parse("2µs")).isEqualTo(2_000L);
        assertThat(Durations.parse("250ms")).isEqualTo(250_000_000L);
        assertThat(Durations.parse("1.5s")).isEqualTo(1_500_000_000L);
        assertThat(Durations.parse("90s")).isEqualTo(90_000_000_000L);
        assertThat(Durations.parse("10m")).isEqualTo(600_000_000_000L);
        assertThat(Durations.parse("10min")).isEqualTo(600_000_000_000L);
        assertThat(Durations.parse("1h")).isEqualTo(3_600_000_000_000L);
        assertThat(Durations.parse(" 0.000000001s ")).isEqualTo(1L);
        assertThat(Durations.parse("0.1s")).isEqualTo(100_000_000L); // no binary rounding of 0.1
    }

    @Test
    void errorsNameTheOffsetAndWhatWasExpected() {
        assertThatThrownBy(() -> Durations.parse("10x"))
                .isInstanceOfSatisfying(SpecParseException.class, e -> {
                    assertThat(e.offset()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("unknown unit 'x'").contains("ns, us, ms, s, m or h");
                });
        assertThatThrownBy(() -> Durations.parse("180"))
                .isInstanceOfSatisfying(SpecParseException.class, e -> {
                    assertThat(e.offset()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("missing unit");
                });
        assertThatThrownBy(() -> Durations.parse("-5s")).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> Durations.parse("ms")).hasMessageContaining("expected a duration");
        assertThatThrownBy(() -> Durations.parse("1.2.3s")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Durations.parse("0.5ns")).hasMessageContaining("finer than 1 ns");
        assertThatThrownBy(() -> Durations.parse("300000000h")).hasMessageContaining("longest duration");
        assertThatThrownBy(() -> Durations.parse("")).isInstanceOf(SpecParseException.class);
    }

    @Test
    void writesWithTheLargestExactUnit() {
        assertThat(Durations.format(0)).isEqualTo("0s");
        assertThat(Durations.format(1_500_000_000L)).isEqualTo("1.5s");
        assertThat(Durations.format(250_000_000L)).isEqualTo("250ms");
        assertThat(Durations.format(600_000_000_000L)).isEqualTo("10m");
        assertThat(Durations.format(5_400_000_000_000L)).isEqualTo("1.5h");
        assertThat(Durations.format(3_601_000_000_000L)).isEqualTo("3601s");
        assertThat(Durations.format(1_234_567L)).isEqualTo("1234.567us");
        assertThat(Durations.format(7L)).isEqualTo("7ns");
    }

    @Property(tries = 500)
    void formatThenParseGivesTheSameNanoseconds(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long nanos) {
        assertThat(Durations.parse(Durations.format(nanos))).isEqualTo(nanos);
    }
}
