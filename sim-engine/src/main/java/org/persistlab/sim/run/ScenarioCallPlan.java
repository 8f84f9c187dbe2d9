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
    private final List<String> colleagues;
    private final String emergencyNumber;

    ScenarioCallPlan(RandomStream stream, double ratePerSecond, double internalShare, double emergencyShare,
                     Distribution holding, Distribution answer, List<String> colleagues, String emergencyNumber) {
        this.stream = stream;
        this.ratePerSecond = ratePerSecond;
        this.internalShare = internalShare;
        this.emergencyShare = emergencyShare;
        this.holding = holding;
        this.answer = answer;
        this.colleagues = colleagues;
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
        if (u < emergencyShare + internalShare && !colleagues.isEmpty()) {
            return new Dialled(colleagues.get(stream.nextInt(0, colleagues.size() - 1)), CallKind.INTERNAL);
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
