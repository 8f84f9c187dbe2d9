package org.persistlab.shell.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.persistlab.shell.cli.CancelToken;
import org.persistlab.shell.cli.ExitStatus;

/**
 * Runs a child process to its end, copying its standard output and error line by line to the given
 * writers as they come (a benchmark run takes minutes; the user watches it), and stops it, with the
 * processes it started, when the token is cancelled.
 */
final class ChildProcess {
    private static final long POLL_MILLIS = 200;
    private static final long GRACE_SECONDS = 5;

    private ChildProcess() {
    }

    /** @return the child's exit status, or {@link ExitStatus#INTERRUPTED} when it was cancelled */
    static int run(List<String> command, Path directory, PrintWriter out, PrintWriter err, CancelToken cancel)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(directory.toFile()).start();
        p.getOutputStream().close();
        Thread outPump = pump(p.getInputStream(), out, "bench-stdout");
        Thread errPump = pump(p.getErrorStream(), err, "bench-stderr");
        try {
            while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancel.isCancelled()) {
                    stop(p);
                    outPump.join();
                    errPump.join();
                    return ExitStatus.INTERRUPTED;
                }
            }
            outPump.join();
            errPump.join();
            return p.exitValue();
        } catch (InterruptedException e) {
            stop(p);
            throw e;
        }
    }

    /** The child and every process it started (JMH forks), politely first. */
    private static void stop(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private static Thread pump(InputStream in, PrintWriter to, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    to.println(line);
                    to.flush();
                }
            } catch (IOException e) {
                // The pipe broke because the child went away; its exit status tells the rest.
                to.flush();
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
