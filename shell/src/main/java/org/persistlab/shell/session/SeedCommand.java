package org.persistlab.shell.session;

import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.sim.scenario.Params;

/** {@code seed [N]}: shows or sets the master seed of the next run (the {@code seed} parameter). */
public final class SeedCommand implements Command {
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("seed", "show or set the seed of the next run")
            .description("The same scenario and seed give the same result, byte for byte. 'run --seed N' uses"
                    + " another seed for one run without changing this one.")
            .positional(PositionalSpec.optional("N", "a whole number >= 0", Completion.NONE))
            .build();

    public SeedCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException {
        if (!inv.positionals().isEmpty()) {
            String value = inv.positionals().get(0);
            String problem = Params.SEED.problem(value);
            if (problem != null) {
                throw new LabException("seed: " + problem);
            }
            session.scenario(session.scenario().with(Params.SEED, value));
        }
        inv.out().println("seed " + session.scenario().value(Params.SEED));
        return ExitStatus.OK;
    }
}
