package org.persistlab.shell.analyze;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.CancellationException;
import org.persistlab.analyzer.report.AnalysisOptions;
import org.persistlab.shell.Version;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.OptionSpec;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.shell.cli.UsageException;
import org.persistlab.shell.format.TreeJson;
import org.persistlab.shell.report.HtmlReportWriter;
import org.persistlab.shell.session.Session;
import org.persistlab.sip.Endpoint;

/**
 * {@code analyze FILE... [--format table|json] [--primary HOST[:PORT]] [--gateway HOST[:PORT]] [--html FILE]}:
 * reads captures and reports registrations, calls and each phone's failover. The same command is
 * {@code lab analyze} and the shell's {@code analyze}; in the shell the result becomes the next
 * numbered one, for {@code export} and {@code compare}.
 */
public final class AnalyzeCommand implements Command {
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("analyze", "read captures: registrations, calls, failover")
            .description("Reads pcap and pcapng files (several files are one capture, in the order given) and"
                    + " reports per file the format, packets, SIP messages, undecoded packets and errors; SIP"
                    + " method and status counts; registrations (RRD, IRA, REGISTER/s per registrar, retry"
                    + " amplification); calls (SRD, SER, SEER, ISA, SCR); and each phone's failover from its primary"
                    + " registrar to the gateway with the latency distribution. Damage in a file is reported with"
                    + " the byte offset and reading goes on. --primary and --gateway name the registrars when the"
                    + " capture alone cannot tell (otherwise the order of registrations decides).")
            .positional(PositionalSpec.many("FILE", "a pcap or pcapng file", false, Completion.FILE))
            .option(OptionSpec.choice("--format", "how the report is printed", "table", "table", "json"))
            .option(OptionSpec.value("--primary", "HOST[:PORT]", "the primary registrar (ACO)"))
            .option(OptionSpec.value("--gateway", "HOST[:PORT]", "the gateway registrar (IP Office)"))
            .option(OptionSpec.file("--html", "FILE", "also write the report as one self-contained HTML page"))
            .example("analyze outage.pcapng")
            .example("analyze ring_00001.pcap ring_00002.pcap --primary 198.51.100.10 --format json")
            .build();

    /**
     * @param session where the result is recorded; {@code null} for {@code lab analyze}
     */
    public AnalyzeCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException, UsageException {
        CommandContext ctx = inv.context();
        String primary = inv.option("--primary").orElse(null);
        String gateway = inv.option("--gateway").orElse(null);
        AnalysisOptions options = AnalysisOptions.defaults();
        if (primary != null) {
            options = options.withPrimary(endpoint("--primary", primary));
        }
        if (gateway != null) {
            options = options.withGateway(endpoint("--gateway", gateway));
        }
        CaptureAnalysis.Outcome outcome;
        try {
            outcome = CaptureAnalysis.run(inv.positionals(), options, ctx);
        } catch (CancellationException e) {
            throw new LabException("stopped by Ctrl-C");
        }
        AnalysisResult result = new AnalysisResult(outcome, primary, gateway);
        if (inv.option("--format").orElse("table").equals("json")) {
            inv.out().print(TreeJson.toJson(result.tree()));
        } else {
            if (session != null) {
                inv.out().println("analysis #" + (session.results().size() + 1) + ": " + result.label());
            }
            result.writeText(inv.out(), ctx.width());
        }
        if (inv.option("--html").isPresent()) {
            String name = inv.option("--html").get();
            try {
                Files.writeString(ctx.resolve(name), HtmlReportWriter.render(result.document(),
                        "Persist Lab " + Version.get()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new LabException("cannot write " + name + ": " + e.getMessage());
            }
            inv.err().println("wrote " + name);
        }
        if (session != null) {
            session.add(result);
        }
        boolean unreadable = outcome.files().stream().anyMatch(f -> f.format()
                == org.persistlab.analyzer.capture.CaptureFormat.UNKNOWN);
        return unreadable ? ExitStatus.FAILURE : ExitStatus.OK;
    }

    private static Endpoint endpoint(String option, String text) throws UsageException {
        try {
            return Endpoint.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
