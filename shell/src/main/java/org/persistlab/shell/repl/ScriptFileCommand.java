package org.persistlab.shell.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.function.Supplier;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.PositionalSpec;

/**
 * {@code lab script FILE}: runs a file of shell commands in a fresh shell, without a terminal, as
 * {@code lab < FILE} does; for CI. The exit status is the failing line's, or 0.
 */
public final class ScriptFileCommand implements Command {
    private final Supplier<Shell> shells;
    private final CommandSpec spec = CommandSpec.builder("script", "run a file of shell commands (for CI)")
            .description("Each line is one shell command ('lab' with no arguments, then 'help', lists them);"
                    + " '#' starts a comment. Output is plain text. The first failing line stops the script"
                    + " with a message naming it and a non-zero exit status. 'lab < FILE' does the same.")
            .positional(PositionalSpec.required("FILE", "a file of shell commands", Completion.FILE))
            .example("lab script whatif.lab")
            .build();

    public ScriptFileCommand(Supplier<Shell> shells) {
        this.shells = shells;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException {
        String name = inv.positionals().get(0);
        try (BufferedReader in = Files.newBufferedReader(inv.context().resolve(name), StandardCharsets.UTF_8)) {
            return shells.get().runScript(name, in, inv.context());
        } catch (NoSuchFileException e) {
            throw new LabException(name + ": no such file");
        } catch (IOException e) {
            throw new LabException(name + ": cannot read it: " + e.getMessage());
        }
    }
}
