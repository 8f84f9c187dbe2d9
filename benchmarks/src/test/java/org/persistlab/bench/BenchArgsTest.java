package org.persistlab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchArgsTest {
    @Test
    void suitesModeAndOptions() throws Exception {
        BenchArgs a = BenchArgs.parse(List.of("parser", "--quick", "calendar", "--prof", "stack", "--prof=gc",
                "--results=/tmp/r", "parser"));
        assertThat(a.suites()).containsExactly("parser", "calendar");
        assertThat(a.mode()).isEqualTo(RunMode.QUICK);
        assertThat(a.profilers()).containsExactly("stack", "gc");
        assertThat(a.resultsDir()).contains(Path.of("/tmp/r"));
        assertThat(a.list()).isFalse();
    }

    @Test
    void theDefaultIsTheFullModeOverEverySuite() throws Exception {
        BenchArgs a = BenchArgs.parse(List.of());
        assertThat(a.suites()).isEmpty();
        assertThat(a.mode()).isEqualTo(RunMode.FULL);
        assertThat(RunMode.FULL.forks()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertThatThrownBy(() -> BenchArgs.parse(List.of("--quick", "--medium")))
                .hasMessageContaining("choose one of --quick, --medium and --full");
        assertThatThrownBy(() -> BenchArgs.parse(List.of("--prof"))).hasMessage("--prof needs a value");
        assertThatThrownBy(() -> BenchArgs.parse(List.of("-x"))).hasMessage("unknown option -x");
    }
}
