package org.persistlab.analyzer.metrics;

import java.util.List;

/**
 * Registration metrics (RFC 6076 §4.1-4.2 with the analyzer conventions of domain.md §7.1).
 *
 * @param attempts         registration attempts (a challenge and its credentialed re-send are one)
 * @param succeeded        attempts ended by a 2xx
 * @param failed           every other attempt: failure final, Timer F, abandoned challenge, or open at
 *                         the end of the input
 * @param challenges       401/407 responses inside attempts
 * @param iraPct           failed / attempts * 100, {@code null} when there is no attempt
 * @param rrd              first REGISTER to the 2xx, successful attempts only
 * @param peakPerSecond    the largest per-second REGISTER count at any single registrar
 * @param registerMessages REGISTER request messages, retransmissions and re-sends included
 * @param addressesOfRecord distinct AoRs that sent a REGISTER
 * @param amplification    registerMessages / addressesOfRecord, {@code null} when there is none
 * @param registrars       per registrar, ordered by address
 */
public record RegistrationSummary(long attempts, long succeeded, long failed, long challenges, Double iraPct,
                                  DelayStats rrd, long peakPerSecond, long registerMessages,
                                  long addressesOfRecord, Double amplification, List<RegistrarLoad> registrars) {
    public RegistrationSummary {
        registrars = List.copyOf(registrars);
    }
}
