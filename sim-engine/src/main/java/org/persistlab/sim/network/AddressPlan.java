package org.persistlab.sim.network;

import org.persistlab.sip.Endpoint;

/**
 * Where everything sits in the simulated network. Each site gets a /23 of 10.0.0.0/8 (room for the
 * IP500 V2's 384 extensions): its IP Office at .1 and its phones from .10 on. ACO and the PSTN
 * carrier use the RFC 5737 documentation ranges.
 */
public final class AddressPlan {
    public static final Endpoint ACO_HOST = Endpoint.parse("198.51.100.10");
    public static final Endpoint PSTN = Endpoint.parse("203.0.113.5:5060");
    private static final int SITE_BLOCK = 512;
    private static final int BASE = 10 << 24;

    private AddressPlan() {
    }

    /** The IP Office of site {@code site} (0-based). */
    public static Endpoint gateway(int site) {
        return Endpoint.ipv4(BASE + site * SITE_BLOCK + 1, 0);
    }

    /** Phone {@code index} (0-based) of site {@code site}. */
    public static Endpoint phone(int site, int index) {
        if (index < 0 || index >= 384) {
            throw new IllegalArgumentException("phone index " + index + " outside 0..383");
        }
        return Endpoint.ipv4(BASE + site * SITE_BLOCK + 10 + index, 0);
    }

    /** The site an address in 10.0.0.0/8 belongs to, or -1 for anything else. */
    public static int siteOf(Endpoint e) {
        if (!e.isIpv4() || (e.ipv4Address() >>> 24) != 10) {
            return -1;
        }
        return ((e.ipv4Address() & 0x00FF_FFFF)) / SITE_BLOCK;
    }

    public static int maxSites() {
        return (1 << 24) / SITE_BLOCK;
    }
}
