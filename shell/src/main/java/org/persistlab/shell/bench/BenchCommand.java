package org.persistlab.shell.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.OptionSpec;
import org.persistlab.shell.cli.PositionalSpec;

/**
 * {@code lab bench [SUITE...] [--quick|--medium|--full] [--list] [--prof NAME] [--results DIR]}: runs the
 * JMH suites. They live in their own jar ({@code benchmarks/target/benchmarks.jar}, which {@code ./lab}
 * builds on demand) so the lab itself never ships JMH; this command starts that jar as a child process
 * with the same arguments, streams what it prints, and exits with its status. The
 * {@code registration-rate} suite (SIPp against the gateway on real sockets) runs here instead,
 * after the JMH suites.
 */
public final class BenchCommand implements Command {
    static final String JAR = "benchmarks/target/benchmarks.jar";
    private static final String RESULTS = "--results";
    private static final String PROF = "--prof";
    private static final List<String> FLAGS = List.of("--quick", "--medium", "--full", "--list");

    private final CommandSpec spec = CommandSpec.builder("bench", "run the JMH benchmark suites beside their peers")
            .description("Runs the named suites (all JMH suites when none is named) in " + JAR + " and prints one"
                    + " line 'RATIO suite=... ours=... peer=... value=ours/peer' per peer at the end; higher is better"
                    + " for us. Results go to benchmarks/results/ as JMH JSON, and benchmarks/README.md is"
                    + " regenerated from them. An unknown suite name fails with the list of known suites."
                    + " 'registration-rate' is RFC 7502's registration-rate search with SIPp against the gateway on"
                    + " loopback (UDP and TCP, minutes; needs sipp); it runs only when named.")
            .positional(PositionalSpec.many("SUITE", "suites to run; --list shows them", true, Completion.NONE))
            .option(OptionSpec.flag("--quick", "a smoke run: 1 fork, short warm-up and measurement"))
            .option(OptionSpec.flag("--medium", "1 fork, 3 x 1 s warm-up, 5 x 1 s measurement"))
            .option(OptionSpec.flag("--full", "2 forks, 5 x 2 s warm-up, 5 x 2 s measurement (the default)"))
            .option(OptionSpec.flag("--list", "list the suites and their RATIO pairs"))
            .option(OptionSpec.value(PROF, "NAME", "add a JMH profiler (stack, perfasm, ...); gc is always on"))
            .option(OptionSpec.file(RESULTS, "DIR", "where the JSON goes (default: benchmarks/results)"))
            .build();

    private final Function<String, String> environment;
    private final Path java;
    private final RegistrationRate registrationRate;

    public BenchCommand() {
        this(System::getenv, Path.of(System.getProperty("java.home"), "bin", "java"), RegistrationRate.sipp());
    }

    BenchCommand(Function<String, String> environment, Path java, RegistrationRate registrationRate) {
        this.environment = environment;
        this.java = java;
        this.registrationRate = registrationRate;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException, InterruptedException {
        Path home = labHome(inv);
        List<String> jmhSuites = inv.positionals().stream().filter(s -> !s.equals(RegistrationRate.SUITE)).toList();
        boolean rate = jmhSuites.size() < inv.positionals().size();
        int status = 0;
        if (!rate || !jmhSuites.isEmpty() || inv.flag("--list")) {
            status = runJar(inv, home, jmhSuites);
        }
        if (rate && status == 0 && !inv.flag("--list")) {
            status = registrationRate.run(inv.flag("--quick"), home.resolve("benchmarks/target/registration-rate"),
                    inv.out());
        }
        return status;
    }

    private int runJar(Invocation inv, Path home, List<String> suites) throws LabException, InterruptedException {
        Path jar = home.resolve(JAR);
        if (!Files.isRegularFile(jar)) {
            throw new LabException("the benchmarks jar is missing: " + jar + "; './lab bench' builds it, or run"
                    + " 'mvn -B -pl benchmarks -am package -DskipTests' in " + home);
        }
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        command.addAll(jarArguments(inv, suites));
        try {
            return ChildProcess.run(command, home, inv.out(), inv.err(), inv.context().cancel());
        } catch (IOException e) {
            throw new LabException("cannot start " + java + ": " + e.getMessage(), e);
        }
    }

    /** The same arguments, in the jar's syntax; a relative results folder is the user's, not the lab's. */
    private List<String> jarArguments(Invocation inv, List<String> suites) {
        List<String> args = new ArrayList<>(suites);
        for (String flag : FLAGS) {
            if (inv.flag(flag)) {
                args.add(flag);
            }
        }
        for (String p : inv.options(PROF)) {
            args.add(PROF);
            args.add(p);
        }
        inv.option(RESULTS).ifPresent(dir -> {
            args.add(RESULTS);
            args.add(inv.context().resolve(dir).toString());
        });
        return args;
    }

    /** {@code LAB_HOME}, which {@code ./lab} exports; else the working directory when it is the lab's folder. */
    private Path labHome(Invocation inv) throws LabException {
        String env = environment.apply("LAB_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        Path wd = inv.context().workingDir();
        if (Files.isRegularFile(wd.resolve("benchmarks/pom.xml"))) {
            return wd;
        }
        throw new LabException("LAB_HOME is not set and " + wd + " is not the lab's folder; start the lab with"
                + " ./lab, which sets it");
    }
}
