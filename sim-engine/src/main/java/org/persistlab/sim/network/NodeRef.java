package org.persistlab.sim.network;

/** What sits behind an address: a site's phone or IP Office, ACO, or the PSTN carrier. */
public record NodeRef(Kind kind, int site, int index) {
    public enum Kind { PHONE, GATEWAY, ACO, PSTN }

    /** Phones and IP Offices are on a site's LAN; ACO and the PSTN are beyond its WAN link. */
    public boolean onSite() {
        return kind == Kind.PHONE || kind == Kind.GATEWAY;
    }
}
