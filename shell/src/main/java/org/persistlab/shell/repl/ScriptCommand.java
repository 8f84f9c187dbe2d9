package org.persistlab.shell.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandRegistry;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.Dispatcher;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.shell.session.Session;

/** {@code script FILE} inside the shell: runs a file's lines in this session, stopping at the first error. */
public final class ScriptCommand implements Command {
    /** A script that runs itself would never end. */
    private static final int MAX_DEPTH = 8;
    private final CommandRegistry registry;
    private final Session session;
    private final String version;
    private final CommandSpec spec = CommandSpec.builder("script", "run the commands of a file in this session")
            .description("Each line is one command, as typed at the prompt; '#' starts a comment. The script"
                    + " stops at the first failing line and names it.")
            .positional(PositionalSpec.required("FILE", "a file of shell commands", Completion.FILE))
            .example("script whatif.lab")
            .build();

    public ScriptCommand(CommandRegistry registry, Session session, String version) {
        this.registry = registry;
        this.session = session;
        this.version = version;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException {
        String name = inv.positionals().get(0);
        if (!session.enterScript(MAX_DEPTH)) {
            throw new LabException(name + ": scripts nest more than " + MAX_DEPTH + " deep (does a script run"
                    + " itself?)");
        }
        try (BufferedReader in = Files.newBufferedReader(inv.context().resolve(name), StandardCharsets.UTF_8)) {
            return new ScriptRunner(new Dispatcher(registry, version, session.failures()), session)
                    .run(name, in, inv.context());
        } catch (NoSuchFileException e) {
            throw new LabException(name + ": no such file");
        } catch (IOException e) {
            throw new LabException(name + ": cannot read it: " + e.getMessage());
        } finally {
            session.leaveScript();
        }
    }
}
