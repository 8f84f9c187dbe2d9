package org.persistlab.shell.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.persistlab.sip.Transport;

/**
 * The knobs of {@link RegistrationRateSearch}, with RFC 7502's values where this machine can afford
 * them and a stated smaller one where it cannot.
 *
 * @param transports      searched one after the other (UDP and TCP; SIPp from Debian has no TLS)
 * @param trialSize       N, registrations per trial, each with its own AoR. RFC 7502 §4.10 uses 50,000;
 *                        the default here is {@value #DEFAULT_TRIAL_SIZE}, so that a whole search fits in
 *                        minutes on two shared cores (the figure is then "zero failures in 2,000")
 * @param startRate       r, the first rate offered, registrations per second (RFC: 100)
 * @param increase        w, the step up after a pass (RFC: 0.10); the step down d is max(0.10, w/2)
 * @param confirmations   passes at or below the best rate that end the search (RFC: 10)
 * @param maxTrials       a bound on trials per transport, so a noisy machine cannot keep it going
 * @param threshold       Establishment Threshold Time: how long SIPp waits for an answer before the
 *                        attempt fails (RFC 7501 §3.3.2 recommends Timer F, 32 s)
 * @param minAchieved     a trial passes only if the gateway took the registrations in (first to last
 *                        acceptance) at least at this share of the offered rate: short trials let queues
 *                        absorb a rate that is not sustained, and SIPp, on the same cores, may not offer it
 * @param workDir         SIPp's files (scenario, injection file, statistics) go here
 * @param seed            for the generated users' passwords
 */
public record RateSearchOptions(List<Transport> transports, int trialSize, long startRate, double increase,
                                int confirmations, int maxTrials, Duration threshold, double minAchieved, Path workDir,
                                long seed) {
    public static final int DEFAULT_TRIAL_SIZE = 2_000;
    /** RFC 7502 §4.10. */
    public static final int RFC_TRIAL_SIZE = 50_000;
    public static final long RFC_START_RATE = 100;
    public static final double RFC_INCREASE = 0.10;
    public static final int RFC_CONFIRMATIONS = 10;
    /** RFC 7501 §3.3.2: Timer F, 64 x T1 = 32 s. */
    public static final Duration TIMER_F = Duration.ofSeconds(32);
    /** ASSUMPTION: 60 trials per transport is more than a converging search needs from 100 rps. */
    public static final int DEFAULT_MAX_TRIALS = 60;
    /** ASSUMPTION: 90 % of the offered rate, first to last acceptance, counts as keeping up. */
    public static final double DEFAULT_MIN_ACHIEVED = 0.90;

    public RateSearchOptions {
        transports = List.copyOf(transports);
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(threshold, "threshold");
        if (transports.isEmpty() || !transports.stream().allMatch(t -> t == Transport.UDP || t == Transport.TCP)) {
            throw new IllegalArgumentException("transports must be UDP and/or TCP, got " + transports);
        }
        if (trialSize < 1 || startRate < 1 || maxTrials < 1 || minAchieved < 0 || minAchieved > 1) {
            throw new IllegalArgumentException("trialSize, startRate and maxTrials must be at least 1 and minAchieved"
                    + " within 0..1");
        }
    }

    /** RFC 7502's search with N = {@value #DEFAULT_TRIAL_SIZE}, over UDP then TCP. */
    public static RateSearchOptions defaults(Path workDir) {
        return new RateSearchOptions(List.of(Transport.UDP, Transport.TCP), DEFAULT_TRIAL_SIZE, RFC_START_RATE,
                RFC_INCREASE, RFC_CONFIRMATIONS, DEFAULT_MAX_TRIALS, TIMER_F, DEFAULT_MIN_ACHIEVED, workDir, 1);
    }

    public RateSearchOptions withTransports(List<Transport> t) {
        return new RateSearchOptions(t, trialSize, startRate, increase, confirmations, maxTrials, threshold,
                minAchieved, workDir, seed);
    }

    public RateSearchOptions withTrialSize(int n) {
        return new RateSearchOptions(transports, n, startRate, increase, confirmations, maxTrials, threshold,
                minAchieved, workDir, seed);
    }

    public RateSearchOptions withStartRate(long r) {
        return new RateSearchOptions(transports, trialSize, r, increase, confirmations, maxTrials, threshold,
                minAchieved, workDir, seed);
    }

    public RateSearchOptions withConfirmations(int c) {
        return new RateSearchOptions(transports, trialSize, startRate, increase, c, maxTrials, threshold,
                minAchieved, workDir, seed);
    }

    public RateSearchOptions withMaxTrials(int m) {
        return new RateSearchOptions(transports, trialSize, startRate, increase, confirmations, m, threshold,
                minAchieved, workDir, seed);
    }

    public RateSearchOptions withThreshold(Duration d) {
        return new RateSearchOptions(transports, trialSize, startRate, increase, confirmations, maxTrials, d,
                minAchieved, workDir, seed);
    }
}
