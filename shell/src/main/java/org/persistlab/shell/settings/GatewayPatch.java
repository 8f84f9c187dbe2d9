package org.persistlab.shell.settings;

import java.util.Optional;
import org.persistlab.sip.settings.ControllerEntry;
import org.persistlab.sip.settings.ControllerList;
import org.persistlab.sip.settings.Finding;
import org.persistlab.sip.settings.Parameters;
import org.persistlab.sip.settings.PhoneSettings;
import org.persistlab.sip.settings.SettingsFile;
import org.persistlab.sip.settings.SettingsLine;

/**
 * The guide's manual step "append the IP Office address and transport after the ACO entry of
 * SIP_CONTROLLER_LIST", done on one file: only the value of the deciding SIP_CONTROLLER_LIST line
 * changes, every other byte stays.
 */
final class GatewayPatch {
    /**
     * @param file    the patched file (the input itself when nothing changed); {@code null} on refusal
     * @param line    the SIP_CONTROLLER_LIST line number, 0 when there is none
     * @param refusal why the file was not patched, or {@code null}
     */
    record Result(SettingsFile file, boolean changed, int line, Finding refusal) {
    }

    private GatewayPatch() {
    }

    static Result apply(PhoneSettings settings, ControllerEntry gateway) {
        SettingsFile file = settings.file();
        String name = Parameters.SIP_CONTROLLER_LIST.name();
        Optional<SettingsLine> line = file.find(name);
        if (line.isEmpty()) {
            return refuse(0, Finding.error(file.source(), 0, "no SET " + name + " line, so there is no ACO entry to"
                    + " put the gateway after; not patched"));
        }
        int n = line.get().number();
        ControllerList list = ControllerList.parse(line.get().value());
        if (!list.isValid()) {
            return refuse(n, Finding.error(file.source(), n, name + " " + list.problems().get(0).message()
                    + "; fix the list first, not patched"));
        }
        if (list.isEmpty()) {
            return refuse(n, Finding.error(file.source(), n, name + " is empty, so there is no ACO entry to put the"
                    + " gateway after; not patched"));
        }
        SettingsFile patched = file.withValue(line.get().name(), list.withGateway(gateway).text());
        return new Result(patched, patched != file, n, null);
    }

    private static Result refuse(int line, Finding why) {
        return new Result(null, false, line, why);
    }
}
