package org.persistlab.bench.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The calendars in the benchmark must do the same work: the same events at the same times. */
class HoldModelBenchmarkTest {

    @Test
    void everyCalendarReplaysTheSameHoldModel() {
        HoldModelBenchmark benchmark = new HoldModelBenchmark();
        HoldModelBenchmark.OursState ours = new HoldModelBenchmark.OursState();
        HoldModelBenchmark.PriorityQueueState queue = new HoldModelBenchmark.PriorityQueueState();
        HoldModelBenchmark.SsjState ssj = new HoldModelBenchmark.SsjState();
        HoldModelBenchmark.SimulatorState kernel = new HoldModelBenchmark.SimulatorState();
        ours.n = queue.n = ssj.n = kernel.n = 1_000;
        ours.setUp();
        queue.setUp();
        ssj.setUp();
        kernel.setUp();

        long previous = 0;
        for (int batch = 0; batch < 50; batch++) {
            long now = benchmark.heapCalendar(ours);
            assertThat(benchmark.priorityQueue(queue)).isEqualTo(now);
            assertThat((long) benchmark.ssjSplayTree(ssj)).isEqualTo(now);
            assertThat(benchmark.simulator(kernel)).isEqualTo(now);
            assertThat(now).isGreaterThan(previous);
            previous = now;
        }
        assertThat(ours.calendar.size()).isEqualTo(1_000);
        assertThat(queue.calendar.size()).isEqualTo(1_000);
        assertThat(kernel.sim.pendingEvents()).isEqualTo(1_000);
    }
}
