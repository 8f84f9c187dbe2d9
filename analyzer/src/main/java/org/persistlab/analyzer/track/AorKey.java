package org.persistlab.analyzer.track;

import java.util.Objects;
import org.persistlab.sip.Endpoint;

/**
 * Whose registration an attempt is: the address-of-record (To URI {@code user@host}) and the address
 * (port 0) of the host that sends the REGISTER, so that two devices sharing an AoR keep apart. The
 * hash is computed once (and is the one a record of the two would have).
 */
public final class AorKey {
    private final String aor;
    private final Endpoint host;
    private final int hash;

    public AorKey(String aor, Endpoint host) {
        this.aor = aor;
        this.host = host;
        this.hash = 31 * Objects.hashCode(aor) + Objects.hashCode(host);
    }

    public String aor() {
        return aor;
    }

    public Endpoint host() {
        return host;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof AorKey k && k.hash == hash && Objects.equals(k.aor, aor)
                && Objects.equals(k.host, host);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "AorKey[aor=" + aor + ", host=" + host + "]";
    }
}
