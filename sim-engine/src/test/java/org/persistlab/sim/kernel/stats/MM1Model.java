package org.persistlab.sim.kernel.stats;

import java.util.Map;
import java.util.TreeMap;
import org.persistlab.sim.kernel.Event;
import org.persistlab.sim.kernel.Simulator;
import org.persistlab.sim.kernel.random.Distribution;
import org.persistlab.sim.kernel.random.Exponential;
import org.persistlab.sim.kernel.random.RandomStream;
import org.persistlab.sim.kernel.random.RandomStreams;

/**
 * A single-server queue with Poisson arrivals and exponential service (M/M/1), small enough to check
 * against queueing theory: with utilisation rho the time-average number in the system is
 * rho / (1 - rho). Each replication builds its own simulator and streams; nothing is shared.
 */
final class MM1Model implements ReplicationTask {

    private final long masterSeed;
    private final double meanInterarrival;
    private final double meanService;
    private final long runLength;

    MM1Model(long masterSeed, double meanInterarrival, double meanService, long runLength) {
        this.masterSeed = masterSeed;
        this.meanInterarrival = meanInterarrival;
        this.meanService = meanService;
        this.runLength = runLength;
    }

    @Override
    public Map<String, Double> run(int index) {
        Simulator sim = new Simulator();
        RandomStreams streams = new RandomStreams(masterSeed).forReplication(index);
        RandomStream arrivals = streams.stream("arrivals");
        RandomStream services = streams.stream("service");
        Distribution interarrival = new Exponential(meanInterarrival);
        Distribution service = new Exponential(meanService);
        TimeWeighted inSystem = new TimeWeighted(0, 0);
        long[] served = {0};

        Event[] departure = new Event[1];
        departure[0] = s -> {
            inSystem.add(s.now(), -1);
            served[0]++;
            if (inSystem.current() > 0) {
                s.schedule(service.sampleNanos(services), departure[0]);
            }
        };
        Event[] arrival = new Event[1];
        arrival[0] = s -> {
            inSystem.add(s.now(), +1);
            if (inSystem.current() == 1) {
                s.schedule(service.sampleNanos(services), departure[0]);
            }
            s.schedule(interarrival.sampleNanos(arrivals), arrival[0]);
        };
        sim.schedule(interarrival.sampleNanos(arrivals), arrival[0]);
        sim.runUntil(runLength);

        Map<String, Double> metrics = new TreeMap<>();
        metrics.put("meanInSystem", inSystem.mean(runLength));
        metrics.put("maxInSystem", inSystem.max());
        metrics.put("served", (double) served[0]);
        return metrics;
    }
}
