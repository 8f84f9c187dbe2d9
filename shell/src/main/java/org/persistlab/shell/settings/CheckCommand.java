package org.persistlab.shell.settings;

import java.util.ArrayList;
import java.util.List;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.sip.settings.Finding;

/**
 * {@code lab settings check FILE|DIR...}: every finding as {@code file:line: error|warning: message};
 * exit status 1 when any is an error or a file cannot be read.
 */
final class CheckCommand implements Command {
    private final CommandSpec spec = CommandSpec.builder("check", "validate persist-settings files for the gateway")
            .description("Checks the 46xxsettings syntax, every documented parameter's range, the three"
                    + " FORCE_SIP values (present; user name and extension in digits; password not empty),"
                    + " SIP_CONTROLLER_LIST (the IP Office gateway right after the ACO entry, over tcp or tls),"
                    + " and extensions or user names used by two files. Exit status 1 when any finding is an error.")
            .positional(PositionalSpec.many("FILE|DIR", "settings files, or directories of *.txt files", false,
                    Completion.FILE))
            .build();

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) {
        SettingsInputs inputs = SettingsInputs.read(inv.context(), inv.positionals());
        inputs.problems().forEach(p -> inv.err().println("error: " + p));
        List<LoadedSettings> files = inputs.loaded();
        List<Finding> findings = new ArrayList<>();
        for (LoadedSettings f : files) {
            findings.addAll(f.settings().findings());
            findings.addAll(PersistChecks.credentials(f.settings()));
            findings.addAll(PersistChecks.gateway(f.settings()));
        }
        findings.addAll(PersistChecks.duplicates(files));
        List<Finding> sorted = FindingOrder.sort(files, findings);
        sorted.forEach(inv.out()::println);
        long errors = sorted.stream().filter(Finding::isError).count();
        long warnings = sorted.size() - errors;
        inv.out().println("checked " + files.size() + (files.size() == 1 ? " file: " : " files: ")
                + (sorted.isEmpty() ? "no findings" : plural(errors, "error") + ", " + plural(warnings, "warning")));
        return errors > 0 || !inputs.problems().isEmpty() ? ExitStatus.FAILURE : ExitStatus.OK;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
