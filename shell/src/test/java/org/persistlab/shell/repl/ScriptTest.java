package org.persistlab.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.TestLab;
import org.persistlab.shell.cli.ExitStatus;

/** Scripts: {@code lab script FILE}, {@code lab < FILE}, and {@code script FILE} inside the shell. */
class ScriptTest {
    @TempDir
    Path dir;

    private void write(String name, List<String> lines) throws Exception {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void aScriptRunsEndToEndAndItsRunMatchesLabRunOnTheSameScenario() throws Exception {
        List<String> lines = new ArrayList<>(List.of("# a what-if, as CI would run it", ""));
        lines.addAll(TestLab.SMALL);
        lines.addAll(List.of("seed 5   # any seed", "run", "export json run.json", "save whatif.scenario", "quit",
                "set phones 1"));
        write("whatif.lab", lines);
        TestLab.Result r = TestLab.cli(dir, "script", "whatif.lab");
        assertThat(r.status()).isEqualTo(ExitStatus.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("run #1: built-in · seed 5").doesNotContain("\u001b").doesNotContain("phones = 1 ");
        // The same scenario through 'lab run' gives the very same report, byte for byte.
        TestLab.Result direct = TestLab.cli(dir, "run", "whatif.scenario", "--format", "json");
        assertThat(direct.status()).isZero();
        assertThat(Files.readString(dir.resolve("run.json"))).isEqualTo(direct.out());
        assertThat(direct.out()).contains("\"seed\": 5,");
    }

    @Test
    void anErrorStopsTheScriptNamingTheLineWithANonZeroStatus() throws Exception {
        write("bad.lab", List.of("set phones 20", "", "set outage.duration soon", "save never.scenario"));
        TestLab.Result r = TestLab.cli(dir, "script", "bad.lab");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(r.err()).contains("bad.lab:3: 'set outage.duration soon' failed (exit status 1); the script"
                + " stops here");
        assertThat(r.out()).contains("phones = 20");
        assertThat(dir.resolve("never.scenario")).doesNotExist();
    }

    @Test
    void unknownCommandsAndUnclosedQuotesAreErrorsOnTheirLines() throws Exception {
        write("typo.lab", List.of("seed 2", "rnu"));
        TestLab.Result typo = TestLab.cli(dir, "script", "typo.lab");
        assertThat(typo.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(typo.err()).contains("unknown command 'rnu' (did you mean 'run'?)").contains("typo.lab:2:");
        write("quote.lab", List.of("set settings \"my dir"));
        TestLab.Result quote = TestLab.cli(dir, "script", "quote.lab");
        assertThat(quote.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(quote.err()).contains("quote.lab:1: a quote is not closed");
    }

    @Test
    void aMissingScriptIsOneMessage() {
        TestLab.Result r = TestLab.cli(dir, "script", "nowhere.lab");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(r.err()).isEqualTo("lab script: nowhere.lab: no such file\n");
    }

    @Test
    void scriptInsideTheShellSharesTheSessionAndCannotRunItselfForever() throws Exception {
        write("inner.lab", List.of("set phones 7"));
        write("loop.lab", List.of("script loop.lab"));
        TestLab.Result r = TestLab.script(dir, List.of("script inner.lab", "show phones"));
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("phones = 7\n");
        TestLab.Result loop = TestLab.script(dir, List.of("script loop.lab"));
        assertThat(loop.status()).isNotZero();
        assertThat(loop.err()).contains("loop.lab: scripts nest more than 8 deep");
    }

    /** {@code lab < FILE}: the real program with stdin redirected, so no console: plain text, exit status. */
    @Test
    void withoutATerminalTheProgramReadsStdinAsAScript() throws Exception {
        write("ok.lab", List.of("set phones 12", "show phones"));
        write("fail.lab", List.of("show phones", "set phones many", "show phones"));
        Process ok = java(dir.resolve("ok.lab"));
        Process fail = java(dir.resolve("fail.lab"));
        assertThat(ok.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(fail.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String okOut = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ok.exitValue()).isZero();
        assertThat(okOut).startsWith("phones = 12 (default 200)\nphones = 12\n").doesNotContain("\u001b")
                .doesNotContain("lab>");
        String failErr = new String(fail.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(fail.exitValue()).isEqualTo(ExitStatus.FAILURE);
        assertThat(failErr).contains("<stdin>:2: 'set phones many' failed");
        assertThat(new String(fail.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .containsOnlyOnce("phones = 200");
    }

    private Process java(Path stdin) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.persistlab.shell.Main").directory(dir.toFile()).redirectInput(stdin.toFile());
        pb.environment().put("LAB_HISTORY", dir.resolve("history").toString());
        return pb.start();
    }

}
