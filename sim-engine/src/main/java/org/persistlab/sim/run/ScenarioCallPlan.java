package org.persistlab.sim.run;

import java.util.List;
import org.persistlab.sim.kernel.random.Distribution;
import org.persistlab.sim.kernel.random.RandomStream;
import org.persistlab.sim.phone.CallKind;
import org.persistlab.sim.phone.CallPlan;

/**
 * One phone's user under the scenario's call load: Poisson attempts, a mix of internal, external and
 * emergency calls, holding and answer times from the scenario's distributions, all drawn from the
 * phone's own stream.
 */
final class ScenarioCallPlan implements CallPlan {
    private static final double NANOS = 1e9;

    private final RandomStream stream;
    private final double ratePerSecond;
    private final double internalShare;
    private final double emergencyShare;
    private final Distribution holding;
    private final Distribution answer;
    /** Every phone of the site, this one included (one list per site, shared). */
    private final List<String> site;
    private final int self;
    private final String emergencyNumber;

    ScenarioCallPlan(RandomStream stream, double ratePerSecond, double internalShare, double emergencyShare,
                     Distribution holding, Distribution answer, List<String> site, int self,
                     String emergencyNumber) {
        this.stream = stream;
        this.ratePerSecond = ratePerSecond;
        this.internalShare = internalShare;
        this.emergencyShare = emergencyShare;
        this.holding = holding;
        this.answer = answer;
        this.site = site;
        this.self = self;
        this.emergencyNumber = emergencyNumber;
    }

    @Override
    public long nextAttemptDelay() {
        if (ratePerSecond <= 0) {
            return -1;
        }
        double u = stream.nextDouble();
        return (long) (-Math.log1p(-u) / ratePerSecond * NANOS);
    }

    @Override
    public Dialled dial() {
        double u = stream.nextDouble();
        if (u < emergencyShare) {
            return new Dialled(emergencyNumber, CallKind.EMERGENCY);
        }
        if (u < emergencyShare + internalShare && site.size() > 1) {
            // A colleague: any other phone of the site, uniformly.
            int k = stream.nextInt(0, site.size() - 2);
            return new Dialled(site.get(k >= self ? k + 1 : k), CallKind.INTERNAL);
        }
        return new Dialled("1555" + (1_000_000 + stream.nextInt(0, 8_999_999)), CallKind.EXTERNAL);
    }

    @Override
    public long holdingTime() {
        return holding.sampleNanos(stream);
    }

    @Override
    public long answerDelay() {
        return answer.sampleNanos(stream);
    }
}
