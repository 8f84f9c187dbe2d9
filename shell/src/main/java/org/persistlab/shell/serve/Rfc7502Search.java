package org.persistlab.shell.serve;

/**
 * The search of RFC 7502 §4.10 for the highest rate a device sustains with zero failures, as a
 * small state machine: {@link #rate()} says what to offer, {@link #passed()} or {@link #failed()}
 * reports the trial, {@link #done()} says when to stop and {@link #result()} gives the benchmark.
 *
 * <p>It is a multiplicative step search, not a binary search (domain.md §3.7): start at r (RFC: 100
 * sps, or the tester's choice); after a pass r becomes floor(r(1 + w)), after a failure floor(r(1 - d))
 * and then w and d become max(0.10, half their value), so with the RFC's w = d = 0.10 they stay
 * there; the search ends at the {@code confirmations}-th pass (RFC: 10th) at a rate not above the best
 * rate passed so far, and the result is that best rate. A pass above the best raises the best and does
 * not count. The RFC notes that with small rates (r of 9 or less) floor() stops the steps from moving;
 * passes at an unchanged rate then count as confirmations, so the search still ends.
 */
final class Rfc7502Search {
    /** RFC 7502 §4.10: both weights never go below 0.10. */
    private static final double MIN_WEIGHT = 0.10;

    private final int confirmationsNeeded;
    private double increase;
    private double decrease;
    private long rate;
    private long best;
    private int confirmations;
    private int trials;
    private boolean done;

    /**
     * @param startRate     the first rate offered (RFC: 100)
     * @param increase      w (RFC: 0.10); d starts at max(0.10, w/2)
     * @param confirmations passes at or below the best rate that end the search (RFC: 10)
     */
    Rfc7502Search(long startRate, double increase, int confirmations) {
        if (startRate < 1 || increase <= 0 || increase > 1 || confirmations < 1) {
            throw new IllegalArgumentException("startRate >= 1, 0 < increase <= 1 and confirmations >= 1 are required,"
                    + " got " + startRate + ", " + increase + ", " + confirmations);
        }
        this.rate = startRate;
        this.increase = increase;
        this.decrease = Math.max(MIN_WEIGHT, increase / 2);
        this.confirmationsNeeded = confirmations;
    }

    /** The rate to offer in the next trial. */
    long rate() {
        return rate;
    }

    /** Every attempt of the trial at {@link #rate()} was established. */
    void passed() {
        requireRunning();
        trials++;
        if (rate > best) {
            best = rate;
        } else if (++confirmations == confirmationsNeeded) {
            done = true;
            return;
        }
        rate = (long) Math.floor(rate * (1 + increase));
    }

    /** At least one attempt of the trial failed. */
    void failed() {
        requireRunning();
        trials++;
        rate = (long) Math.floor(rate * (1 - decrease));
        decrease = Math.max(MIN_WEIGHT, decrease / 2);
        increase = Math.max(MIN_WEIGHT, increase / 2);
        if (rate < 1) {
            done = true; // nothing passes even at 1 per second
        }
    }

    boolean done() {
        return done;
    }

    /** The highest rate passed so far (0 when none); the benchmark once {@link #done()}. */
    long result() {
        return best;
    }

    int trials() {
        return trials;
    }

    int confirmations() {
        return confirmations;
    }

    private void requireRunning() {
        if (done) {
            throw new IllegalStateException("the search is over (result " + best + ")");
        }
    }
}
