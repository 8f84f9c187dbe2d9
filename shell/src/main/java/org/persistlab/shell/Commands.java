package org.persistlab.shell;

import org.persistlab.shell.cli.CommandRegistry;

/** Every command of the lab, in the order help lists them. Add a command here when its engine lands. */
public final class Commands {
    private Commands() {
    }

    public static CommandRegistry all() {
        CommandRegistry r = new CommandRegistry();
        r.add(new HelpCommand(r));
        r.add(new org.persistlab.shell.settings.SettingsCommand());
        r.add(new org.persistlab.shell.bench.BenchCommand());
        return r;
    }
}
