package org.persistlab.shell.settings;

import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.HelpRenderer;
import org.persistlab.shell.cli.Invocation;

/**
 * {@code lab settings check|patch|users|generate}: the persistent-gateway provisioning steps of the
 * Avaya guide (read the FORCE_SIP values, create IP Office users, append the gateway after the ACO
 * entry), done on many phones' {@code ACO_J1xx_Persistsettings.txt} files at once.
 */
public final class SettingsCommand implements Command {
    private final CommandSpec spec = CommandSpec.builder("settings",
                    "check, patch, list users of and generate phones' persist-settings files")
            .description("Works on the ACO_J1xx_Persistsettings.txt files J100 phones export (46xxsettings"
                    + " syntax). FILE|DIR arguments: a DIR means every *.txt file in it, by name.")
            .subcommand(new CheckCommand())
            .subcommand(new PatchCommand())
            .subcommand(new UsersCommand())
            .subcommand(new GenerateCommand())
            .build();

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) {
        inv.err().println("lab settings: which subcommand? check, patch, users or generate");
        HelpRenderer.command(inv.err(), "lab", spec);
        return ExitStatus.USAGE;
    }
}
