package org.persistlab.shell.session;

import java.io.PrintWriter;
import java.util.Map;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.shell.format.TextTable;
import org.persistlab.sim.scenario.ParamDef;
import org.persistlab.sim.scenario.Params;
import org.persistlab.sim.scenario.Scenario;

/** {@code show [NAME|params|scenario|last]}: the scenario, one parameter, all of them, or the last result. */
public final class ShowCommand implements Command {
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("show", "show the scenario, a parameter, every parameter,"
                    + " or the last result")
            .description("Without an argument: a summary of the scenario and what differs from the defaults."
                    + " NAME: one parameter with its unit, default and source. 'params': every parameter."
                    + " 'scenario': the scenario as a file holds it (what 'save' writes). 'last': the last result.")
            .positional(PositionalSpec.optional("NAME|params|scenario|last", "what to show", Completion.PARAMETER)
                    .withWords("params", "scenario", "last"))
            .example("show outage.duration")
            .example("show params")
            .build();

    public ShowCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException {
        PrintWriter out = inv.out();
        Scenario s = session.scenario();
        int width = inv.context().width();
        String what = inv.positionals().isEmpty() ? "" : inv.positionals().get(0);
        switch (what) {
            case "" -> summary(s, out);
            case "params" -> params(s, out, width);
            case "scenario" -> out.print(s.toText());
            case "last" -> {
                Session.Entry e = session.last().orElseThrow(
                        () -> new LabException("no result yet; 'run' or 'analyze' makes one"));
                out.println("#" + e.number() + " " + e.result().kind() + ": " + e.result().label());
                e.result().writeText(out, width);
            }
            default -> parameter(Parameters.find(what), s, out);
        }
        return ExitStatus.OK;
    }

    private static void summary(Scenario s, PrintWriter out) {
        int sites = s.effectiveSites().size();
        out.println("scenario: " + s.source() + " · " + sites + (sites == 1 ? " site · " : " sites · ")
                + s.totalPhones() + " phones · seed " + s.value(Params.SEED) + " · run length "
                + s.value(Params.DURATION));
        if (s.value(Params.OUTAGE_START).equals("never")) {
            out.println("ACO outage: none");
        } else {
            out.println("ACO outage: at " + s.value(Params.OUTAGE_START) + " for " + s.value(Params.OUTAGE_DURATION)
                    + " (" + s.value(Params.OUTAGE_MODE) + "), sites: " + s.value(Params.OUTAGE_SITES));
        }
        Map<String, String> changed = s.explicitValues();
        if (changed.isEmpty() && s.explicitSites().isEmpty()) {
            out.println("every parameter at its default");
        } else {
            out.println("changed from the defaults:");
            TextTable t = new TextTable("parameter", "value", "default");
            for (ParamDef p : Params.all()) {
                if (changed.containsKey(p.name())) {
                    t.row(p.name(), changed.get(p.name()), p.defaultValue());
                }
            }
            t.write(out, "  ", 200);
            s.explicitSites().forEach(site -> out.println("  site " + site.name() + ": " + site.phones()
                    + " phones, " + site.effectiveLicenses() + " licenses"));
        }
        out.println("('show params' lists every parameter; 'show NAME' explains one)");
    }

    private static void params(Scenario s, PrintWriter out, int width) {
        TextTable t = new TextTable("parameter", "value", "unit", "source of the default");
        for (ParamDef p : Params.all()) {
            t.row(p.name(), s.isSet(p) ? s.value(p) + " (default " + p.defaultValue() + ")" : s.value(p),
                    ParamText.unit(p), ParamText.shortSource(p));
        }
        // A listing: better a long line than one block per parameter.
        t.write(out, "", Integer.MAX_VALUE);
        out.println("('show NAME' gives the full source and what the parameter means)");
    }

    private static void parameter(ParamDef p, Scenario s, PrintWriter out) {
        String v = s.value(p);
        out.println(p.name() + " = " + v + (s.isSet(p) ? "" : " (the default)"));
        new TextTable("", "").withoutHeader().row("unit", ParamText.unit(p)).row("default", p.defaultValue())
                .row("source", p.source()).row("meaning", p.help())
                .write(out, "  ", 1000);
    }
}
