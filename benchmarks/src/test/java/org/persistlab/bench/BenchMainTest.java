package org.persistlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's command line, without running JMH. */
class BenchMainTest {
    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        BenchMain main = new BenchMain(SuiteCatalog.standard(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC(), tmp.resolve("results"));
        return main.execute(List.of(args));
    }

    @Test
    void listNamesEverySuiteAndItsRatios() {
        assertThat(run("--list")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        for (Suite s : SuiteCatalog.standard().all()) {
            assertThat(text).contains(s.name());
            s.ratios().forEach(p -> assertThat(text).contains("RATIO " + p.ours() + " / " + p.peer()));
        }
        assertThat(text).contains("registration-rate");
    }

    @Test
    void anUnknownSuiteFailsWithTheKnownOnesAndRunsNothing() {
        assertThat(run("parser", "registrations", "--quick")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown suite registrations")
                .contains("known suites: " + String.join(", ", SuiteCatalog.standard().names())
                        + ", and registration-rate (run by ./lab bench)");
        assertThat(tmp.resolve("results")).doesNotExist();
    }

    @Test
    void theSippSearchIsTheShellsNotTheJars() {
        assertThat(run("registration-rate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("run it with './lab bench registration-rate'");
    }

    @Test
    void aSuiteThatFailsIsReportedAndTheExitStatusSaysSo() {
        SuiteCatalog ghosts = new SuiteCatalog(List.of(Suite.of("ghost", "matches no benchmark", "^no\\.such\\.")));
        BenchMain main = new BenchMain(ghosts, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC(), tmp.resolve("results"));
        assertThat(main.execute(List.of("ghost", "--quick"))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bench: ghost: the run failed: No benchmarks to run");
        assertThat(tmp.resolve("README.md")).as("regenerated anyway").exists();
    }

    @Test
    void aBadOptionIsAUsageError() {
        assertThat(run("--fast")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --fast").contains("usage:");
    }
}
