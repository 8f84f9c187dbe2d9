package org.persistlab.analyzer.track;

import org.persistlab.sip.Endpoint;

/**
 * Whose registration an attempt is: the address-of-record (To URI {@code user@host}) and the address
 * (port 0) of the host that sends the REGISTER, so that two devices sharing an AoR keep apart.
 */
public record AorKey(String aor, Endpoint host) {
}
