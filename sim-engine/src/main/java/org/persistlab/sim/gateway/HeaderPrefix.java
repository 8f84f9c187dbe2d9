package org.persistlab.sim.gateway;

import java.nio.charset.StandardCharsets;
import org.persistlab.sip.HeaderName;

/**
 * "Name: " in canonical form for every known header, as bytes made once: the writers put one at the
 * start of nearly every line they write, and one array copy is cheaper than writing the name and
 * the separator character by character.
 */
final class HeaderPrefix {
    private static final byte[][] PREFIXES = new byte[HeaderName.values().length][];

    static {
        for (HeaderName h : HeaderName.values()) {
            PREFIXES[h.ordinal()] = (h.canonical() + ": ").getBytes(StandardCharsets.UTF_8);
        }
    }

    private HeaderPrefix() {
    }

    /** The canonical name followed by ": "; callers must not modify the array. */
    static byte[] of(HeaderName h) {
        return PREFIXES[h.ordinal()];
    }
}
