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

/** {@code help [COMMAND [SUBCOMMAND]]}: the overview, or one command's help, for the program or the shell. */
final class HelpCommand implements Command {
    private final CommandRegistry registry;
    private final boolean inShell;
    private final CommandSpec spec = CommandSpec.builder("help", "show the commands, or one command's help")
            .positional(PositionalSpec.many("COMMAND", "a command (and subcommand) to explain", true, Completion.COMMAND))
            .build();

    /**
     * @param inShell true for the shell's help (commands named without {@code lab})
     */
    HelpCommand(CommandRegistry registry, boolean inShell) {
        this.registry = registry;
        this.inShell = inShell;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) {
        List<String> names = inv.positionals();
        if (names.isEmpty()) {
            if (inShell) {
                HelpRenderer.shellOverview(inv.out(), registry.all());
            } else {
                HelpRenderer.overview(inv.out(), Version.get(), registry.all());
            }
            return ExitStatus.OK;
        }
        Command c = registry.find(names.get(0)).orElse(null);
        String prefix = inShell ? "" : "lab";
        for (int i = 1; c != null && i < names.size(); i++) {
            prefix = prefix.isEmpty() ? c.spec().name() : prefix + " " + c.spec().name();
            c = c.spec().subcommand(names.get(i)).orElse(null);
        }
        if (c == null) {
            inv.err().println("help: unknown command: " + String.join(" ", names));
            return ExitStatus.USAGE;
        }
        HelpRenderer.command(inv.out(), prefix, c.spec(), inv.context().width());
        return ExitStatus.OK;
    }
}
