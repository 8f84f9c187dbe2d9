package org.persistlab.shell.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private static final long S = 1_000_000_000L;

    @Test
    void withoutSomeoneWatchingNothingIsWritten() {
        StringWriter sw = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(sw), false, 80, () -> 0)) {
            bar.update(0.5, "half", 10, "ev/s");
        }
        assertThat(sw.toString()).isEmpty();
    }

    @Test
    void theLineShowsShareRateAndTheTimeLeftAtTheSameRate() {
        AtomicLong clock = new AtomicLong(0);
        StringWriter sw = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(sw), true, 100, clock::get);
        clock.set(10 * S);
        bar.update(0.25, "11m15s / 45m00s simulated", 2_000_000, "ev/s");
        // A quarter done in 10 s: 30 s left; 2 million events in 10 s.
        assertThat(sw.toString()).isEqualTo("\r[█████░░░░░░░░░░░░░░░]  25%  11m15s / 45m00s simulated  200.0k ev/s"
                + "  ETA 30s");
        clock.set(10 * S + 50_000_000L);
        bar.update(0.5, "x", 1, "ev/s");
        assertThat(sw.toString()).doesNotContain("50%");
        clock.set(11 * S);
        bar.update(0.5, "x", 1, "ev/s");
        assertThat(sw.toString()).contains("\r[██████████░░░░░░░░░░]  50%  x");
        int before = sw.toString().length();
        bar.close();
        assertThat(sw.toString().substring(before)).matches("\r +\r");
    }
}
