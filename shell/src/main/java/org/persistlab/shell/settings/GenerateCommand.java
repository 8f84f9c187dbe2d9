package org.persistlab.shell.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.OptionSpec;
import org.persistlab.shell.cli.UsageException;
import org.persistlab.sip.settings.ControllerEntry;
import org.persistlab.sip.settings.GeneratedPhone;
import org.persistlab.sip.settings.PersistSettingsGenerator;

/**
 * {@code lab settings generate --phones N [--gateway ...] [--out DIR] [--seed N] [--start-extension N]}:
 * N realistic persist-settings files plus a SIPp injection file, the same bytes for the same seed.
 */
final class GenerateCommand implements Command {
    static final int MAX_PHONES = 10_000;
    static final String USERS_CSV = "users.csv";
    private static final String PHONES = "--phones";
    private static final String OUT = "--out";
    private static final String SEED = "--seed";
    private static final String START = "--start-extension";

    private final CommandSpec spec = CommandSpec.builder("generate", "make N realistic persist-settings files")
            .description("Writes ACO_J1xx_Persistsettings_<ext>.txt per phone (ACO entry first, then the gateway"
                    + " when --gateway is given) and " + USERS_CSV + ", a SIPp injection file (sipp -inf): a first"
                    + " line SEQUENTIAL, then user;password;extension per phone, read in a scenario as [field0],"
                    + " [field1], [field2]. Existing files with other contents are never overwritten.")
            .option(OptionSpec.value(PHONES, "N", "how many phones (1-" + MAX_PHONES + ")"))
            .option(OptionSpec.value(GatewayOption.NAME, GatewayOption.LABEL, "the IP Office gateway to list after ACO"))
            .option(OptionSpec.file(OUT, "DIR", "where to write").withDefault("persist-settings"))
            .option(OptionSpec.value(SEED, "N", "random seed for passwords and phone models").withDefault("1"))
            .option(OptionSpec.value(START, "N", "the first extension (IP Office numbers from 201)")
                    .withDefault(Integer.toString(PersistSettingsGenerator.DEFAULT_START_EXTENSION)))
            .build();

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws UsageException, LabException {
        if (inv.option(PHONES).isEmpty()) {
            throw new UsageException(PHONES + " N is required");
        }
        int phones = inv.intOption(PHONES, 0);
        if (phones < 1 || phones > MAX_PHONES) {
            throw new UsageException(PHONES + " must be 1-" + MAX_PHONES + ", not " + phones);
        }
        int start = inv.intOption(START, PersistSettingsGenerator.DEFAULT_START_EXTENSION);
        if (start < 1 || (long) start + phones - 1 > 999_999_999L) {
            throw new UsageException(START + " must be at least 1, and the last extension at most 9 digits");
        }
        long seed = inv.longOption(SEED, 1);
        ControllerEntry gateway = inv.option(GatewayOption.NAME).isPresent()
                ? GatewayOption.parse(inv.option(GatewayOption.NAME).get()) : null;
        String outArg = inv.option(OUT).orElseThrow();
        Path dir = inv.context().resolve(outArg);

        List<GeneratedPhone> generated = PersistSettingsGenerator.generate(phones, seed, start, gateway);
        Map<String, byte[]> files = new LinkedHashMap<>();
        generated.forEach(p -> files.put(p.fileName(), p.bytes()));
        files.put(USERS_CSV, PersistSettingsGenerator.sippUsersCsv(generated).getBytes(StandardCharsets.UTF_8));

        List<String> clashes = clashes(dir, files);
        if (!clashes.isEmpty()) {
            clashes.forEach(c -> inv.err().println("error: " + Path.of(outArg).resolve(c)
                    + " exists with other contents; not overwritten"));
            inv.err().println("nothing written: remove those files or choose another " + OUT);
            return ExitStatus.FAILURE;
        }
        OutputFiles.createDirectory(dir);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            OutputFiles.write(dir.resolve(e.getKey()), e.getValue());
        }
        inv.out().println("wrote " + phones + " settings file" + (phones == 1 ? "" : "s") + " ("
                + generated.get(0).fileName() + (phones > 1 ? " .. " + generated.get(phones - 1).fileName() : "")
                + ") and " + USERS_CSV + " to " + outArg + (gateway == null
                ? "; no gateway entry yet (lab settings patch --gateway ... adds it)" : ""));
        return ExitStatus.OK;
    }

    private static List<String> clashes(Path dir, Map<String, byte[]> files) throws LabException {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            try {
                if (Files.exists(p) && !Arrays.equals(Files.readAllBytes(p), e.getValue())) {
                    out.add(e.getKey());
                }
            } catch (IOException ex) {
                throw new LabException("cannot read " + p + ": " + ex.getMessage(), ex);
            }
        }
        return out;
    }
}
