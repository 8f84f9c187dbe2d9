package org.persistlab.shell.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.OptionSpec;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.shell.cli.UsageException;
import org.persistlab.sip.Transport;
import org.persistlab.sip.settings.ControllerEntry;

/**
 * {@code lab settings patch FILE|DIR... --gateway HOST[:PORT][;transport=tcp|tls] (--out DIR | --in-place)}:
 * puts the IP Office gateway right after the ACO entry. Originals are overwritten only with
 * {@code --in-place}; without either option nothing is written.
 */
final class PatchCommand implements Command {
    private static final String OUT = "--out";
    private static final String IN_PLACE = "--in-place";

    private final CommandSpec spec = CommandSpec.builder("patch", "put the IP Office gateway after the ACO entry")
            .description("Replaces the second SIP_CONTROLLER_LIST entry with the gateway, or appends it after the"
                    + " ACO entry; every other line and comment stays byte for byte, and patching twice changes"
                    + " nothing. Port and transport default to tls and 5061 (5060 for tcp). With tls the phones"
                    + " must first trust IP Office's root CA (WebRootCA.pem).")
            .positional(PositionalSpec.many("FILE|DIR", "settings files, or directories of *.txt files", false,
                    Completion.FILE))
            .option(OptionSpec.value(GatewayOption.NAME, GatewayOption.LABEL, "the IP Office persistent gateway"))
            .option(OptionSpec.file(OUT, "DIR", "write the patched copies here, under their own names"))
            .option(OptionSpec.flag(IN_PLACE, "overwrite the original files instead"))
            .build();

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws UsageException, LabException {
        ControllerEntry gateway = GatewayOption.parse(inv.option(GatewayOption.NAME)
                .orElseThrow(() -> new UsageException(GatewayOption.NAME + " " + GatewayOption.LABEL + " is required")));
        Optional<String> out = inv.option(OUT);
        boolean inPlace = inv.flag(IN_PLACE);
        if (out.isPresent() && inPlace) {
            throw new UsageException("give either " + OUT + " DIR or " + IN_PLACE + ", not both");
        }
        if (out.isEmpty() && !inPlace) {
            throw new UsageException("refusing to write: give " + OUT + " DIR for patched copies, or " + IN_PLACE
                    + " to overwrite the original files");
        }
        Path outDir = out.map(inv.context()::resolve).orElse(null);
        if (gateway.transport() == Transport.TLS) {
            inv.err().println("warning: the gateway uses tls: import IP Office's root CA certificate (WebRootCA.pem)"
                    + " into every phone before it imports the patched file, or the phone cannot register to"
                    + " IP Office");
        }
        SettingsInputs inputs = SettingsInputs.read(inv.context(), inv.positionals());
        inputs.problems().forEach(p -> inv.err().println("error: " + p));
        boolean failed = !inputs.problems().isEmpty();
        Map<Path, String> targets = new HashMap<>();
        for (LoadedSettings f : inputs.loaded()) {
            GatewayPatch.Result r = GatewayPatch.apply(f.settings(), gateway);
            if (r.refusal() != null) {
                inv.err().println(r.refusal());
                failed = true;
                continue;
            }
            Path target = inPlace ? f.path() : outDir.resolve(f.path().getFileName());
            String clash = targets.putIfAbsent(target.toAbsolutePath().normalize(), f.display());
            if (!inPlace && (clash != null || isSameFile(target, f.path()))) {
                inv.err().println("error: " + f.display() + ": not written: " + target + (clash != null
                        ? " is already the output of " + clash : " is the original; use " + IN_PLACE + " for that"));
                failed = true;
                continue;
            }
            if (!(inPlace && !r.changed())) {
                OutputFiles.write(target, r.file().toBytes());
            }
            inv.out().println((r.changed() ? "patched   " : "unchanged ") + f.display() + ":" + r.line()
                    + out.map(o -> " -> " + Path.of(o).resolve(f.path().getFileName())).orElse(""));
        }
        return failed ? ExitStatus.FAILURE : ExitStatus.OK;
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
