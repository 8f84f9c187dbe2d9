package org.persistlab.sim.network;

import org.persistlab.sip.WireEvent;

/**
 * Sees every SIP message where a capture on the sites' LANs would: a message from a site's phone or
 * IP Office when it leaves the sender, a message from ACO or the PSTN when it arrives at the site.
 * Events come in time order.
 */
public interface WireTap {
    void onWire(WireEvent event, NodeRef from, NodeRef to);
}
