package org.persistlab.shell.session;

import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.sim.scenario.ParamDef;

/** {@code set NAME VALUE}: changes one parameter of the session's scenario, checked against its type. */
public final class SetCommand implements Command {
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("set", "change a scenario parameter (checked, with units)")
            .description("NAME is one of 'show params'. VALUE is checked against the parameter's type: durations"
                    + " need a unit (250ms, 90s, 10m, 1h), rates a period (2/h, 5/s), choices one of their"
                    + " words. 'show NAME' gives the unit, the default and where the default comes from.")
            .positional(PositionalSpec.required("NAME", "a scenario parameter", Completion.PARAMETER))
            .positional(PositionalSpec.many("VALUE", "its new value", false, Completion.PARAMETER_VALUE))
            .example("set outage.duration 20m")
            .example("set phones 300")
            .example("set failback.policy admin")
            .build();

    public SetCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException {
        ParamDef p = Parameters.find(inv.positionals().get(0));
        String value = String.join(" ", inv.positionals().subList(1, inv.positionals().size()));
        String problem = p.problem(value);
        if (problem != null) {
            throw new LabException(p.name() + ": " + problem);
        }
        session.scenario(session.scenario().with(p, value));
        String now = session.scenario().value(p);
        inv.out().println(p.name() + " = " + now + (now.equals(p.defaultValue()) ? " (the default)"
                : " (default " + p.defaultValue() + ")"));
        return ExitStatus.OK;
    }
}
