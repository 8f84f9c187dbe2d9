package org.persistlab.shell.session;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.persistlab.shell.Version;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.OptionSpec;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.shell.cli.UsageException;
import org.persistlab.shell.format.TreeJson;
import org.persistlab.shell.report.CsvSeriesWriter;
import org.persistlab.shell.report.HtmlReportWriter;

/** {@code export json|csv|html|pcap FILE [--run N]}: writes the last result (or result N) to a file. */
public final class ExportCommand implements Command {
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("export", "write the last result as JSON, CSV, HTML or pcap")
            .description("json: the report tree ('--format json'). csv: one row per second, SIPp style, each"
                    + " counter periodic (P) and cumulative (C). html: one self-contained page with charts and"
                    + " tables (no network, no scripts). pcap: the run's SIP messages as a capture.")
            .positional(PositionalSpec.choice("the format", "json", "csv", "html", "pcap"))
            .positional(PositionalSpec.required("FILE", "where to write (replaced if it exists)", Completion.FILE))
            .option(OptionSpec.value("--run", "N", "export result N of 'runs' instead of the last"))
            .example("export html report.html")
            .example("export csv per-second.csv --run 2")
            .build();

    public ExportCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException, UsageException {
        Session.Entry entry = pick(session, inv);
        String format = inv.positionals().get(0);
        String name = inv.positionals().get(1);
        Path file = inv.context().resolve(name);
        LabResult r = entry.result();
        switch (format) {
            case "json" -> write(file, name, w -> w.write(TreeJson.toJson(r.tree())));
            case "csv" -> write(file, name, w -> CsvSeriesWriter.write(r.perSecond(), new PrintWriter(w)));
            case "html" -> write(file, name, w -> w.write(HtmlReportWriter.render(r.document(),
                    "Persist Lab " + Version.get())));
            default -> r.writePcap(file, inv.context());
        }
        inv.out().println("wrote " + name + " (" + format + " of #" + entry.number() + ", " + r.kind() + ")");
        return ExitStatus.OK;
    }

    /** The result named by {@code --run N}, or the last one. */
    static Session.Entry pick(Session session, Invocation inv) throws LabException, UsageException {
        if (inv.option("--run").isPresent()) {
            int n = inv.intOption("--run", 0);
            return session.result(n).orElseThrow(() -> new LabException("there is no result #" + n + "; 'runs'"
                    + " lists them"));
        }
        return session.last().orElseThrow(() -> new LabException("no result yet; 'run' or 'analyze' makes one"));
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static void write(Path file, String name, Body body) throws LabException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.write(w);
        } catch (IOException e) {
            throw new LabException("cannot write " + name + ": " + e.getMessage());
        }
    }
}
