package org.persistlab.shell.session;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.report.ReportDocument;
import org.persistlab.shell.report.SeriesTable;

/**
 * What a run or an analysis leaves behind in the shell: everything {@code show last}, {@code export}
 * and {@code compare} need, each in the form its renderer takes.
 */
public interface LabResult {
    /** {@code run} or {@code analysis}. */
    String kind();

    /** One line saying what was done: the scenario and seed, or the files. */
    String label();

    /** What went in, as name/value pairs in a fixed order (compared by {@code compare}). */
    Map<String, String> inputs();

    /** The result as an ordered tree, as {@code --format json} prints it. */
    Map<String, Object> tree();

    /** The result as aligned tables and small charts. */
    void writeText(PrintWriter out, int width);

    /** The result in the form the HTML report takes. */
    ReportDocument document();

    /** The per-second series, for {@code export csv}. */
    SeriesTable perSecond();

    /** Writes the result's SIP messages as a capture. */
    default void writePcap(Path file, CommandContext ctx) throws LabException {
        throw new LabException("a " + kind() + " has no messages to write as a capture; 'export pcap' needs a run");
    }
}
