package org.persistlab.sim.network;

import java.util.Set;

/**
 * ACO unreachable from some sites during {@code [start, end)}: silently (packets vanish) or with
 * resets (TCP RST at once, ICMP unreachable for UDP).
 *
 * @param sites the affected sites (0-based), or empty for all
 */
public record Outage(long start, long end, boolean reset, Set<Integer> sites) {
    public boolean covers(int site, long time) {
        return time >= start && time < end && (sites.isEmpty() || sites.contains(site));
    }
}
