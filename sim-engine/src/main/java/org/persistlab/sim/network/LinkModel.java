package org.persistlab.sim.network;

import org.persistlab.sim.kernel.random.Distribution;

/**
 * The delays and losses of the three kinds of link: a site's LAN, a site's WAN path to ACO, and the
 * path to the PSTN carrier. Loss on a reliable transport costs a retransmission instead of the
 * message ({@link #TCP_RTO}).
 */
public record LinkModel(Distribution lanDelay, double lanLoss, Distribution acoDelay, double acoLoss,
                        Distribution pstnDelay) {
    /** RFC 6298 §2: the initial retransmission timeout, 1 s, paid when a TCP segment is lost. */
    public static final long TCP_RTO = 1_000_000_000L;
}
