package org.persistlab.shell.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.persistlab.sip.Transport;
import org.persistlab.sip.settings.ControllerEntry;
import org.persistlab.sip.settings.ControllerList;
import org.persistlab.sip.settings.Finding;
import org.persistlab.sip.settings.Parameters;
import org.persistlab.sip.settings.PhoneSettings;
import org.persistlab.sip.settings.SettingsLine;

/**
 * What the persistent-gateway guide needs from a phone's file, beyond the 46xxsettings syntax: the
 * three FORCE_SIP values, the gateway entry right after the ACO entry over TCP or TLS, and no
 * extension or user name used by two phones.
 */
final class PersistChecks {
    private PersistChecks() {
    }

    /** The FORCE_SIP_* findings for one file: each present, not empty, and numbers where IP Office needs them. */
    static List<Finding> credentials(PhoneSettings s) {
        List<Finding> out = new ArrayList<>();
        need(s, Parameters.FORCE_SIP_USERNAME.name(), "the base extension",
                "it becomes the IP Office base extension, which is a number", out);
        need(s, Parameters.FORCE_SIP_PASSWORD.name(), "the extension's password", null, out);
        need(s, Parameters.FORCE_SIP_EXTENSION.name(), "the user name",
                "it is the phone's extension number", out);
        return out;
    }

    /** @param whyDigits why the value must be all digits, or {@code null} when any text will do */
    private static void need(PhoneSettings s, String name, String role, String whyDigits, List<Finding> out) {
        String file = s.file().source();
        Optional<SettingsLine> line = s.file().find(name);
        if (line.isEmpty()) {
            out.add(Finding.error(file, 0, "no SET " + name + " line; IP Office needs it as " + role));
            return;
        }
        String value = line.get().value();
        int n = line.get().number();
        if (value.isBlank()) {
            out.add(Finding.error(file, n, name + " is empty; IP Office needs it as " + role));
        } else if (whyDigits != null && !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            out.add(Finding.error(file, n, name + " '" + value + "' is not all digits, but " + whyDigits));
        }
    }

    /**
     * The gateway findings: the list is there, has the ACO entry and then a gateway entry over TCP
     * or TLS. Syntax errors are already findings of {@link PhoneSettings}; a list with any is not
     * judged further, because its entries may have shifted.
     */
    static List<Finding> gateway(PhoneSettings s) {
        String file = s.file().source();
        Optional<SettingsLine> line = s.file().find(Parameters.SIP_CONTROLLER_LIST.name());
        if (line.isEmpty()) {
            return List.of(Finding.error(file, 0, "no SET SIP_CONTROLLER_LIST line; it must list the ACO entry,"
                    + " then the IP Office gateway"));
        }
        ControllerList list = s.controllerList();
        int n = line.get().number();
        if (!list.isValid()) {
            return List.of();
        }
        List<ControllerEntry> e = list.entries();
        if (e.isEmpty()) {
            return List.of(Finding.error(file, n, "SIP_CONTROLLER_LIST is empty; it must list the ACO entry, then"
                    + " the IP Office gateway"));
        }
        if (e.size() == 1) {
            return List.of(Finding.error(file, n, "SIP_CONTROLLER_LIST has only the ACO entry " + e.get(0)
                    + "; the IP Office gateway must follow it (lab settings patch --gateway HOST[:PORT][;transport=tcp|tls])"));
        }
        List<Finding> out = new ArrayList<>();
        ControllerEntry aco = e.get(0);
        ControllerEntry gw = e.get(1);
        if (gw.transport() != Transport.TCP && gw.transport() != Transport.TLS) {
            out.add(Finding.error(file, n, "the gateway entry " + gw + " uses " + gw.transport().token().toLowerCase(Locale.ROOT)
                    + "; the persistent-gateway guide allows only tcp or tls between phone and IP Office"));
        }
        if (gw.host().equalsIgnoreCase(aco.host())) {
            out.add(Finding.error(file, n, "the gateway entry " + gw + " has the same host as the ACO entry " + aco));
        }
        if (e.size() > 2) {
            out.add(Finding.warning(file, n, "SIP_CONTROLLER_LIST has " + e.size() + " entries; the persistent-gateway"
                    + " design has two (ACO, then IP Office), so entries after the second are further fallbacks"));
        }
        return out;
    }

    /**
     * Extensions and user names used by more than one file: IP Office can create each only once.
     * The finding is on the later file's line and names the first.
     */
    static List<Finding> duplicates(List<LoadedSettings> files) {
        List<Finding> out = new ArrayList<>();
        for (String name : List.of(Parameters.FORCE_SIP_USERNAME.name(), Parameters.FORCE_SIP_EXTENSION.name())) {
            Map<String, String> firstUse = new HashMap<>();
            for (LoadedSettings f : files) {
                Optional<SettingsLine> line = f.settings().file().find(name);
                if (line.isEmpty() || line.get().value().isBlank()) {
                    continue;
                }
                String where = f.display() + ":" + line.get().number();
                String earlier = firstUse.putIfAbsent(line.get().value(), where);
                if (earlier != null) {
                    out.add(Finding.error(f.display(), line.get().number(), name + " " + line.get().value()
                            + " is also used by " + earlier + "; IP Office can create it only once"));
                }
            }
        }
        return out;
    }
}
