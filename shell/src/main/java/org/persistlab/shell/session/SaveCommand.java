package org.persistlab.shell.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.sim.scenario.Scenario;

/** {@code save FILE}: writes the session's scenario as a scenario file that {@code load} and {@code lab run} read. */
public final class SaveCommand implements Command {
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("save", "write the scenario to a file")
            .description("Writes the parameters set in this session (the others keep their defaults) and any"
                    + " sites, in the syntax 'load' and 'lab run' read. An existing file is replaced.")
            .positional(PositionalSpec.required("FILE", "where to write", Completion.FILE))
            .example("save whatif.scenario")
            .build();

    public SaveCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException {
        String name = inv.positionals().get(0);
        Scenario s = session.scenario();
        try {
            Files.writeString(inv.context().resolve(name), s.toText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabException("cannot write " + name + ": " + e.getMessage());
        }
        inv.out().println("saved " + s.explicitValues().size() + " parameters and " + s.explicitSites().size()
                + " sites to " + name);
        return ExitStatus.OK;
    }
}
