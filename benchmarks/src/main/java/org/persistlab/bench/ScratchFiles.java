package org.persistlab.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where benchmarks keep large generated inputs between runs: {@code benchmarks/target/}, found from
 * where the code was loaded ({@code target/benchmarks.jar} or {@code target/classes}), so every fork
 * and every later run finds the same files; the system temporary folder when that cannot be told.
 */
public final class ScratchFiles {
    private ScratchFiles() {
    }

    public static Path dir() {
        try {
            Path code = Path.of(ScratchFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = code.getParent();
            if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("target")
                    && Files.isDirectory(parent)) {
                return parent;
            }
        } catch (URISyntaxException | SecurityException e) {
            return Path.of(System.getProperty("java.io.tmpdir"));
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
