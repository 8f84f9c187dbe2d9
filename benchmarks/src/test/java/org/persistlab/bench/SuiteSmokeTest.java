package org.persistlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.bench.results.JmhJson;
import org.persistlab.bench.results.Measurement;
import org.persistlab.bench.results.RunRecord;

/**
 * CI's smoke run: every suite of the jar, in-process (no fork) with a tenth of a second of warm-up and
 * a fifth of measurement per benchmark, through the same path as {@code java -jar benchmarks.jar}.
 * It proves each benchmark runs and scores, each declared RATIO is computed, and the JSON, run record
 * and README are written. The figures themselves mean nothing here.
 */
class SuiteSmokeTest {
    private static final RunMode SMOKE = new RunMode("smoke", 0, 1, 100, 1, 200, true);

    @Test
    void everySuiteRunsScoresAndReportsItsRatios(@TempDir Path tmp) throws Exception {
        Path results = tmp.resolve("results");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SuiteCatalog catalog = SuiteCatalog.standard();
        BenchMain main = new BenchMain(catalog, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC), results);
        BenchArgs args = new BenchArgs(List.of(), SMOKE, false, false, List.of(), Optional.empty());

        int status = main.run(catalog.all(), args, "smoke");

        String errText = err.toString(StandardCharsets.UTF_8);
        assertThat(status).as(errText).isZero();
        List<String> ratioLines = out.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("RATIO ")).toList();
        for (Suite suite : catalog.all()) {
            List<Measurement> ms = JmhJson.read(results.resolve(suite.name() + "-latest.json"));
            assertThat(ms).as(suite.name()).isNotEmpty();
            assertThat(ms).allSatisfy(m -> assertThat(m.score()).as(m.benchmark() + " " + m.params()).isPositive());
            assertThat(ms).allSatisfy(m -> assertThat(m.bytesPerOp()).as("GC profiler on " + m.benchmark()).isNotNaN());
            assertThat(results.resolve(suite.name() + "-20260102-030405.json")).exists();
            assertThat(RunRecord.read(results.resolve(suite.name() + "-latest.properties")).mode())
                    .startsWith("smoke");
            for (RatioPair pair : suite.ratios()) {
                long oursRuns = ms.stream().filter(m -> m.method().equals(pair.ours())).count();
                assertThat(ratioLines.stream().filter(l -> l.startsWith("RATIO suite=" + suite.name() + " ")
                        && l.contains(" ours=" + pair.ours() + " peer=" + pair.peer() + " value=")))
                        .as(suite.name() + " " + pair).hasSize((int) oursRuns);
            }
        }
        List<Measurement> simulation = JmhJson.read(results.resolve("simulation-latest.json"));
        assertThat(simulation).singleElement().satisfies(m -> {
            assertThat(m.extras().get("events")).as("events fired").isPositive();
            assertThat(m.extras().get("eventsPerSecond")).isPositive();
            assertThat(m.extras().get("peakHeapMiB")).isPositive();
        });
        assertThat(ratioLines).allSatisfy(l -> assertThat(l).matches("RATIO suite=\\S+( \\S+=\\S+)* ours=\\S+ "
                + "peer=\\S+ value=[0-9]+\\.[0-9]{2}"));
        String readme = Files.readString(tmp.resolve("README.md"));
        assertThat(readme).contains(ratioLines);
    }
}
