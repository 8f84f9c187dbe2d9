package org.persistlab.shell.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.persistlab.analyzer.capture.WireEventPcapWriter;
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
import org.persistlab.shell.format.TextTable;
import org.persistlab.shell.format.TreeJson;
import org.persistlab.shell.report.HtmlReportWriter;
import org.persistlab.sim.kernel.RunOutcome;
import org.persistlab.sim.run.Simulation;
import org.persistlab.sim.scenario.ParamDef;
import org.persistlab.sim.scenario.Params;
import org.persistlab.sim.scenario.Scenario;
import org.persistlab.sim.scenario.ScenarioParser;

/**
 * {@code lab run [SCENARIO] [--seed N] [--replications K] [--format table|json] [--pcap FILE] [--html FILE]
 * [--explain]}: one what-if from the command line. Without a scenario file, the built-in default.
 */
public final class LabRunCommand implements Command {
    private final CommandSpec spec = CommandSpec.builder("run", "simulate a scenario (the built-in one by default)")
            .description("Simulates the phones of every site losing ACO and failing over to their IP Office, then"
                    + " reports the service-state timeline, failover latency (fault to Limited Service), time"
                    + " without service and without 911, licenses, the registration storms at IP Office and ACO,"
                    + " and calls per phase. SCENARIO is a file of 'NAME VALUE' and 'site' lines (README,"
                    + " 'Scenarios'); without it the built-in default runs. --explain lists every parameter in"
                    + " effect with the source of its value (ASSUMPTION where no source gives one) and stops.")
            .positional(PositionalSpec.optional("SCENARIO", "a scenario file", Completion.FILE))
            .option(OptionSpec.value("--seed", "N", "the master seed (the scenario's 'seed' otherwise)"))
            .option(OptionSpec.value("--replications", "K", "run seeds N..N+K-1 and give means with 95% CIs"))
            .option(OptionSpec.choice("--format", "how the report is printed", "table", "table", "json"))
            .option(OptionSpec.file("--pcap", "FILE", "also write every SIP message the sites' LANs saw as a capture"))
            .option(OptionSpec.file("--html", "FILE", "also write the report as one self-contained HTML page"))
            .option(OptionSpec.flag("--explain", "list the parameters in effect and their sources, and stop"))
            .example("lab run")
            .example("lab run whatif.scenario --seed 7 --format json")
            .example("lab run --replications 20 --html report.html")
            .build();

    /** Phone parameters that, when the scenario leaves them alone, come from the persist-settings files. */
    private static final java.util.Set<ParamDef> FROM_SETTINGS = java.util.Set.of(Params.REGISTER_WAIT,
            Params.RECOVERY_REGISTER_WAIT, Params.WAIT_FOR_REGISTRATION, Params.CONTROLLER_SEARCH_INTERVAL,
            Params.FAST_RESPONSE_TIMEOUT, Params.FAILBACK_POLICY, Params.OPTIONS_INTERVAL, Params.OPTIONS_TIMEOUT,
            Params.OPTIONS_FAILURES, Params.TCP_KEEPALIVE, Params.TCP_KEEPALIVE_TIME, Params.TCP_KEEPALIVE_INTERVAL,
            Params.TCP_KEEPALIVE_PROBES, Params.TRANSPORT_ACO, Params.TRANSPORT_IPO);

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException, UsageException, InterruptedException {
        CommandContext ctx = inv.context();
        Scenario scenario = Scenario.defaults();
        Path base = ctx.workingDir();
        if (!inv.positionals().isEmpty()) {
            String name = inv.positionals().get(0);
            Path file = ctx.resolve(name);
            scenario = read(file, name, inv);
            base = file.getParent();
        }
        long seed = inv.longOption("--seed", scenario.integer(Params.SEED));
        if (seed < 0) {
            throw new UsageException("--seed must be >= 0, not " + seed);
        }
        if (inv.flag("--explain")) {
            explain(scenario, seed, inv);
            return ExitStatus.OK;
        }
        int replications = inv.intOption("--replications", 1);
        if (replications < 1 || replications > RunCommand.MAX_REPLICATIONS) {
            throw new UsageException("--replications must be 1.." + RunCommand.MAX_REPLICATIONS);
        }
        RunResult result;
        Path pcap = inv.option("--pcap").map(ctx::resolve).orElse(null);
        if (replications > 1) {
            Replications.Outcome o = Replications.run(scenario, seed, replications, base, ctx);
            result = new RunResult(scenario, seed, base, o.firstTree(), o.summary());
            if (pcap != null) {
                result.writePcap(pcap, ctx);
            }
        } else {
            result = new RunResult(scenario, seed, base, runOnce(scenario, seed, base, pcap, ctx), null);
        }
        if (inv.option("--format").orElse("table").equals("json")) {
            inv.out().print(TreeJson.toJson(result.tree()));
        } else {
            inv.out().println("run: " + result.label());
            result.writeText(inv.out(), ctx.width());
        }
        if (inv.option("--html").isPresent()) {
            String name = inv.option("--html").get();
            write(ctx.resolve(name), HtmlReportWriter.render(result.document(), "Persist Lab " + Version.get()));
            inv.err().println("wrote " + name);
        }
        if (pcap != null) {
            inv.err().println("wrote " + inv.option("--pcap").get());
        }
        return ExitStatus.OK;
    }

    private static java.util.Map<String, Object> runOnce(Scenario scenario, long seed, Path base, Path pcap,
                                                         CommandContext ctx) throws LabException {
        WiredRun run = WiredRun.create(scenario, seed, base);
        Simulation sim = run.simulation();
        WireEventPcapWriter writer = null;
        try {
            if (pcap != null) {
                WireEventPcapWriter w = WireEventPcapWriter.create(pcap);
                writer = w;
                sim.addTap((event, from, to) -> {
                    try {
                        w.write(event);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            if (SimulationRunner.advance(sim, sim.end(), ctx) == RunOutcome.PAUSED) {
                throw new LabException("stopped by Ctrl-C at " + org.persistlab.shell.format.Numbers.clock(sim.now()));
            }
            return run.tree();
        } catch (IOException | UncheckedIOException e) {
            throw new LabException("cannot write " + pcap + ": " + e.getMessage());
        } finally {
            if (writer != null) {
                try {
                    writer.close();
                } catch (IOException e) {
                    ctx.err().println("error closing " + pcap + ": " + e.getMessage());
                }
            }
        }
    }

    static Scenario read(Path file, String name, Invocation inv) throws LabException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabException(name + ": " + (Files.exists(file) ? "cannot read it: " + e.getMessage()
                    : "no such file"));
        }
        ScenarioParser.Result r = ScenarioParser.parse(name, text);
        if (!r.ok()) {
            r.errors().forEach(inv.err()::println);
            throw new LabException(name + ": " + r.errors().size() + (r.errors().size() == 1 ? " wrong line"
                    : " wrong lines"));
        }
        return r.scenario();
    }

    private static void explain(Scenario scenario, long seed, Invocation inv) {
        inv.out().println("scenario: " + scenario.source() + " · seed " + seed + " · " + scenario.totalPhones()
                + " phones at " + scenario.effectiveSites().size() + " sites");
        TextTable t = new TextTable("parameter", "value", "from", "source of the default");
        long assumptions = 0;
        for (ParamDef p : Params.all()) {
            String from = scenario.isSet(p) ? "scenario" : FROM_SETTINGS.contains(p) ? "settings file" : "default";
            t.row(p.name(), scenario.value(p), from, p.source());
            assumptions += p.isAssumption() ? 1 : 0;
        }
        t.write(inv.out(), "", Integer.MAX_VALUE);
        inv.out().println(assumptions + " defaults are ASSUMPTIONs: no public source gives them. A phone parameter"
                + " the scenario does not set comes from each phone's persist-settings file, or the J100 default"
                + " when the file does not set it.");
    }

    private static void write(Path file, String text) throws LabException {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
