package org.persistlab.shell.bench;

/**
 * Stands in for the benchmarks jar's main class in {@link BenchCommandTest}: prints its arguments and
 * working directory, a line on standard error, and exits with 3 when asked to fail.
 */
public final class FakeBenchMain {
    private FakeBenchMain() {
    }

    public static void main(String[] args) {
        System.out.println("args: " + String.join(" ", args));
        System.out.println("cwd: " + System.getProperty("user.dir"));
        System.err.println("progress on stderr");
        System.exit(java.util.Arrays.asList(args).contains("fail") ? 3 : 0);
    }
}
