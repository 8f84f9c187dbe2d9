package org.persistlab.sim.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.persistlab.sip.settings.Finding;
import org.persistlab.sip.settings.PhoneSettings;

/**
 * The persist-settings files a site's phones are configured from: the built-in sample, one file used
 * as a template for every phone, or a directory with one file per phone (as {@code lab settings
 * generate} writes them).
 */
final class SettingsSource {
    private static final String BUILT_IN = "ACO_J1xx_Persistsettings.txt";

    private final List<PhoneSettings> files;
    /** True when each phone has its own file, so its FORCE_SIP_* credentials come from it. */
    final boolean perPhone;

    private SettingsSource(List<PhoneSettings> files, boolean perPhone) {
        this.files = files;
        this.perPhone = perPhone;
    }

    static SettingsSource load(String spec, Path baseDir) throws ScenarioException {
        if (spec == null || spec.equals("built-in")) {
            try (InputStream in = SettingsSource.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new ScenarioException("the built-in settings file " + BUILT_IN + " is missing from the jar");
                }
                return new SettingsSource(List.of(checked(PhoneSettings.parse("built-in " + BUILT_IN,
                        in.readAllBytes()))), false);
            } catch (IOException e) {
                throw new ScenarioException("cannot read the built-in settings: " + e.getMessage());
            }
        }
        Path p = baseDir.resolve(spec).normalize();
        try {
            if (Files.isDirectory(p)) {
                List<Path> txt;
                try (Stream<Path> s = Files.list(p)) {
                    txt = s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
                }
                if (txt.isEmpty()) {
                    throw new ScenarioException("settings directory " + p + " holds no .txt persist-settings files");
                }
                List<PhoneSettings> out = new ArrayList<>();
                for (Path f : txt) {
                    out.add(checked(PhoneSettings.parse(f.toString(), Files.readAllBytes(f))));
                }
                return new SettingsSource(out, true);
            }
            if (!Files.exists(p)) {
                throw new ScenarioException("settings: " + p + " does not exist");
            }
            return new SettingsSource(List.of(checked(PhoneSettings.parse(p.toString(), Files.readAllBytes(p)))),
                    false);
        } catch (IOException e) {
            throw new ScenarioException("cannot read settings " + p + ": " + e.getMessage());
        }
    }

    /** Errors in a settings file stop the run: a phone configured from a bad line would mislead. */
    private static PhoneSettings checked(PhoneSettings s) throws ScenarioException {
        List<Finding> errors = s.findings().stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder("the settings file has errors:");
            errors.forEach(f -> sb.append("\n  ").append(f));
            throw new ScenarioException(sb.toString());
        }
        return s;
    }

    /** The settings of phone {@code index} of a site with {@code phones} phones. */
    PhoneSettings forPhone(int index, int phones, String site) throws ScenarioException {
        if (!perPhone) {
            return files.get(0);
        }
        if (files.size() < phones) {
            throw new ScenarioException("site " + site + " has " + phones + " phones but its settings directory holds "
                    + files.size() + " files (one per phone)");
        }
        return files.get(index);
    }
}
