package org.persistlab.bench.results;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine a suite ran on, for the README beside its figures: cores, memory, CPU model, JDK, OS.
 * The numbers only make sense next to these.
 */
public record Machine(int cores, long memoryBytes, String cpu, String jdk, String os) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), totalMemory(), cpuModel(), jdkName(), osName());
    }

    /** E.g. {@code 23.4 GiB}. */
    public String memory() {
        return memoryBytes <= 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.1f GiB", memoryBytes / (double) (1L << 30));
    }

    private static long totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    private static String cpuModel() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name", ':')
                .orElse(System.getProperty("os.arch"));
    }

    private static String jdkName() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version",
                System.getProperty("java.version"));
    }

    private static String osName() {
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", '=')
                .map(d -> d.replace("\"", "") + ", " + kernel).orElse(kernel);
    }

    /** The value of the first {@code key SEP value} line of a system file, if the file is there. */
    private static Optional<String> firstValue(Path file, String key, char separator) {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                int sep = line.indexOf(separator);
                if (sep > 0 && line.substring(0, sep).trim().equals(key)) {
                    return Optional.of(line.substring(sep + 1).trim());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
