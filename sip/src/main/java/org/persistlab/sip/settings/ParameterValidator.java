package org.persistlab.sip.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every SET line of a known parameter against its documented range and collects the value
 * that applies for each. A bad value is an ERROR naming the line; the parameter then falls back to
 * its default, because the last SET decides and the last one was unusable.
 */
final class ParameterValidator {
    private final String source;
    private final List<Finding> findings;
    private final Map<String, String> applied = new HashMap<>();
    private ControllerList controllers = ControllerList.parse("");

    private ParameterValidator(String source, List<Finding> findings) {
        this.source = source;
        this.findings = findings;
    }

    /** Validates {@code file}, adding findings to {@code findings}. */
    static ParameterValidator run(SettingsFile file, List<Finding> findings) {
        ParameterValidator v = new ParameterValidator(file.source(), findings);
        for (SettingsLine line : file.setLines()) {
            Optional<ParameterDef> def = Parameters.find(line.name());
            def.ifPresent(d -> v.check(d, line));
        }
        return v;
    }

    /** The usable value per upper-case parameter name. */
    Map<String, String> applied() {
        return applied;
    }

    /** The list the deciding SIP_CONTROLLER_LIST line gives (its readable entries). */
    ControllerList controllers() {
        return controllers;
    }

    private void check(ParameterDef def, SettingsLine line) {
        String key = def.name().toUpperCase(Locale.ROOT);
        String value = line.value();
        applied.remove(key);
        if (def.kind() == ParameterKind.CONTROLLER_LIST) {
            checkControllers(def, line);
            return;
        }
        if (value.isEmpty() && def.kind() != ParameterKind.TEXT) {
            findings.add(Finding.warning(source, line.number(), def.name() + " has an empty value; "
                    + fallback(def)));
            return;
        }
        String problem = def.problem(value);
        if (problem != null) {
            findings.add(Finding.error(source, line.number(), problem + "; " + fallback(def)));
            return;
        }
        applied.put(key, value);
    }

    private void checkControllers(ParameterDef def, SettingsLine line) {
        ControllerList list = ControllerList.parse(line.value());
        for (ControllerList.Problem p : list.problems()) {
            findings.add(Finding.error(source, line.number(), def.name() + " " + p.message() + " (column "
                    + (line.valueColumn() + p.column() - 1) + ")"));
        }
        // The readable entries still count, so a simulation can go on with what the file makes clear.
        controllers = list;
        applied.put(def.name(), line.value());
    }

    private static String fallback(ParameterDef def) {
        return def.defaultText()
                .map(d -> "the default " + (d.isEmpty() ? "(empty)" : d + (def.unit().isEmpty() ? "" : " " + def.unit()))
                        + " applies")
                .orElse("the line is ignored (no documented default)");
    }
}
