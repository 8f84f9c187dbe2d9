package org.persistlab.sim.truth;

import java.util.EnumMap;
import java.util.Map;
import org.persistlab.sim.phone.LossTrigger;

/**
 * What the truth recorder found for a whole run.
 *
 * @param affectedPhones    phones whose site lost ACO
 * @param failover          fault to Limited Service, over the phones that got there
 * @param failoverNanos     the same latencies, one per phone that failed over, for a CDF
 * @param noService         per phone, time without a working controller with a license
 * @param emergencyBlackout per phone, time in which a 911 call would have failed
 * @param calls             [phase][kind][outcome] counts
 * @param incoming          [phase][completed, failed, no service] counts of incoming external calls
 * @param registrations     per controller name: attempts, succeeded, failed, REGISTER messages sent
 * @param stateTimeline     [state][bucket]: phones in each service state at each bucket start
 * @param bucketNanos       the width of a timeline bucket
 * @param callAttemptsPerSecond outgoing call attempts (a local busy is not one) by the second they started
 * @param callFailuresPerSecond the attempts among those that did not complete, by the same second
 */
public record Truth(int phones, int affectedPhones, Summary failover, Summary noService, Summary emergencyBlackout,
                    long[] failoverNanos, EnumMap<LicenseOutcome, Long> licenses, EnumMap<LossTrigger, Long> triggers,
                    long[][][] calls, long[][] incoming, Map<String, long[]> registrations, long[][] stateTimeline,
                    long bucketNanos, long[] callAttemptsPerSecond, long[] callFailuresPerSecond) {
}
