package org.persistlab.shell.settings;

import java.util.ArrayList;
import java.util.List;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.OptionSpec;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.sip.settings.Finding;
import org.persistlab.sip.settings.Parameters;
import org.persistlab.sip.settings.PhoneSettings;

/**
 * {@code lab settings users FILE|DIR... [--format table|csv|json] [--show-passwords]}: the IP Office
 * extensions and users to create, and the licenses they will consume.
 */
final class UsersCommand implements Command {
    /** Extensions (and users) one IP500 V2 holds, all kinds together [IPO-CAP-EXT]. */
    static final int IP500_V2_MAX_EXTENSIONS = 384;
    private static final String FORMAT = "--format";
    private static final String SHOW_PASSWORDS = "--show-passwords";

    private final CommandSpec spec = CommandSpec.builder("users", "list the IP Office extensions and users to create")
            .description("Maps each file as the guide does: FORCE_SIP_USERNAME is the base extension,"
                    + " FORCE_SIP_PASSWORD its password, FORCE_SIP_EXTENSION the user name and full name. Each"
                    + " persistent phone consumes one IP Office endpoint license or user subscription; an IP500 V2"
                    + " holds at most " + IP500_V2_MAX_EXTENSIONS + " extensions.")
            .positional(PositionalSpec.many("FILE|DIR", "settings files, or directories of *.txt files", false,
                    Completion.FILE))
            .option(OptionSpec.choice(FORMAT, "output format", "table", "table", "csv", "json"))
            .option(OptionSpec.flag(SHOW_PASSWORDS, "show the passwords instead of " + IpOfficeUser.MASK))
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
        List<Finding> problems = new ArrayList<>(PersistChecks.duplicates(files));
        List<IpOfficeUser> users = new ArrayList<>();
        for (LoadedSettings f : files) {
            List<Finding> missing = PersistChecks.credentials(f.settings());
            problems.addAll(missing);
            boolean duplicate = problems.stream().anyMatch(p -> p.file().equals(f.display()) && p.isError());
            if (missing.isEmpty() && !duplicate) {
                users.add(user(f));
            }
        }
        FindingOrder.sort(files, problems).forEach(p -> inv.err().println(p + "; no user listed for this file"));
        boolean show = inv.flag(SHOW_PASSWORDS);
        switch (inv.option(FORMAT).orElse("table")) {
            case "csv":
                UserTables.csv(inv.out(), users, show);
                inv.err().println(UserTables.licenseLine(users.size()));
                break;
            case "json":
                UserTables.json(inv.out(), users, show, IP500_V2_MAX_EXTENSIONS);
                break;
            default:
                UserTables.table(inv.out(), users, show);
                inv.out().println(UserTables.licenseLine(users.size()));
                break;
        }
        if (users.size() > IP500_V2_MAX_EXTENSIONS) {
            inv.err().println("warning: " + users.size() + " extensions exceed the IP500 V2 limit of "
                    + IP500_V2_MAX_EXTENSIONS + " (a limit that also counts every other extension on the system)");
        }
        return problems.stream().anyMatch(Finding::isError) || !inputs.problems().isEmpty()
                ? ExitStatus.FAILURE : ExitStatus.OK;
    }

    private static IpOfficeUser user(LoadedSettings f) {
        PhoneSettings s = f.settings();
        String name = s.value(Parameters.FORCE_SIP_EXTENSION).orElseThrow();
        return new IpOfficeUser(s.value(Parameters.FORCE_SIP_USERNAME).orElseThrow(),
                s.value(Parameters.FORCE_SIP_PASSWORD).orElseThrow(), name, name, f.display());
    }
}
