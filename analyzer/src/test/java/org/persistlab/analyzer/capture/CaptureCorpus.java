package org.persistlab.analyzer.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The public captures the tests read. Files whose licence sits well beside Apache-2.0 (MIT, BSD,
 * Unlicense) are copied into the repository's {@code captures/public/}; the GPL, AGPL and LGPL ones
 * stay in the shared corpus ({@code ../shared/captures/public/} next to the repository, or the
 * directory named by the system property {@code persistlab.shared.captures}) and are read from
 * there when it exists, as SOURCES.md asks.
 */
public final class CaptureCorpus {
    private CaptureCorpus() {
    }

    /** The repository's {@code captures/public}, found from the module directory tests run in. */
    public static Path repoDir() {
        Path module = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path dir = module.resolve("../captures/public").normalize();
        if (!Files.isDirectory(dir)) {
            dir = module.resolve("captures/public").normalize();
        }
        return dir;
    }

    /** The shared corpus, or {@code null} when this checkout has none next to it. */
    public static Path sharedDir() {
        String property = System.getProperty("persistlab.shared.captures");
        Path dir = property != null ? Path.of(property)
                : repoDir().resolve("../../../shared/captures/public").normalize();
        return Files.isDirectory(dir) ? dir : null;
    }

    /** A capture copied into the repository. */
    public static Path repo(String name) {
        Path p = repoDir().resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p + " is missing: the repository's captures/public should hold it");
        }
        return p;
    }

    /** Every capture available: the repository's, plus the shared corpus's files not copied. Sorted by name. */
    public static List<Path> all() {
        Map<String, Path> byName = new TreeMap<>();
        Path shared = sharedDir();
        if (shared != null) {
            list(shared).forEach(p -> byName.put(p.getFileName().toString(), p));
        }
        list(repoDir()).forEach(p -> byName.put(p.getFileName().toString(), p));
        return new ArrayList<>(byName.values());
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".pcap") || n.endsWith(".pcapng");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
