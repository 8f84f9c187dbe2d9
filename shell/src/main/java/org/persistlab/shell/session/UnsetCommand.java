package org.persistlab.shell.session;

import java.util.List;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.sim.scenario.ParamDef;
import org.persistlab.sim.scenario.Params;
import org.persistlab.sim.scenario.Scenario;

/** {@code unset NAME...|all}: parameters back to their defaults. */
public final class UnsetCommand implements Command {
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("unset", "put parameters back to their defaults")
            .positional(PositionalSpec.many("NAME", "a parameter, or 'all'", false, Completion.PARAMETER)
                    .withWords("all"))
            .example("unset outage.duration")
            .example("unset all")
            .build();

    public UnsetCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException {
        List<String> names = inv.positionals();
        Scenario s = session.scenario();
        if (names.equals(List.of("all"))) {
            for (ParamDef p : Params.all()) {
                s = s.without(p);
            }
            session.scenario(s);
            inv.out().println("every parameter is back to its default");
            return ExitStatus.OK;
        }
        for (String name : names) {
            ParamDef p = Parameters.find(name);
            s = s.without(p);
            inv.out().println(p.name() + " = " + p.defaultValue() + " (the default)");
        }
        session.scenario(s);
        return ExitStatus.OK;
    }
}
