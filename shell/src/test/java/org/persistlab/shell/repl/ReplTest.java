package org.persistlab.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.TestLab;
import org.persistlab.shell.format.TreePaths;
import org.persistlab.sim.scenario.Params;

/** The real REPL loop on a JLine terminal over in-memory streams: what a person typing would see. */
class ReplTest {
    @TempDir
    Path dir;

    private ReplHarness.Result type(String... lines) {
        return ReplHarness.run(dir, dir.resolve("history"), String.join("\n", lines) + "\n");
    }

    private static List<String> small(String... more) {
        List<String> all = new ArrayList<>(TestLab.SMALL);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void setChangesTheScenarioAndSaysWhatTheDefaultWas() {
        ReplHarness.Result r = type("set phones 300", "set failback.policy admin", "show");
        assertThat(r.output()).contains("lab> set phones 300\nphones = 300 (default 200)\n")
                .contains("failback.policy = admin (default auto)")
                .contains("  phones           300    200")
                .contains("4 sites · 1200 phones");
        assertThat(r.shell().session().scenario().value(Params.PHONES)).isEqualTo("300");
        assertThat(r.status()).isZero();
    }

    @Test
    void aBadValueIsExplainedAndChangesNothing() {
        ReplHarness.Result r = type("set outage.duration 10", "set failback.policy sometimes", "set phones 500",
                "show outage.duration");
        assertThat(r.output()).containsPattern("set: outage.duration: .*missing unit after 10")
                .contains("set: failback.policy: 'sometimes' is not one of auto, admin")
                .contains("set: phones: 500 is outside 0..384")
                .contains("outage.duration = 10m (the default)");
        assertThat(r.shell().session().scenario().explicitValues()).isEmpty();
    }

    @Test
    void aBadCommandSuggestsTheClosestOneAndTheShellGoesOn() {
        ReplHarness.Result r = type("hlep", "sed 3", "frobnicate", "seed 3");
        assertThat(r.output()).contains("unknown command 'hlep' (did you mean 'help'?)")
                .contains("unknown command 'sed' (did you mean 'set'?)")
                .contains("unknown command 'frobnicate'; 'help' lists the commands")
                .contains("lab> seed 3\nseed 3\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void helpListsEveryCommandAndExplainsOne() {
        ReplHarness.Result r = type("help", "help sweep", "set --help");
        for (String name : r.shell().registry().names()) {
            assertThat(r.output()).containsPattern("(?m)^  " + name + " +\\S");
        }
        assertThat(r.output()).contains("Usage: sweep NAME FROM..TO [step S] [--metric PATH]")
                .contains("sweep outage.duration 5m..25m step 5m")
                .contains("Usage: set NAME VALUE...");
    }

    @Test
    void runPrintsTheReportAndNumbersTheResult() {
        ReplHarness.Result r = type(small("run", "runs").toArray(String[]::new));
        assertThat(r.output()).contains("run #1: built-in · seed 1 · sites=1 phones=10")
                .contains("10 phones at 1 site · 20m00s simulated · seed 1")
                .contains("ACO outage from 5m00s to 10m00s (silent), 10 phones affected")
                .contains("== Failover and service, from the simulation's truth")
                .contains("== Registration storms")
                .containsPattern("(?m)^1  run   built-in · seed 1");
        assertThat(r.shell().session().results()).hasSize(1);
    }

    @Test
    void compareSetsTwoRunsSideBySideWithTheirOwnNumbers() {
        ReplHarness.Result r = type(small("run", "set outage.duration 8m", "run", "compare").toArray(String[]::new));
        assertThat(r.output()).contains("inputs that differ:").containsPattern("outage.duration +5m +8m");
        Map<String, Number> a = TreePaths.numbers(r.shell().session().result(1).orElseThrow().result().tree());
        Map<String, Number> b = TreePaths.numbers(r.shell().session().result(2).orElseThrow().result().tree());
        String compare = r.output().substring(r.output().lastIndexOf("lab> compare"));
        for (String metric : List.of("ipo.registers", "aco.registers", "events", "outage.duration_s")) {
            String row = compare.lines().filter(l -> l.startsWith(metric + " ")).findFirst().orElseThrow();
            assertThat(row.split("\\s+")[1]).isEqualTo(cell(a.get(metric)));
            assertThat(row.split("\\s+")[2]).isEqualTo(cell(b.get(metric)));
        }
        assertThat(compare).containsPattern("(?m)^outage\\.duration_s +300 +480 +\\+180 \\(\\+60%\\)$");
    }

    private static String cell(Number n) {
        return org.persistlab.shell.format.Numbers.cell(n);
    }

    @Test
    void sweepRunsEveryValueWithTheSameSeedAsASingleRunWould() {
        ReplHarness.Result r = type(small("sweep outage.duration 2m..6m step 2m", "set outage.duration 4m", "run")
                .toArray(String[]::new));
        assertThat(r.output()).contains("sweep #1: outage.duration over 2m, 4m, 6m")
                .containsPattern("(?m)^  2m +")
                .containsPattern("(?m)^  6m +")
                .contains("truth.failover_ms.p99 by outage.duration:");
        Map<String, Object> sweep = r.shell().session().result(1).orElseThrow().result().tree();
        Map<String, Object> single = r.shell().session().result(2).orElseThrow().result().tree();
        Map<?, ?> fourMinutes = (Map<?, ?>) ((Map<?, ?>) ((List<?>) sweep.get("points")).get(1)).get("metrics");
        // A sweep keeps the simulation's metrics; a single run adds the analyzer's "wire" view beside them.
        TreePaths.numbers(single).forEach((path, v) -> {
            if (v != null && !path.equals("seed") && !path.startsWith("wire.")) {
                assertThat(((Number) fourMinutes.get(path)).doubleValue()).as(path).isEqualTo(v.doubleValue());
            }
        });
    }

    @Test
    void untilAndStepAdvanceOneRunAndShowThePhonesStates() {
        ReplHarness.Result r = type(small("until 7m", "step 30s", "until 20m").toArray(String[]::new));
        assertThat(r.output()).contains("started a run of built-in (seed 1)")
                .contains("t = 7m00s of 20m00s")
                .contains("t = 7m30s of 20m00s")
                .contains("the run reached its end; recorded as #1");
        String at7 = r.output().substring(r.output().indexOf("t = 7m00s"), r.output().indexOf("lab> step"));
        int total = at7.lines().filter(l -> l.contains("│")).mapToInt(l -> Integer.parseInt(
                l.substring(l.lastIndexOf(' ') + 1))).sum();
        assertThat(total).isEqualTo(10);
        assertThat(r.shell().session().stepping()).isEmpty();
    }

    @Test
    void historyIsKeptInTheFileAcrossShells() throws Exception {
        Path history = dir.resolve("history");
        ReplHarness.run(dir, history, "seed 7\n");
        ReplHarness.run(dir, history, "show seed\n");
        List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).endsWith(":seed 7");
        assertThat(lines.get(1)).endsWith(":show seed");
    }

    @Test
    void quitLeavesAndNothingAfterItRuns() {
        ReplHarness.Result r = type("quit", "set phones 5");
        assertThat(r.output()).doesNotContain("phones = 5");
        assertThat(r.shell().session().scenario().explicitValues()).isEmpty();
        assertThat(r.status()).isZero();
    }
}
