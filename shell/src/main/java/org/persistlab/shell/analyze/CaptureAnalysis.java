package org.persistlab.shell.analyze;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.persistlab.analyzer.capture.Problem;
import org.persistlab.analyzer.decode.CaptureDecoder;
import org.persistlab.analyzer.decode.FileSummary;
import org.persistlab.analyzer.report.AnalysisOptions;
import org.persistlab.analyzer.report.AnalysisReport;
import org.persistlab.analyzer.report.WireAnalysis;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.format.Numbers;
import org.persistlab.shell.format.ProgressBar;

/**
 * Reads capture files as one capture (a ring buffer's files in order) through the capture decoder
 * into a {@link WireAnalysis}. Damage in a file is printed with its file and byte offset (the first
 * {@link #SHOWN_PROBLEMS}, then a count) and never stops the reading. Large files show a progress
 * bar; Ctrl-C stops between two mebibytes.
 */
final class CaptureAnalysis {
    static final int SHOWN_PROBLEMS = 20;

    /** What was read: one summary per file (in the order given) and the analysis. */
    record Outcome(List<String> names, List<FileSummary> files, AnalysisReport report) {
    }

    private CaptureAnalysis() {
    }

    /**
     * @throws CancellationException when Ctrl-C stopped the reading
     */
    static Outcome run(List<String> names, AnalysisOptions options, CommandContext ctx) {
        List<Path> paths = new ArrayList<>();
        long total = 0;
        for (String n : names) {
            Path p = ctx.resolve(n);
            paths.add(p);
            try {
                total += Files.size(p);
            } catch (IOException e) {
                // unreadable: the decoder reports it with the file name
            }
        }
        WireAnalysis analysis = new WireAnalysis(options);
        PrintWriter err = ctx.err();
        AtomicLong problems = new AtomicLong();
        long[] before = new long[1];
        Path[] current = new Path[1];
        long grand = Math.max(1, total);
        List<FileSummary> files;
        try (ProgressBar bar = new ProgressBar(err, ctx.interactive(), ctx.width(), System::nanoTime)) {
            // TLS packets too: on an encrypted leg they are the only signs of life from the primary
            CaptureDecoder decoder = new CaptureDecoder().onEncryptedPacket(analysis::onEncryptedPacket);
            files = decoder.decode(paths, analysis::accept, (Problem p) -> {
                if (problems.incrementAndGet() <= SHOWN_PROBLEMS) {
                    bar.close();
                    err.println(p);
                }
            }, (file, read, size) -> {
                if (ctx.cancel().isCancelled()) {
                    throw new CancellationException("stopped by Ctrl-C");
                }
                if (!file.equals(current[0])) {
                    if (current[0] != null) {
                        before[0] += sizeOf(current[0]);
                    }
                    current[0] = file;
                }
                long done = before[0] + read;
                bar.update(done / (double) grand, megabytes(done) + " / " + megabytes(grand), done, "B/s");
            });
        }
        if (problems.get() > SHOWN_PROBLEMS) {
            err.println("... and " + (problems.get() - SHOWN_PROBLEMS) + " more problems (counted per file below)");
        }
        return new Outcome(List.copyOf(names), files, analysis.finish());
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String megabytes(long bytes) {
        return Numbers.decimal(bytes / 1e6, 1) + " MB";
    }
}
