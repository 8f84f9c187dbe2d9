package org.persistlab.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * JMH lets one run at a time hold {@code <tmpdir>/jmh.lock} and refuses to start beside another. On a
 * machine several people share, a run should rather wait its turn than fail, and never measure beside
 * another one: this waits until the lock is free.
 */
final class JmhLock {
    private static final long POLL_MILLIS = 2_000;

    private JmhLock() {
    }

    /**
     * Returns when no other JMH run holds the lock, or when {@code maxWaitMillis} have passed (JMH then
     * reports the other run itself).
     */
    static void awaitFree(long maxWaitMillis, PrintStream log) throws InterruptedException {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        long deadline = System.currentTimeMillis() + maxWaitMillis;
        boolean told = false;
        while (!isFree(file) && System.currentTimeMillis() < deadline) {
            if (!told) {
                log.println("bench: another JMH run holds " + file + "; waiting for it to finish");
                log.flush();
                told = true;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static boolean isFree(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (IOException e) {
            // Unreadable lock file: let JMH itself decide and explain.
            return true;
        }
    }
}
