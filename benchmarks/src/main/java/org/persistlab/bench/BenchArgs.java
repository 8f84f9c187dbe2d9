package org.persistlab.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The benchmarks jar's command line: {@code [SUITE...] [--quick|--medium|--full] [--list] [--prof NAME]...
 * [--results DIR]}.
 */
public record BenchArgs(List<String> suites, RunMode mode, boolean list, boolean help, List<String> profilers,
                        Optional<Path> resultsDir) {

    public static final String USAGE = "java -jar benchmarks.jar [SUITE...] [--quick|--medium|--full] [--list]"
            + " [--prof NAME]... [--results DIR]";

    /** The arguments make no sense; the message says why. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    public BenchArgs {
        suites = List.copyOf(suites);
        profilers = List.copyOf(profilers);
    }

    public static BenchArgs parse(List<String> args) throws UsageException {
        List<String> suites = new ArrayList<>();
        List<String> profilers = new ArrayList<>();
        RunMode mode = null;
        boolean list = false;
        boolean help = false;
        Path results = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--quick", "--medium", "--full" -> {
                    RunMode m = a.equals("--quick") ? RunMode.QUICK : a.equals("--medium") ? RunMode.MEDIUM : RunMode.FULL;
                    if (mode != null && mode != m) {
                        throw new UsageException("choose one of --quick, --medium and --full");
                    }
                    mode = m;
                }
                case "--list" -> list = true;
                case "--help", "-h" -> help = true;
                case "--prof", "--results" -> {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(a + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    if (a.equals("--prof")) {
                        profilers.add(value);
                    } else {
                        results = Path.of(value);
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a);
                    }
                    if (!suites.contains(a)) {
                        suites.add(a);
                    }
                }
            }
        }
        return new BenchArgs(suites, mode == null ? RunMode.FULL : mode, list, help, profilers,
                Optional.ofNullable(results));
    }
}
