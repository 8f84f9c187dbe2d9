package org.persistlab.analyzer.decode;

import java.nio.file.Path;

/** Told how far reading a file has come, for a progress bar; called about every mebibyte and at the end. */
@FunctionalInterface
public interface ProgressListener {
    void progress(Path file, long bytesRead, long fileSize);

    static ProgressListener none() {
        return (file, read, size) -> { };
    }
}
