package org.persistlab.sim.kernel.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicationRunnerTest {

    // rho = 0.5: the time-average number in the system is rho / (1 - rho) = 1.
    private final MM1Model mm1 = new MM1Model(2026, 2_000, 1_000, 20_000_000);

    @Test
    void oneThreadAndManyThreadsGiveIdenticalReports() throws Exception {
        ReplicationReport single = new ReplicationRunner(1).run(12, mm1);
        ReplicationReport allCores = new ReplicationRunner().run(12, mm1);
        ReplicationReport oversubscribed = new ReplicationRunner(5).run(12, mm1);

        assertThat(allCores).isEqualTo(single);
        assertThat(oversubscribed).isEqualTo(single);
        assertThat(single.results()).extracting(ReplicationResult::index)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(single.failures()).isEmpty();
    }

    @Test
    void replicationsAreIndependentAndAgreeWithQueueingTheory() throws Exception {
        ReplicationReport report = new ReplicationRunner().run(12, mm1);

        List<Double> means = new ArrayList<>();
        report.results().forEach(r -> means.add(r.metrics().get("meanInSystem")));
        assertThat(means).doesNotHaveDuplicates();

        MetricSummary l = report.summaries().get("meanInSystem");
        assertThat(l.n()).isEqualTo(12);
        // About 10,000 customers per replication: the estimate lands well inside +-0.15 of 1,
        // and the 95 % interval, about +-0.05 wide here, is far from degenerate.
        assertThat(l.mean()).isCloseTo(1.0, within(0.15));
        assertThat(l.halfWidth95()).isBetween(0.005, 0.2);
        assertThat(report.summaries().keySet()).containsExactly("maxInSystem", "meanInSystem", "served");
    }

    @Test
    void summaryMatchesHandComputedValues() {
        MetricSummary s = MetricSummary.of("x", new double[] {1, 2, 3, 4});
        assertThat(s.mean()).isEqualTo(2.5);
        assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-12));
        // t(0.975, 3) = 3.182446 from the tables; half-width = t s / sqrt(n).
        assertThat(s.halfWidth95()).isCloseTo(3.182446 * Math.sqrt(5.0 / 3) / 2, within(1e-6));
        assertThat(s.min()).isEqualTo(1.0);
        assertThat(s.max()).isEqualTo(4.0);

        MetricSummary one = MetricSummary.of("y", new double[] {7});
        assertThat(one.standardDeviation()).isNaN();
        assertThat(one.halfWidth95()).isNaN();
    }

    @Test
    void aFailingReplicationIsReportedAndTheOthersStillCount() throws Exception {
        ReplicationTask task = index -> {
            if (index == 2) {
                throw new IllegalStateException("boom in " + index);
            }
            return index % 2 == 0 ? Map.of("a", (double) index, "even", 1.0) : Map.of("a", (double) index);
        };
        ReplicationReport report = new ReplicationRunner(3).run(6, task);

        assertThat(report.failures()).containsExactly(new ReplicationFailure(2, "IllegalStateException: boom in 2"));
        assertThat(report.results()).extracting(ReplicationResult::index).containsExactly(0, 1, 3, 4, 5);
        assertThat(report.summaries().get("a").n()).isEqualTo(5);
        assertThat(report.summaries().get("a").mean()).isEqualTo((0 + 1 + 3 + 4 + 5) / 5.0);
        assertThat(report.summaries().get("even").n()).isEqualTo(2);
    }

    @Test
    void progressCountsEveryFinishedReplication() throws Exception {
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        new ReplicationRunner(2).run(5, index -> Map.of("i", (double) index), seen::add);
        assertThat(seen).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void theReportSurvivesSerialisation() throws Exception {
        ReplicationReport report = new ReplicationRunner(2).run(3, mm1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(report);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(report);
        }
    }

    @Test
    void refusesEmptyWork() {
        assertThatThrownBy(() -> new ReplicationRunner(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReplicationRunner(1).run(0, mm1)).isInstanceOf(IllegalArgumentException.class);
    }
}
