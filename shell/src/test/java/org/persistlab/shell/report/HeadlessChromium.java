package org.persistlab.shell.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium} in headless mode, without network, sync, updates or a profile of its
 * own, with the page's console written to stderr so script errors show. {@code ./test} installs it.
 */
final class HeadlessChromium {
    /** What one run of the browser left. */
    record Run(int exitCode, String stdout, String stderr) {
        /** Console lines: console.log/error calls, uncaught exceptions, failed loads. */
        List<String> consoleMessages() {
            return stderr.lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")
                    || l.contains("Failed to load resource")).toList();
        }
    }

    private HeadlessChromium() {
    }

    static String binary() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new AssertionError("headless Chromium is needed for this test: Debian's 'chromium' package"
                + " (./test installs it)");
    }

    static Run run(Path profile, Path page, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile,
                // A request leaving the page would go to a proxy that does not exist: a page that needs the
                // network renders without it here. (Chromium does not log such failures, so the tests also
                // check the source for external references.)
                "--proxy-server=127.0.0.1:9", "--enable-logging=stderr", "--v=0", "--hide-scrollbars"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
