package org.persistlab.shell.settings;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.persistlab.shell.cli.LabException;

/** Writes whole files so that a reader never sees half of one: to a temporary file, then moved over. */
final class OutputFiles {
    private OutputFiles() {
    }

    static void write(Path target, byte[] bytes) throws LabException {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new LabException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    static void createDirectory(Path dir) throws LabException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LabException("cannot create the directory " + dir + ": " + e.getMessage(), e);
        }
    }
}
