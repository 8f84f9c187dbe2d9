package org.persistlab.shell.settings;

import org.persistlab.shell.cli.UsageException;
import org.persistlab.sip.Transport;
import org.persistlab.sip.settings.ControllerEntry;
import org.persistlab.sip.settings.ControllerList;

/** Reads {@code --gateway HOST[:PORT][;transport=tcp|tls]}: one controller entry that IP Office can be. */
final class GatewayOption {
    static final String NAME = "--gateway";
    static final String LABEL = "HOST[:PORT][;transport=tcp|tls]";

    private GatewayOption() {
    }

    /**
     * @return the entry with its port and transport written out (defaults: tls, then 5061 for tls and
     *         5060 for tcp), so a patched file says plainly where IP Office is
     */
    static ControllerEntry parse(String text) throws UsageException {
        ControllerList l = ControllerList.parse(text);
        if (!l.isValid()) {
            throw new UsageException(NAME + " " + l.problems().get(0).message().replaceFirst("^entry 1 ", ""));
        }
        if (l.entries().size() != 1) {
            throw new UsageException(NAME + " takes one entry " + LABEL + ", not '" + text + "'");
        }
        ControllerEntry gw = l.entries().get(0);
        if (gw.transport() == Transport.UDP) {
            throw new UsageException(NAME + " " + text + ": the persistent-gateway guide allows only tcp or tls"
                    + " between phone and IP Office");
        }
        return gw.explicit();
    }
}
