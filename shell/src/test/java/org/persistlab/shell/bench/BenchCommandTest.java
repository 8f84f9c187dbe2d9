package org.persistlab.shell.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.cli.CancelToken;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.CommandRegistry;
import org.persistlab.shell.cli.Dispatcher;

/**
 * {@code lab bench} against a stand-in benchmarks jar (built here from {@link FakeBenchMain}): it starts
 * the jar from LAB_HOME with the same arguments, passes on both output streams and the exit status.
 */
class BenchCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path userDir;

    record Result(int status, String out, String err) {
    }

    /** Stands in for the SIPp search: records how it was asked to run. */
    private final List<String> rateRuns = new java.util.ArrayList<>();
    private final RegistrationRate rate = (quick, workDir, out) -> {
        rateRuns.add((quick ? "quick " : "full ") + workDir);
        out.println("registration rate: 1234/s");
        return 0;
    };

    @BeforeEach
    void fakeBenchmarksJar() throws Exception {
        Path jar = home.resolve(BenchCommand.JAR);
        Files.createDirectories(jar.getParent());
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeBenchMain.class.getName());
        String entry = FakeBenchMain.class.getName().replace('.', '/') + ".class";
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(os, mf);
             InputStream cls = FakeBenchMain.class.getClassLoader().getResourceAsStream(entry)) {
            j.putNextEntry(new JarEntry(entry));
            cls.transferTo(j);
            j.closeEntry();
        }
    }

    private Result lab(Map<String, String> env, String... args) {
        CommandRegistry r = new CommandRegistry();
        r.add(new BenchCommand(env::get, Path.of(System.getProperty("java.home"), "bin", "java"), rate));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandContext ctx = new CommandContext(new PrintWriter(out), new PrintWriter(err), false, 100,
                new CancelToken(), userDir);
        int status = new Dispatcher(r, "test").execute(List.of(args), ctx);
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void runsTheJarFromLabHomeWithTheSameArgumentsAndStreamsBothOutputs() {
        Result r = lab(Map.of("LAB_HOME", home.toString()), "bench", "parser", "calendar", "--quick", "--prof", "stack");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("args: parser calendar --quick --prof stack")
                .contains("cwd: " + home.toAbsolutePath());
        assertThat(r.err()).contains("progress on stderr");
    }

    @Test
    void exitsWithTheJarsStatus() {
        Result r = lab(Map.of("LAB_HOME", home.toString()), "bench", "fail");
        assertThat(r.status()).isEqualTo(3);
    }

    @Test
    void aRelativeResultsFolderIsTheUsersNotTheLabs() {
        Result r = lab(Map.of("LAB_HOME", home.toString()), "bench", "--list", "--results", "out/r");
        assertThat(r.out()).contains("args: --list --results " + userDir.resolve("out/r"));
    }

    @Test
    void aMissingJarIsExplainedNotThrown() throws Exception {
        Files.delete(home.resolve(BenchCommand.JAR));
        Result r = lab(Map.of("LAB_HOME", home.toString()), "bench", "--quick");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("the benchmarks jar is missing: " + home.resolve(BenchCommand.JAR))
                .contains("./lab bench").doesNotContain("Exception");
    }

    @Test
    void withoutLabHomeOutsideTheLabItSaysHowToStart() {
        Result r = lab(Map.of(), "bench");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("LAB_HOME is not set").contains("./lab");
    }

    @Test
    void registrationRateRunsInTheShellAfterTheJarsSuites() {
        Result r = lab(Map.of("LAB_HOME", home.toString()), "bench", "parser", "registration-rate", "--quick");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("args: parser --quick");
        assertThat(r.out().indexOf("args:")).isLessThan(r.out().indexOf("registration rate: 1234/s"));
        assertThat(rateRuns).containsExactly("quick " + home.resolve("benchmarks/target/registration-rate"));
    }

    @Test
    void registrationRateAloneNeedsNoJar() throws Exception {
        Files.delete(home.resolve(BenchCommand.JAR));
        Result r = lab(Map.of("LAB_HOME", home.toString()), "bench", "registration-rate");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(rateRuns).containsExactly("full " + home.resolve("benchmarks/target/registration-rate"));
    }

    @Test
    void aFailingJarSuiteStopsBeforeTheSearch() {
        Result r = lab(Map.of("LAB_HOME", home.toString()), "bench", "fail", "registration-rate");
        assertThat(r.status()).isEqualTo(3);
        assertThat(rateRuns).isEmpty();
    }

    @Test
    void anUndeclaredOptionIsAUsageErrorBeforeAnythingStarts() {
        Result r = lab(Map.of("LAB_HOME", home.toString()), "bench", "--fast");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).doesNotContain("args:");
    }
}
