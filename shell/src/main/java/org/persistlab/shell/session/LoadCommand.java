package org.persistlab.shell.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.sim.scenario.Scenario;
import org.persistlab.sim.scenario.ScenarioParser;

/**
 * {@code load FILE}: replaces the session's scenario with a scenario file (the syntax {@code lab run}
 * reads). A file with a wrong line changes nothing; every wrong line is reported with its number.
 */
public final class LoadCommand implements Command {
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("load", "read a scenario file (replaces the scenario)")
            .description("The file holds 'NAME VALUE' lines and 'site NAME phones=N [licenses=N] [settings=PATH]'"
                    + " lines, '#' comments and blank lines, as 'save' writes and 'lab run' reads. If any line is"
                    + " wrong, every wrong line is reported and the scenario stays as it was.")
            .positional(PositionalSpec.required("FILE", "a scenario file", Completion.FILE))
            .example("load whatif.scenario")
            .build();

    public LoadCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException {
        String name = inv.positionals().get(0);
        Path file = inv.context().resolve(name);
        Scenario s = read(file, name, inv);
        session.scenario(s);
        session.scenarioDir(file.getParent());
        inv.out().println("loaded " + name + ": " + s.explicitValues().size() + " parameters set, "
                + s.explicitSites().size() + " sites; " + s.totalPhones() + " phones");
        return ExitStatus.OK;
    }

    /** Reads and parses a scenario file; every wrong line is printed to the error stream. */
    static Scenario read(Path file, String name, Invocation inv) throws LabException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LabException(name + ": no such file");
        } catch (IOException e) {
            throw new LabException(name + ": cannot read it: " + e.getMessage());
        }
        ScenarioParser.Result r = ScenarioParser.parse(name, text);
        if (!r.ok()) {
            r.errors().forEach(inv.err()::println);
            throw new LabException(name + ": " + r.errors().size() + (r.errors().size() == 1 ? " wrong line" :
                    " wrong lines") + "; the scenario is unchanged");
        }
        return r.scenario();
    }
}
