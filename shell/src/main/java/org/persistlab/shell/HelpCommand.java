package org.persistlab.shell;

import java.util.List;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandRegistry;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.HelpRenderer;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.PositionalSpec;

/** {@code help [COMMAND [SUBCOMMAND]]}: the overview, or one command's help. */
final class HelpCommand implements Command {
    private final CommandRegistry registry;
    private final CommandSpec spec = CommandSpec.builder("help", "show the commands, or one command's help")
            .positional(PositionalSpec.many("COMMAND", "a command (and subcommand) to explain", true, Completion.NONE))
            .build();

    HelpCommand(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) {
        List<String> names = inv.positionals();
        if (names.isEmpty()) {
            HelpRenderer.overview(inv.out(), Version.get(), registry.all());
            return ExitStatus.OK;
        }
        Command c = registry.find(names.get(0)).orElse(null);
        String prefix = "lab";
        for (int i = 1; c != null && i < names.size(); i++) {
            prefix = prefix + " " + c.spec().name();
            c = c.spec().subcommand(names.get(i)).orElse(null);
        }
        if (c == null) {
            inv.err().println("help: unknown command: " + String.join(" ", names));
            return ExitStatus.USAGE;
        }
        HelpRenderer.command(inv.out(), prefix, c.spec());
        return ExitStatus.OK;
    }
}
