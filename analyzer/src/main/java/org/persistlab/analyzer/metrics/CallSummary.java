package org.persistlab.analyzer.metrics;

import java.util.Map;

/**
 * Session metrics (RFC 6076 §4.3-4.9 with the analyzer conventions of domain.md §7.1). Ratios are
 * percentages rounded to 3 decimals, {@code null} when the denominator is 0.
 *
 * @param attempts      session attempts (initial INVITEs; challenge and redirect rounds inside)
 * @param answered      attempts ended by a 2xx
 * @param completed     answered sessions torn down by a BYE that got a 2xx (SCR's numerator)
 * @param outcomes      final status of each attempt as text (the last 3xx/401/402/407 when not
 *                      followed), {@code "timeout"} for Timer B, {@code "unfinished"}; codes in
 *                      numeric order, then those two
 * @param srd           successful setups: first INVITE to the first 101-199, or to the 2xx if none
 * @param srdFailed     failed setups: first INVITE to the failure final, when no 101-199 came first
 * @param sdd           first BYE to its 2xx
 * @param serPct        answered / (attempts - redirected)
 * @param seerPct       (answered + ended by 480, 486, 600, 603) / (attempts - redirected)
 * @param isaPct        (ended by 408, 500, 503, 504, or Timer B) / attempts
 * @param scrPct        completed / attempts
 */
public record CallSummary(long attempts, long answered, long completed, Map<String, Long> outcomes, DelayStats srd,
                          DelayStats srdFailed, DelayStats sdd, Double serPct, Double seerPct, Double isaPct,
                          Double scrPct, long peakAttemptsPerSecond, PerSecondSeries attemptsPerSecond) {
    public CallSummary {
        outcomes = Ordered.copy(outcomes);
    }
}
